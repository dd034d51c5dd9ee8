using Microsoft.Extensions.Logging;

namespace CoPrA.Rest;

/// <summary>Settings of a <see cref="RestClient"/>.</summary>
public sealed class RestClientOptions
{
    /// <summary>Root of the REST API; <see cref="RestClient.ProductionUrl"/> by default.</summary>
    public string BaseUrl { get; set; } = RestClient.ProductionUrl;

    /// <summary>The API key for private endpoints; null for a client of public data only.</summary>
    public Credentials? Credentials { get; set; }

    /// <summary>
    /// The session to share with other clients of the same key: its signer, clock offset and
    /// rate-limit buckets are used in place of the client's own. Null (the default) gives the client
    /// a session of its own made from <see cref="Credentials"/>, <see cref="RateLimits"/> and
    /// <see cref="TimeProvider"/>. With a session, those three must be left unset (null; the rate
    /// limits at their defaults) or agree with it, else the client's constructor throws
    /// <see cref="ArgumentException"/> naming the option.
    /// </summary>
    public CoinbaseSession? Session { get; set; }

    /// <summary>
    /// Add CoPrA's <c>no-cache=&lt;unix time&gt;</c> query parameter, last, to every GET so that
    /// no cache between client and exchange answers with stale data. On by default, as in CoPrA.
    /// </summary>
    public bool NoCache { get; set; } = true;

    /// <summary>Clock for request timestamps; <see cref="TimeProvider.System"/> when null.</summary>
    public TimeProvider? TimeProvider { get; set; }

    /// <summary>Logger for requests and responses; secrets are never logged.</summary>
    public ILogger? Logger { get; set; }

    /// <summary>
    /// Time allowed for one request on an HttpClient the client creates itself (100 s by default,
    /// as HttpClient's). A bring-your-own HttpClient keeps its own timeout.
    /// </summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(100);

    /// <summary>
    /// Time allowed for each attempt of a request, whatever HttpClient is used; null (the default)
    /// or <see cref="System.Threading.Timeout.InfiniteTimeSpan"/> leaves it to the HttpClient's timeout. An attempt that runs out
    /// throws <see cref="TimeoutException"/> (and a GET is retried). Checked when the client is
    /// made: zero or a negative value throws <see cref="ArgumentOutOfRangeException"/>.
    /// </summary>
    public TimeSpan? RequestTimeout { get; set; }

    /// <summary>
    /// The most bytes of an error body (status 400 or above) that are read; the rest is left unread,
    /// and the <see cref="ApiRequestException"/> says the body was truncated. 1 MiB by default.
    /// Checked when the client is made: from 1 to one under <see cref="Array.MaxLength"/>.
    /// </summary>
    public int MaxErrorBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>
    /// The largest successful response body (a page, any answer) that is read: a longer one throws
    /// <see cref="ApiRequestException"/> after reading one byte past this, never the whole body.
    /// 64 MiB by default (Coinbase's largest pages are far smaller). Checked when the client is made:
    /// from 1 to one under <see cref="Array.MaxLength"/>.
    /// </summary>
    public int MaxResponseBytes { get; set; } = 64 * 1024 * 1024;

    /// <summary>Retries of GET requests on 429, 5xx, timeouts and network errors.</summary>
    public RetryOptions Retry { get; set; } = new();

    /// <summary>
    /// Safe order placement: an order whose answer is lost is looked up by its client_oid before it
    /// is sent again (on by default; see docs/orders.md).
    /// </summary>
    public SafePlacementOptions SafePlacement { get; set; } = new();

    /// <summary>Client-side pacing under Coinbase's published rate limits.</summary>
    public RateLimitOptions RateLimits { get; set; } = new();

    /// <summary>
    /// When the server answers 401 "request timestamp expired", learn its clock from <c>GET /time</c>
    /// and resend the request once. On by default.
    /// </summary>
    public bool SyncClockOnExpiredTimestamp { get; set; } = true;
}
