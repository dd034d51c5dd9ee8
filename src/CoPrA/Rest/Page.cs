namespace CoPrA.Rest;

/// <summary>
/// One page of a cursor-paginated list. Deconstructs like CoPrA's tuple:
/// <c>var (trades, before, after) = await client.TradesAsync("BTC-USD");</c>
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
/// <param name="Results">The items of this page.</param>
/// <param name="Before">Cursor for the page of newer items (the CB-BEFORE header), or null.</param>
/// <param name="After">Cursor for the page of older items (the CB-AFTER header), or null.</param>
public sealed record Page<T>(IReadOnlyList<T> Results, string? Before, string? After);
