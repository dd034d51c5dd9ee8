namespace CoPrA.Rest;

// Fee rates and trading volume of the key's profile. Private.
public partial class RestClient
{
    /// <summary>Gets the maker and taker fee rates and the 30-day USD volume.</summary>
    /// <param name="cancellationToken">Cancels the request.</param>
    [CoinbaseEndpoint("GET", "/fees")]
    public virtual Task<Fees> FeesAsync(CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Get, "/fees", null, null, true, CoPrAJsonContext.Default.Fees, cancellationToken);

    /// <summary>
    /// Gets the 30-day trailing volume per product. Coinbase retired this endpoint in 2021 in favour
    /// of <see cref="FeesAsync"/>; kept because CoPrA has it.
    /// </summary>
    /// <param name="cancellationToken">Cancels the request.</param>
    [CoinbaseEndpoint("GET", "/users/self/trailing-volume")]
    public virtual async Task<IReadOnlyList<TrailingVolume>> TrailingVolumeAsync(CancellationToken cancellationToken = default) =>
        await SendAsync(HttpMethod.Get, "/users/self/trailing-volume", null, null, true, CoPrAJsonContext.Default.ListTrailingVolume, cancellationToken).ConfigureAwait(false);
}
