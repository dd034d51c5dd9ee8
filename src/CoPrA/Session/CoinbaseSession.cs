using CoPrA.AdvancedTrade;
using CoPrA.Http;
using CoPrA.Rest;

namespace CoPrA;

/// <summary>
/// What belongs to one API key rather than to one client: the signer, the clock offset learned
/// from the server and the client-side rate-limit buckets. A session holds either an Exchange key
/// (<see cref="Credentials"/>, HMAC) or a CDP key (<see cref="CdpApiKey"/>, JWT for Advanced Trade),
/// or none for public data. Give the same session to every <see cref="RestClient"/> and
/// <see cref="WebSocket.WebSocketClient"/> (or every <see cref="AdvancedTradeClient"/>) that uses the key
/// (<see cref="RestClientOptions.Session"/>, <see cref="WebSocket.WebSocketClientOptions.Session"/>;
/// <c>AddCoPrA</c> registers one for the whole container), so that they draw from one set of
/// buckets and a clock synchronised by one of them signs for all. No member returns the secret or
/// the passphrase. Thread-safe.
/// </summary>
public sealed class CoinbaseSession
{
    private static readonly RateLimitOptions DefaultLimits = new();
    private readonly ServerClock _clock;

    /// <summary>Creates a session for one key, or for public data only.</summary>
    /// <param name="credentials">The API key, or null for public data only.</param>
    /// <param name="rateLimits">The client-side rate limits, copied now; Coinbase's published limits when null.</param>
    /// <param name="timeProvider">The clock for timestamps and rate-limit waits; <see cref="TimeProvider.System"/> when null.</param>
    public CoinbaseSession(Credentials? credentials = null, RateLimitOptions? rateLimits = null, TimeProvider? timeProvider = null)
    {
        _clock = new ServerClock(timeProvider ?? TimeProvider.System);
        Credentials = credentials;
        RateLimits = Copy(rateLimits ?? new RateLimitOptions());
        Signer = credentials is null ? null : new CoinbaseSigner(credentials, _clock);
        Pacer = RateLimits.Enabled ? new RequestPacer(RateLimits, _clock.TimeProvider) : null;
    }

    /// <summary>Creates a session for one CDP API key, for Advanced Trade.</summary>
    /// <param name="apiKey">The CDP key.</param>
    /// <param name="rateLimits">The client-side rate limits, copied now; Advanced Trade's published limits when null.</param>
    /// <param name="timeProvider">The clock for token times and rate-limit waits; <see cref="TimeProvider.System"/> when null.</param>
    public CoinbaseSession(CdpApiKey apiKey, AdvancedTradeRateLimitOptions? rateLimits = null, TimeProvider? timeProvider = null)
        : this(ArgumentNullThrown(apiKey), rateLimits, timeProvider, advancedTrade: true)
    {
    }

    /// <summary>An Advanced Trade session, with a key or for public data only.</summary>
    private CoinbaseSession(CdpApiKey? apiKey, AdvancedTradeRateLimitOptions? rateLimits, TimeProvider? timeProvider, bool advancedTrade)
    {
        _clock = new ServerClock(timeProvider ?? TimeProvider.System);
        RateLimits = Copy(DefaultLimits);
        ApiKey = apiKey;
        IsAdvancedTrade = advancedTrade;
        AdvancedTradeRateLimits = (rateLimits ?? new AdvancedTradeRateLimitOptions()).Copy();
        JwtSigner = apiKey is null ? null : new CdpJwtSigner(apiKey, _clock);
        Pacer = AdvancedTradeRateLimits.Enabled ? new AdvancedTradePacer(AdvancedTradeRateLimits, _clock.TimeProvider) : null;
    }

    /// <summary>Whether the session has a key, so that its clients may call private endpoints and sign feed subscriptions.</summary>
    public bool IsAuthenticated => Signer is not null || JwtSigner is not null;

    /// <summary>
    /// Server time minus local time, added to every signature's timestamp: zero until a client of
    /// this session learns it (<see cref="RestClient.SyncTimeAsync"/>, or by itself after a
    /// "request timestamp expired" answer).
    /// </summary>
    public TimeSpan ClockOffset
    {
        get => _clock.Offset;
        internal set => _clock.Offset = value;
    }

    /// <summary>The clock for timestamps and rate-limit waits.</summary>
    public TimeProvider TimeProvider => _clock.TimeProvider;

    /// <summary>The key the session was made with; internal so that no public member leads to the secret.</summary>
    internal Credentials? Credentials { get; }

    /// <summary>The rate limits the buckets were made with.</summary>
    internal RateLimitOptions RateLimits { get; }

    /// <summary>The HMAC signer of the key, or null for public data only.</summary>
    internal CoinbaseSigner? Signer { get; }

    /// <summary>The rate-limit buckets, or null when pacing is off.</summary>
    internal IRequestPacer? Pacer { get; }

    /// <summary>Whether the session is for Advanced Trade (made from a CDP key or for its public data).</summary>
    internal bool IsAdvancedTrade { get; }

    /// <summary>The CDP key the session was made with; internal so that no public member leads to it.</summary>
    internal CdpApiKey? ApiKey { get; }

    /// <summary>The JWT signer of the CDP key, or null.</summary>
    internal CdpJwtSigner? JwtSigner { get; }

    /// <summary>The Advanced Trade rate limits the buckets were made with (Advanced Trade sessions only).</summary>
    internal AdvancedTradeRateLimitOptions? AdvancedTradeRateLimits { get; }

    /// <summary>
    /// The session a client uses: <paramref name="session"/> when given, after checking that the
    /// client's own options do not disagree with it, else a private one made from those options.
    /// </summary>
    /// <param name="session">The session from the client's options, or null.</param>
    /// <param name="credentials">The client's <c>Credentials</c> option.</param>
    /// <param name="rateLimits">The client's <c>RateLimits</c> option, or null when it has none.</param>
    /// <param name="timeProvider">The client's <c>TimeProvider</c> option.</param>
    /// <param name="optionsType">The options type, for the message.</param>
    /// <param name="paramName">The parameter the exception names.</param>
    /// <exception cref="ArgumentException">An option disagrees with the session.</exception>
    internal static CoinbaseSession Resolve(CoinbaseSession? session, Credentials? credentials, RateLimitOptions? rateLimits, TimeProvider? timeProvider, string optionsType, string paramName)
    {
        if (session is null)
        {
            return new CoinbaseSession(credentials, rateLimits, timeProvider);
        }

        if (session.IsAdvancedTrade)
        {
            throw new ArgumentException($"{optionsType}.Session is an Advanced Trade session (made from a CdpApiKey); the Exchange clients need one made from Credentials.", paramName);
        }

        // An option left unset (null, or rate limits at their defaults) or equal to the session's
        // agrees; anything else is a mistake that would otherwise be silently ignored.
        if (credentials is not null && !credentials.Equals(session.Credentials))
        {
            throw Disagreement(optionsType, paramName, nameof(Credentials));
        }

        if (rateLimits is not null && !SameLimits(rateLimits, session.RateLimits) && !SameLimits(rateLimits, DefaultLimits))
        {
            throw Disagreement(optionsType, paramName, nameof(RateLimits));
        }

        if (timeProvider is not null && !ReferenceEquals(timeProvider, session.TimeProvider))
        {
            throw Disagreement(optionsType, paramName, nameof(TimeProvider));
        }

        return session;
    }

    /// <summary>The Advanced Trade session a client uses: <paramref name="session"/> when given and agreeing with the client's options, else a private one.</summary>
    /// <param name="session">The session from the client's options, or null.</param>
    /// <param name="apiKey">The client's <c>ApiKey</c> option.</param>
    /// <param name="rateLimits">The client's <c>RateLimits</c> option.</param>
    /// <param name="timeProvider">The client's <c>TimeProvider</c> option.</param>
    /// <param name="optionsType">The options type, for the message.</param>
    /// <param name="paramName">The parameter the exception names.</param>
    /// <exception cref="ArgumentException">The session is an Exchange one, or an option disagrees with it.</exception>
    internal static CoinbaseSession ResolveAdvancedTrade(CoinbaseSession? session, CdpApiKey? apiKey, AdvancedTradeRateLimitOptions? rateLimits, TimeProvider? timeProvider, string optionsType, string paramName)
    {
        if (session is null)
        {
            return new CoinbaseSession(apiKey, rateLimits, timeProvider, advancedTrade: true);
        }

        if (!session.IsAdvancedTrade)
        {
            throw new ArgumentException($"{optionsType}.Session is an Exchange session (made from Credentials); the Advanced Trade clients need one made from a CdpApiKey.", paramName);
        }

        if (apiKey is not null && !ReferenceEquals(apiKey, session.ApiKey))
        {
            throw Disagreement(optionsType, paramName, "ApiKey");
        }

        if (rateLimits is not null && !rateLimits.SameAs(session.AdvancedTradeRateLimits!) && !rateLimits.SameAs(new AdvancedTradeRateLimitOptions()))
        {
            throw Disagreement(optionsType, paramName, nameof(RateLimits));
        }

        if (timeProvider is not null && !ReferenceEquals(timeProvider, session.TimeProvider))
        {
            throw Disagreement(optionsType, paramName, nameof(TimeProvider));
        }

        return session;
    }

    private static CdpApiKey ArgumentNullThrown(CdpApiKey apiKey)
    {
        ArgumentNullException.ThrowIfNull(apiKey);
        return apiKey;
    }

    private static ArgumentException Disagreement(string optionsType, string paramName, string option) => new(
        $"{optionsType}.{option} disagrees with {optionsType}.Session, which already has its own; leave {option} unset (or the same) when giving a Session.",
        paramName);

    private static bool SameLimits(RateLimitOptions a, RateLimitOptions b) =>
        a.Enabled == b.Enabled && a.Public == b.Public && a.Private == b.Private && a.Fills == b.Fills;

    private static RateLimitOptions Copy(RateLimitOptions limits) =>
        new() { Enabled = limits.Enabled, Public = limits.Public, Private = limits.Private, Fills = limits.Fills };
}
