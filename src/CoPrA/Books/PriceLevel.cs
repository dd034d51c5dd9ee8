namespace CoPrA.Books;

/// <summary>A price and the total size resting at it.</summary>
/// <param name="Price">Price.</param>
/// <param name="Size">Total size at the price.</param>
public readonly record struct PriceLevel(decimal Price, decimal Size);

/// <summary>A change to one level of a book, passed to change handlers.</summary>
/// <param name="Side">Which side changed: buy for bids, sell for asks.</param>
/// <param name="Price">The level's price.</param>
/// <param name="Size">The level's new total size; zero when the level went away.</param>
public readonly record struct BookChange(Side Side, decimal Price, decimal Size);
