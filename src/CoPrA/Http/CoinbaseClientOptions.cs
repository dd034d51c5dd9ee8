using CoPrA.Rest;
using Microsoft.Extensions.Logging;

namespace CoPrA;

/// <summary>
/// The settings every REST client of the library shares (<see cref="RestClientOptions"/>, and the
/// Advanced Trade client's options): clock, logging, timeouts, body caps and retries. They are read
/// once, when a client is made.
/// </summary>
public abstract class CoinbaseClientOptions
{
    /// <summary>Only the library's own options types derive from this class.</summary>
    private protected CoinbaseClientOptions()
    {
    }

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
}
