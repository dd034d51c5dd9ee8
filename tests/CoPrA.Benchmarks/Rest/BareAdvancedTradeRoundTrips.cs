using System.Text.Json;
using CoPrA.AdvancedTrade;

namespace CoPrA.Benchmarks.Rest;

/// <summary>
/// The Advanced Trade baseline of the REST throughput driver: the requests a hand-written caller would
/// send for the same answers as <see cref="AdvancedTradeClient"/>, on a bare <see cref="HttpClient"/>.
/// Same request line, the same <c>User-Agent</c> and <c>Accept</c> headers and the same bearer JWT
/// from the same <see cref="CdpJwtSigner"/> (the client signs public calls too when it has a key).
/// Nothing else: no argument checks, no retry pipeline, no response header collection, no logging call.
/// </summary>
internal sealed class BareAdvancedTradeRoundTrips : IDisposable
{
    private const string ProductPath = "/api/v3/brokerage/market/products/BTC-USD";
    private const string AccountsPath = "/api/v3/brokerage/accounts";

    private readonly HttpClient _http;
    private readonly Uri _baseUri;
    private readonly CdpJwtSigner _signer;

    /// <param name="http">The HttpClient to send with; disposed with this object.</param>
    /// <param name="baseUrl">Root URL of the API.</param>
    /// <param name="apiKey">The CDP key to sign with.</param>
    public BareAdvancedTradeRoundTrips(HttpClient http, string baseUrl, CdpApiKey apiKey)
    {
        _http = http;
        _baseUri = new Uri(baseUrl);
        _signer = new CdpJwtSigner(apiKey, new ServerClock(TimeProvider.System));
    }

    /// <summary>GET one public product and parse it with the library's source-generated metadata.</summary>
    public async Task<GetProductResponse> ProductAsync(CancellationToken cancellationToken) =>
        JsonSerializer.Deserialize(await GetAsync(ProductPath, cancellationToken).ConfigureAwait(false), AdvancedTradeJsonContext.Default.GetProductResponse)!;

    /// <summary>GET one public product and keep the bytes: the floor, with no parsing at all.</summary>
    public Task<byte[]> ProductBytesAsync(CancellationToken cancellationToken) => GetAsync(ProductPath, cancellationToken);

    /// <summary>GET the accounts, parsed with the library's source-generated metadata.</summary>
    public async Task<ListAccountsResponse> AccountsAsync(CancellationToken cancellationToken) =>
        JsonSerializer.Deserialize(await GetAsync(AccountsPath, cancellationToken).ConfigureAwait(false), AdvancedTradeJsonContext.Default.ListAccountsResponse)!;

    /// <summary>GET the accounts, bytes only.</summary>
    public Task<byte[]> AccountsBytesAsync(CancellationToken cancellationToken) => GetAsync(AccountsPath, cancellationToken);

    public void Dispose() => _http.Dispose();

    private async Task<byte[]> GetAsync(string path, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(_baseUri, path));
        request.Headers.TryAddWithoutValidation("User-Agent", LibraryInfo.UserAgent);
        request.Headers.TryAddWithoutValidation("Accept", "application/json");
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + _signer.CreateRestToken("GET", _baseUri.Host, path));
        using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
    }
}
