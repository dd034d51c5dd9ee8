namespace CoPrA.Rest;

// Users: limits, trading volumes and settlement preference of the key's user ("self"). Private.
public partial class RestClient
{
    /// <summary>The user id that names the key's own user.</summary>
    public const string SelfUserId = "self";

    /// <summary>Gets a user's withdrawal limits per currency.</summary>
    /// <param name="userId">User id; <see cref="SelfUserId"/> for the key's user.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [CoinbaseEndpoint("GET", "/users/{user_id}/exchange-limits")]
    public virtual Task<ExchangeLimits> ExchangeLimitsAsync(string userId = SelfUserId, CancellationToken cancellationToken = default)
    {
        Check.Id(userId, nameof(userId));
        return SendAsync(HttpMethod.Get, ResourcePath("/users", userId, "/exchange-limits"), null, null, true, CoPrAJsonContext.Default.ExchangeLimits, cancellationToken);
    }

    /// <summary>Gets a user's maker, taker and total trading volumes and ranks.</summary>
    /// <param name="userId">User id; <see cref="SelfUserId"/> for the key's user.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [CoinbaseEndpoint("GET", "/users/{user_id}/trading-volumes")]
    public virtual Task<TradingVolumes> TradingVolumesAsync(string userId = SelfUserId, CancellationToken cancellationToken = default)
    {
        Check.Id(userId, nameof(userId));
        return SendAsync(HttpMethod.Get, ResourcePath("/users", userId, "/trading-volumes"), null, null, true, CoPrAJsonContext.Default.TradingVolumes, cancellationToken);
    }

    /// <summary>Sets how a user's trades settle: USD, USDC or no preference. Needs the Manage permission.</summary>
    /// <param name="settlementPreference">The preference.</param>
    /// <param name="userId">User id; <see cref="SelfUserId"/> for the key's user.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [CoinbaseEndpoint("POST", "/users/{user_id}/settlement-preferences")]
    public virtual Task<UserSettlementPreference> SetSettlementPreferenceAsync(SettlementPreference settlementPreference, string userId = SelfUserId, CancellationToken cancellationToken = default)
    {
        Check.Defined(settlementPreference, nameof(settlementPreference), $"Invalid settlement preference: {settlementPreference}. Must be USD, USDC or opt-out.");
        Check.Id(userId, nameof(userId));
        using var body = new JsonBody().Add("settlement_preference", settlementPreference);
        return SendAsync(HttpMethod.Post, ResourcePath("/users", userId, "/settlement-preferences"), null, body.Build(), true, CoPrAJsonContext.Default.UserSettlementPreference, cancellationToken);
    }
}
