namespace CoPrA.Sandbox.Accounts;

/// <summary>One currency balance of one user; guarded by the <see cref="AccountBook"/>'s lock.</summary>
internal sealed class SandboxAccount
{
    public SandboxAccount(SandboxUser owner, string currency, decimal balance)
    {
        Owner = owner;
        Currency = currency;
        Balance = balance;
        Id = SandboxUser.DeterministicGuid(owner.Id + "/account/" + currency);
    }

    public string Id { get; }

    public SandboxUser Owner { get; }

    public string Currency { get; }

    public decimal Balance { get; set; }

    /// <summary>Open holds, oldest first.</summary>
    public List<SandboxHold> Holds { get; } = [];

    /// <summary>Ledger entries, oldest first (kept for the API user only).</summary>
    public List<LedgerPosting> Ledger { get; } = [];

    public decimal HoldTotal => Holds.Sum(hold => hold.Amount);

    public decimal Available => Balance - HoldTotal;

    public Account ToModel() => new()
    {
        Id = Id,
        Currency = Currency,
        Balance = Balance,
        Hold = HoldTotal,
        Available = Available,
        ProfileId = Owner.ProfileId,
        TradingEnabled = true,
        PendingDeposit = 0m,
        DisplayName = Currency,
    };
}
