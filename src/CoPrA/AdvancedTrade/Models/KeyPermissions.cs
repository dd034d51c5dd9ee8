namespace CoPrA.AdvancedTrade;

/// <summary>What the API key in use may do (<c>GET /key_permissions</c>).</summary>
public sealed record KeyPermissionsResponse : ApiObject
{
    /// <summary>Whether the key may read.</summary>
    public bool? CanView { get; init; }
    /// <summary>Whether the key may trade.</summary>
    public bool? CanTrade { get; init; }
    /// <summary>Whether the key may transfer funds.</summary>
    public bool? CanTransfer { get; init; }
    /// <summary>Portfolio the key is bound to.</summary>
    public string? PortfolioUuid { get; init; }
    /// <summary>Kind of that portfolio.</summary>
    public PortfolioType? PortfolioType { get; init; }
}
