namespace CoPrA.Rest;

/// <summary>Settings of a <see cref="RestClient"/>.</summary>
public sealed class RestClientOptions : CoinbaseClientOptions
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
