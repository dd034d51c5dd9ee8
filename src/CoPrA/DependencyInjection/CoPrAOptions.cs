using System.Text.Json.Serialization;
using CoPrA.Rest;
using CoPrA.WebSocket;

namespace CoPrA;

/// <summary>
/// Settings for <c>services.AddCoPrA(...)</c>, flat so that they bind from configuration
/// (for example <c>configuration.GetSection("CoPrA").Bind(options)</c> with keys
/// <c>BaseUrl</c>, <c>ApiKey</c>, <c>ApiSecret</c>, <c>ApiPassphrase</c>).
/// </summary>
public sealed class CoPrAOptions
{
    /// <summary>Root of the REST API; <see cref="RestClient.ProductionUrl"/> by default.</summary>
    public string BaseUrl { get; set; } = RestClient.ProductionUrl;

    /// <summary>The WebSocket feed URL; <see cref="WebSocketClient.ProductionFeedUrl"/> by default.</summary>
    public string FeedUrl { get; set; } = WebSocketClient.ProductionFeedUrl;

    /// <summary>See <see cref="FeedClientOptions.AutoReconnect"/>.</summary>
    public bool AutoReconnect { get; set; } = true;

    /// <summary>See <see cref="FeedClientOptions.IdleTimeout"/>.</summary>
    public TimeSpan FeedIdleTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The key as a <see cref="CoPrA.Credentials"/> object, for code that has one (the sandbox's, say),
    /// in place of <see cref="ApiKey"/>, <see cref="ApiSecret"/> and <see cref="ApiPassphrase"/>;
    /// setting both is refused when the clients are made. Not bound from configuration.
    /// </summary>
    [JsonIgnore]
    public Credentials? Credentials { get; set; }

    /// <summary>API key; leave the three key parts empty for public data only.</summary>
    public string? ApiKey { get; set; }

    /// <summary>
    /// API secret (base64), as bound from configuration. Never logged, never serialized. Its getter
    /// returns what was set, as a configuration binder needs; set <see cref="Credentials"/> instead
    /// to keep the secret out of every public getter.
    /// </summary>
    [JsonIgnore]
    public string? ApiSecret { get; set; }

    /// <summary>API passphrase, as bound from configuration. Never logged, never serialized; see <see cref="ApiSecret"/>.</summary>
    [JsonIgnore]
    public string? ApiPassphrase { get; set; }

    /// <summary>See <see cref="RestClientOptions.NoCache"/>.</summary>
    public bool NoCache { get; set; } = true;

    /// <summary>See <see cref="CoinbaseClientOptions.Timeout"/>.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(100);

    /// <summary>See <see cref="CoinbaseClientOptions.RequestTimeout"/>.</summary>
    public TimeSpan? RequestTimeout { get; set; }

    /// <summary>See <see cref="CoinbaseClientOptions.MaxErrorBodyBytes"/>.</summary>
    public int MaxErrorBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>See <see cref="CoinbaseClientOptions.MaxResponseBytes"/>.</summary>
    public int MaxResponseBytes { get; set; } = 64 * 1024 * 1024;

    /// <summary>See <see cref="CoinbaseClientOptions.Retry"/>.</summary>
    public RetryOptions Retry { get; set; } = new();

    /// <summary>See <see cref="RestClientOptions.RateLimits"/>.</summary>
    public RateLimitOptions RateLimits { get; set; } = new();

    /// <summary>See <see cref="RestClientOptions.SafePlacement"/>.</summary>
    public SafePlacementOptions SafePlacement { get; set; } = new();

    /// <summary>See <see cref="RestClientOptions.SyncClockOnExpiredTimestamp"/>.</summary>
    public bool SyncClockOnExpiredTimestamp { get; set; } = true;

    /// <summary>
    /// The credentials: <see cref="Credentials"/>, or those made from the three key parts, or null
    /// when neither is set.
    /// </summary>
    /// <exception cref="InvalidOperationException">Some key parts are set and others are not, or both <see cref="Credentials"/> and key parts are set.</exception>
    public Credentials? ToCredentials()
    {
        bool any = !string.IsNullOrEmpty(ApiKey) || !string.IsNullOrEmpty(ApiSecret) || !string.IsNullOrEmpty(ApiPassphrase);
        if (!any)
        {
            return Credentials;
        }

        if (Credentials is not null)
        {
            throw new InvalidOperationException("CoPrA options: set either Credentials or ApiKey, ApiSecret and ApiPassphrase, not both.");
        }

        if (string.IsNullOrEmpty(ApiKey) || string.IsNullOrEmpty(ApiSecret) || string.IsNullOrEmpty(ApiPassphrase))
        {
            throw new InvalidOperationException("CoPrA options: ApiKey, ApiSecret and ApiPassphrase must be set together (auth requires key, secret, and passphrase).");
        }

        return new Credentials(ApiKey, ApiSecret, ApiPassphrase);
    }

    /// <summary>The WebSocket client settings these options describe.</summary>
    /// <param name="timeProvider">Clock for timestamps and timers, or null for the system clock.</param>
    /// <param name="logger">Logger, or null.</param>
    public WebSocketClientOptions ToWebSocketClientOptions(TimeProvider? timeProvider = null, Microsoft.Extensions.Logging.ILogger? logger = null) => new()
    {
        FeedUrl = FeedUrl,
        Credentials = ToCredentials(),
        AutoReconnect = AutoReconnect,
        IdleTimeout = FeedIdleTimeout,
        TimeProvider = timeProvider,
        Logger = logger,
    };

    /// <summary>The REST client settings these options describe.</summary>
    /// <param name="timeProvider">Clock for timestamps, or null for the system clock.</param>
    /// <param name="logger">Logger, or null.</param>
    public RestClientOptions ToRestClientOptions(TimeProvider? timeProvider = null, Microsoft.Extensions.Logging.ILogger? logger = null) => new()
    {
        BaseUrl = BaseUrl,
        Credentials = ToCredentials(),
        NoCache = NoCache,
        Timeout = Timeout,
        RequestTimeout = RequestTimeout,
        MaxErrorBodyBytes = MaxErrorBodyBytes,
        MaxResponseBytes = MaxResponseBytes,
        Retry = Retry,
        RateLimits = RateLimits,
        SafePlacement = SafePlacement,
        SyncClockOnExpiredTimestamp = SyncClockOnExpiredTimestamp,
        TimeProvider = timeProvider,
        Logger = logger,
    };
}
