namespace CoPrA.Rest;

// Conversions between a stablecoin and its fiat currency (USD and USDC). Private.
public sealed partial class RestClient
{
    /// <summary>Converts between a stablecoin and fiat, for example USD to USDC.</summary>
    /// <param name="fromCurrencyId">Currency to convert from.</param>
    /// <param name="toCurrencyId">Currency to convert to.</param>
    /// <param name="amount">Amount to convert.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [CoinbaseEndpoint("POST", "/conversions")]
    public Task<Conversion> StablecoinConversionAsync(string fromCurrencyId, string toCurrencyId, decimal amount, CancellationToken cancellationToken = default)
    {
        Check.Id(fromCurrencyId, nameof(fromCurrencyId));
        Check.Id(toCurrencyId, nameof(toCurrencyId));
        Check.Positive(amount, nameof(amount));
        using var body = new JsonBody().Add("from", fromCurrencyId).Add("to", toCurrencyId).Add("amount", amount);
        return SendAsync(HttpMethod.Post, "/conversions", null, body.Build(), true, CoPrAJsonContext.Default.Conversion, cancellationToken);
    }
}
