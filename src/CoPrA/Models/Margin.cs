namespace CoPrA;

/// <summary>Whether margin auto-loan is on for the futures account (<c>GET</c> and <c>POST /margin/auto-loan</c>).</summary>
public sealed record MarginAutoLoan : ApiObject
{
    /// <summary>Whether auto-loan is on.</summary>
    public bool AutoLoan { get; init; }
}

/// <summary>Whether USDC counts as margin collateral (<c>GET</c> and <c>POST /margin/usdc</c>).</summary>
public sealed record UsdcMargin : ApiObject
{
    /// <summary>Whether USDC margin is enabled.</summary>
    public bool Enabled { get; init; }
}
