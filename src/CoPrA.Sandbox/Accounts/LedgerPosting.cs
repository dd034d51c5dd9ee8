namespace CoPrA.Sandbox.Accounts;

/// <summary>One entry of an account's ledger, as the sandbox keeps it.</summary>
/// <param name="Id">Numeric id, rising across all accounts; also the page cursor.</param>
/// <param name="CreatedAt">When the balance moved.</param>
/// <param name="Amount">Signed change of the balance.</param>
/// <param name="Balance">Balance after the change.</param>
/// <param name="Type"><c>match</c>, <c>fee</c>, <c>transfer</c> or <c>conversion</c>.</param>
/// <param name="Details">The entry's <c>details</c> object, in wire names (order id, transfer id, ...).</param>
internal sealed record LedgerPosting(long Id, DateTimeOffset CreatedAt, decimal Amount, decimal Balance, string Type, IReadOnlyList<KeyValuePair<string, string>> Details)
{
    /// <summary>One value of <see cref="Details"/>, or null.</summary>
    public string? Detail(string name) => Details.FirstOrDefault(pair => pair.Key == name).Value;
}
