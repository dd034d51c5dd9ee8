using System.Net;
using System.Text.Json;

namespace CoPrA.Benchmarks.Rest;

/// <summary>
/// The baseline of the REST throughput driver: the requests a hand-written caller would send for
/// the same answers, on a bare <see cref="HttpClient"/>. Each request has the same request line
/// as <see cref="CoPrA.Rest.RestClient"/>'s (path plus a <c>no-cache</c> timestamp, so the server does the same
/// work), the same <c>User-Agent</c> and <c>Accept</c> headers and, when signed, the same four
/// CB-ACCESS headers from the same <see cref="CoinbaseSigner"/>. Nothing else: no argument
/// checks, no retry pipeline, no response header collection, no logging call.
/// </summary>
internal sealed class BareHttpRoundTrips : IDisposable
{
    private const string TickerPath = "/products/BTC-USD/ticker";
    private const string AccountsPath = "/accounts";
    private static readonly string UserAgent = $"CoPrA.NET/0.1.0 (.NET {Environment.Version})";

    private readonly HttpClient _http;
    private readonly string _baseUrl;
    private readonly CoinbaseSigner _signer;

    /// <param name="http">The HttpClient to send with; disposed with this object.</param>
    /// <param name="baseUrl">Root URL of the exchange.</param>
    /// <param name="credentials">The key to sign with.</param>
    public BareHttpRoundTrips(HttpClient http, string baseUrl, Credentials credentials)
    {
        _http = http;
        _baseUrl = baseUrl;
        _signer = new CoinbaseSigner(credentials);
    }

    /// <summary>GET the ticker and parse it with the library's source-generated metadata.</summary>
    public async Task<ProductTicker> TickerAsync(CancellationToken cancellationToken) =>
        JsonSerializer.Deserialize(await GetAsync(TickerPath, signed: false, cancellationToken).ConfigureAwait(false), CoPrAJsonContext.Default.ProductTicker)!;

    /// <summary>GET the ticker and keep the bytes: the floor, with no parsing at all.</summary>
    public Task<byte[]> TickerBytesAsync(CancellationToken cancellationToken) => GetAsync(TickerPath, signed: false, cancellationToken);

    /// <summary>Signed GET of the accounts, parsed with the library's source-generated metadata.</summary>
    public async Task<List<Account>> AccountsAsync(CancellationToken cancellationToken) =>
        JsonSerializer.Deserialize(await GetAsync(AccountsPath, signed: true, cancellationToken).ConfigureAwait(false), CoPrAJsonContext.Default.ListAccount)!;

    /// <summary>Signed GET of the accounts, bytes only.</summary>
    public Task<byte[]> AccountsBytesAsync(CancellationToken cancellationToken) => GetAsync(AccountsPath, signed: true, cancellationToken);

    /// <summary>An HttpClient configured as the one RestClient creates for itself.</summary>
    public static HttpClient CreateHttpClient() => new(new SocketsHttpHandler
    {
        AutomaticDecompression = DecompressionMethods.All,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
    });

    public void Dispose() => _http.Dispose();

    private async Task<byte[]> GetAsync(string path, bool signed, CancellationToken cancellationToken)
    {
        string target = path + "?no-cache=" + CoinbaseSigner.FormatTimestamp(DateTimeOffset.UtcNow);
        using var request = new HttpRequestMessage(HttpMethod.Get, _baseUrl + target);
        request.Headers.TryAddWithoutValidation("User-Agent", UserAgent);
        request.Headers.TryAddWithoutValidation("Accept", "application/json");
        if (signed)
        {
            var auth = _signer.Sign("GET", target);
            request.Headers.TryAddWithoutValidation("CB-ACCESS-KEY", auth.Key);
            request.Headers.TryAddWithoutValidation("CB-ACCESS-SIGN", auth.Signature);
            request.Headers.TryAddWithoutValidation("CB-ACCESS-TIMESTAMP", auth.Timestamp);
            request.Headers.TryAddWithoutValidation("CB-ACCESS-PASSPHRASE", auth.Passphrase);
        }

        using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
    }
}
