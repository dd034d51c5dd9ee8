namespace CoPrA.Rest;

// Conversions between a stablecoin and its fiat currency (USD and USDC). Private.
public partial class RestClient
{
    /// <summary>Converts between a stablecoin and fiat, for example USD to USDC.</summary>
    /// <param name="fromCurrencyId">Currency to convert from.</param>
    /// <param name="toCurrencyId">Currency to convert to.</param>
    /// <param name="amount">Amount to convert.</param>
    /// <param name="profileId">Profile to convert in; the key's profile when null.</param>
    /// <param name="nonce">Your own value that makes a retried request the same conversion, not a second one.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [CoinbaseEndpoint("POST", "/conversions")]
    public virtual Task<Conversion> StablecoinConversionAsync(string fromCurrencyId, string toCurrencyId, decimal amount, string? profileId = null, string? nonce = null, CancellationToken cancellationToken = default)
    {
        Check.Id(fromCurrencyId, nameof(fromCurrencyId));
        Check.Id(toCurrencyId, nameof(toCurrencyId));
        Check.Positive(amount, nameof(amount));
        Check.IdIfPresent(profileId, nameof(profileId));
        using var body = new JsonBody()
            .Add("from", fromCurrencyId)
            .Add("to", toCurrencyId)
            .Add("amount", amount)
            .AddIfPresent("profile_id", profileId)
            .AddIfPresent("nonce", nonce);
        return SendAsync(HttpMethod.Post, "/conversions", null, body.Build(), true, CoPrAJsonContext.Default.Conversion, cancellationToken);
    }

    /// <summary>Lists the stablecoin conversions, newest first, one page at a time.</summary>
    /// <param name="profileId">Only this profile's conversions.</param>
    /// <param name="limit">Page size, 1 to 1000 (100 by default).</param>
    /// <param name="before">Cursor: the page of newer conversions.</param>
    /// <param name="after">Cursor: the page of older conversions.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [CoinbaseEndpoint("GET", "/conversions")]
    public virtual Task<Page<Conversion>> ConversionsAsync(string? profileId = null, int limit = 100, string? before = null, string? after = null, CancellationToken cancellationToken = default)
    {
        Check.Paging(limit, before, after);
        var query = new QueryBuilder().AddPaging(limit, before, after).AddIfPresent("profile_id", profileId);
        return SendPageAsync("/conversions", query, true, CoPrAJsonContext.Default.ListConversion, cancellationToken);
    }

    /// <summary>Gets one stablecoin conversion.</summary>
    /// <param name="conversionId">Conversion id.</param>
    /// <param name="profileId">Profile of the conversion; the key's profile when null.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [CoinbaseEndpoint("GET", "/conversions/{conversion_id}")]
    public virtual Task<Conversion> ConversionAsync(string conversionId, string? profileId = null, CancellationToken cancellationToken = default)
    {
        Check.Id(conversionId, nameof(conversionId));
        var query = new QueryBuilder().AddIfPresent("profile_id", profileId);
        return SendAsync(HttpMethod.Get, ResourcePath("/conversions", conversionId), query, null, true, CoPrAJsonContext.Default.Conversion, cancellationToken);
    }

    /// <summary>Gets the fee rates and tiers of stablecoin conversions.</summary>
    /// <param name="cancellationToken">Cancels the request.</param>
    [CoinbaseEndpoint("GET", "/conversions/fees")]
    public virtual async Task<IReadOnlyList<ConversionFee>> ConversionFeesAsync(CancellationToken cancellationToken = default) =>
        await SendAsync(HttpMethod.Get, "/conversions/fees", null, null, true, CoPrAJsonContext.Default.ListConversionFee, cancellationToken).ConfigureAwait(false);
}
