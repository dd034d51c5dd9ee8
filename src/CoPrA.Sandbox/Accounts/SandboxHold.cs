namespace CoPrA.Sandbox.Accounts;

/// <summary>Funds reserved on an account for an open order or a pending transfer.</summary>
internal sealed class SandboxHold
{
    public SandboxHold(SandboxAccount account, decimal amount, string type, string reference, DateTimeOffset createdAt)
    {
        Account = account;
        Amount = amount;
        Type = type;
        Ref = reference;
        CreatedAt = createdAt;
        UpdatedAt = createdAt;
    }

    public string Id { get; } = Guid.NewGuid().ToString();

    public SandboxAccount Account { get; }

    public decimal Amount { get; set; }

    public string Type { get; }

    public string Ref { get; }

    public DateTimeOffset CreatedAt { get; }

    public DateTimeOffset UpdatedAt { get; set; }

    public Hold ToModel() => new()
    {
        Id = Id,
        AccountId = Account.Id,
        CreatedAt = CreatedAt,
        UpdatedAt = UpdatedAt,
        Amount = Amount,
        Type = Type,
        Ref = Ref,
    };
}
