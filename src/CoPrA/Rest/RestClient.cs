using System.Net;
using System.Text;
using System.Text.Json.Serialization.Metadata;
using CoPrA.Diagnostics;
using CoPrA.Http;
using CoPrA.Orders;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CoPrA.Rest;

/// <summary>
/// Async client for the Coinbase Exchange REST API (formerly Coinbase Pro): one method per
/// endpoint, named after CoPrA's methods. Arguments are checked before any request is sent;
/// private endpoints are signed with the shared <see cref="CoinbaseSigner"/>. Thread-safe.
/// </summary>
public partial class RestClient : IDisposable, IAsyncDisposable
{
    /// <summary>Coinbase Exchange production REST host.</summary>
    public const string ProductionUrl = "https://api.exchange.coinbase.com";

    /// <summary>Coinbase Exchange public sandbox REST host.</summary>
    public const string SandboxUrl = "https://api-public.sandbox.exchange.coinbase.com";

    /// <summary>The retired Coinbase Pro host CoPrA used; it now answers that the Pro API is deprecated.</summary>
    public const string RetiredProUrl = "https://api.pro.coinbase.com";

    /// <summary>The retired Coinbase Pro sandbox host CoPrA used.</summary>
    public const string RetiredProSandboxUrl = "https://api-public.sandbox.pro.coinbase.com";

    // Read through the field inside the class: the virtual property is a mock's to answer.
    private readonly CoinbaseSession _session;
    private readonly HttpPipeline _pipeline;
    private readonly HmacAuthenticator? _authenticator;
    private readonly bool _noCache;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;

    /// <summary>Creates a client of public market data on the production host.</summary>
    public RestClient()
        : this(new RestClientOptions())
    {
    }

    /// <summary>Creates a client with its own HttpClient.</summary>
    /// <param name="options">Host, credentials and behaviour.</param>
    public RestClient(RestClientOptions options)
        : this(options, HttpPipeline.CreateHttpClient(options), ownsHttpClient: true)
    {
    }

    /// <summary>Creates a client on a caller's HttpClient, which the client will not dispose.</summary>
    /// <param name="options">Host, credentials and behaviour.</param>
    /// <param name="httpClient">The HttpClient to send with (for example one from IHttpClientFactory, or a mock).</param>
    public RestClient(RestClientOptions options, HttpClient httpClient)
        : this(options, httpClient, ownsHttpClient: false)
    {
    }

    private RestClient(RestClientOptions options, HttpClient httpClient, bool ownsHttpClient)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(httpClient);
        var baseUri = HttpPipeline.ParseBaseUrl(options.BaseUrl, nameof(options));
        var session = CoinbaseSession.Resolve(options.Session, options.Credentials, options.RateLimits, options.TimeProvider, nameof(RestClientOptions), nameof(options));
        if (session.IsAuthenticated)
        {
            CredentialTransport.RequireSecure(baseUri, Uri.UriSchemeHttps, nameof(options.BaseUrl), nameof(options));
        }

        _session = session;
        _timeProvider = session.TimeProvider;
        _logger = options.Logger ?? NullLogger.Instance;
        _noCache = options.NoCache;
        _authenticator = session.Signer is { } signer ? new HmacAuthenticator(signer) : null;
        _pipeline = new HttpPipeline(options, baseUri, httpClient, ownsHttpClient, _timeProvider, session.Pacer, EndpointTemplates.Exchange, ExchangeRejections.Classify, typeof(RestClient), nameof(options))
        {
            // Coinbase rejects an expired timestamp before acting on the request: learn its clock, send once more.
            ResyncClock = options.SyncClockOnExpiredTimestamp ? SyncTimeAsync : null,
            IsClockFailure = static ex => ex.ServerMessage.Contains("timestamp", StringComparison.OrdinalIgnoreCase),
        };
        _placement = new SafePlacer(options.SafePlacement, baseUri.Host, "client_oid", _timeProvider, _logger, nameof(options));
    }

    /// <summary>The root URL requests go to.</summary>
    public virtual string BaseUrl => _pipeline.BaseUrl;

    /// <summary>
    /// The session whose signer, clock offset and rate-limit buckets the client uses: the one in
    /// <see cref="RestClientOptions.Session"/>, or the client's own. Give it to other clients of the
    /// same key (a feed, say) so that they share them.
    /// </summary>
    public virtual CoinbaseSession Session => _session;

    /// <summary>The signer of private requests, or null on a client of public data only; internal, as it holds the key.</summary>
    internal CoinbaseSigner? Signer => _session.Signer;

    /// <summary>Whether the client has credentials and may call private endpoints.</summary>
    public virtual bool IsAuthenticated => _session.IsAuthenticated;

    /// <inheritdoc />
    public virtual void Dispose()
    {
        _pipeline.Dispose();
    }

    /// <inheritdoc />
    public virtual ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    /// <summary>Sends a request and parses the body as <typeparamref name="T"/>.</summary>
    internal async Task<T> SendAsync<T>(HttpMethod method, string path, QueryBuilder? query, string? body, bool signed, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
    {
        var reply = await SendForHeadersAsync(method, path, query, body, signed, typeInfo, cancellationToken, keepHeaders: false).ConfigureAwait(false);
        return reply.WithValue().Value;
    }

    /// <summary>Sends a GET to a paginated endpoint and reads the CB-BEFORE and CB-AFTER cursors.</summary>
    internal async Task<Page<T>> SendPageAsync<T>(string path, QueryBuilder query, bool signed, JsonTypeInfo<List<T>> typeInfo, CancellationToken cancellationToken)
    {
        var reply = await SendForHeadersAsync(HttpMethod.Get, path, query, null, signed, typeInfo, cancellationToken, keepHeaders: true).ConfigureAwait(false);
        reply.Headers.TryGetValue("CB-BEFORE", out var before);
        reply.Headers.TryGetValue("CB-AFTER", out var after);
        return new Page<T>(reply.Value ?? [], before, after);
    }

    /// <summary>Sends a request; the reply carries the response headers when <paramref name="keepHeaders"/> is set or the body held no value.</summary>
    private ValueTask<PipelineReply<T>> SendForHeadersAsync<T>(
        HttpMethod method, string path, QueryBuilder? query, string? body, bool signed, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken, bool keepHeaders, bool addNoCache = true)
    {
        IRequestAuthenticator? authenticator = signed ? RequireAuthenticator() : null;
        var request = new PipelineRequest(method, path, RequestTarget(method, path, query, addNoCache), body, authenticator, keepHeaders);
        return _pipeline.SendAsync(request, typeInfo, cancellationToken);
    }

    /// <summary>
    /// The path and query sent (and signed): the query as built, then CoPrA's <c>no-cache</c>
    /// timestamp last on a GET (digits and a dot, which need no escaping).
    /// </summary>
    private string RequestTarget(HttpMethod method, string path, QueryBuilder? query, bool addNoCache)
    {
        string? built = query is null || query.IsEmpty ? null : query.ToString();
        if (method != HttpMethod.Get || !_noCache || !addNoCache)
        {
            return built is null ? path : path + "?" + built;
        }

        string timestamp = CoinbaseSigner.FormatTimestamp(_timeProvider.GetUtcNow());
        return built is null ? string.Concat(path, "?no-cache=", timestamp) : string.Concat(path, "?", built, "&no-cache=", timestamp);
    }

    private HmacAuthenticator RequireAuthenticator() =>
        _authenticator ?? throw new InvalidOperationException("client is not properly configured for authorization: this endpoint is private and the client has no Credentials.");
}
