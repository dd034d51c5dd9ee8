namespace CoPrA.Rest;

// Travel rules: originator information saved for the addresses deposits come from. Private.
public partial class RestClient
{
    /// <summary>Lists the saved travel-rule entries, one page at a time.</summary>
    /// <param name="address">Only the entry of this address.</param>
    /// <param name="limit">Page size, 1 to 1000 (the API's default 1000).</param>
    /// <param name="before">Cursor: the page before this entry id.</param>
    /// <param name="after">Cursor: the page after this entry id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [CoinbaseEndpoint("GET", "/travel-rules")]
    public virtual Task<Page<TravelRule>> TravelRulesAsync(string? address = null, int limit = 1000, string? before = null, string? after = null, CancellationToken cancellationToken = default)
    {
        Check.Paging(limit, before, after);
        var query = new QueryBuilder().AddPaging(limit, before, after).AddIfPresent("address", address);
        return SendPageAsync("/travel-rules", query, true, CoPrAJsonContext.Default.ListTravelRule, cancellationToken);
    }

    /// <summary>Saves travel-rule information for an address deposits come from.</summary>
    /// <param name="travelRule">The address, originator and VASP details; address, name and country are required.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="ArgumentException">A required field is missing or a country code is malformed.</exception>
    [CoinbaseEndpoint("POST", "/travel-rules")]
    public virtual Task<TravelRule> AddTravelRuleAsync(TravelRuleRequest travelRule, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(travelRule);
        travelRule.Validate(nameof(travelRule));
        return SendAsync(HttpMethod.Post, "/travel-rules", null, JsonBody.Of(travelRule), true, CoPrAJsonContext.Default.TravelRule, cancellationToken);
    }

    /// <summary>Deletes a travel-rule entry.</summary>
    /// <param name="travelRuleId">Entry id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [CoinbaseEndpoint("DELETE", "/travel-rules/{id}")]
    public virtual Task DeleteTravelRuleAsync(string travelRuleId, CancellationToken cancellationToken = default)
    {
        Check.Id(travelRuleId, nameof(travelRuleId));
        return SendForNothingAsync(HttpMethod.Delete, ResourcePath("/travel-rules", travelRuleId), null, cancellationToken);
    }
}
