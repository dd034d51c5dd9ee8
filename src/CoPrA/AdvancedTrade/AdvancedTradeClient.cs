using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CoPrA.Diagnostics;
using CoPrA.Http;
using CoPrA.Orders;
using CoPrA.Rest;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CoPrA.AdvancedTrade;

/// <summary>
/// Async client for the Coinbase Advanced Trade REST API (<c>/api/v3/brokerage</c>), signed with a
/// CDP API key (a fresh JWT per request, ES256 or EdDSA): one method per method of Coinbase's
/// official Python SDK, named by the same rule as <see cref="RestClient"/>'s. Arguments are checked
/// before any request is sent. Thread-safe.
/// </summary>
public partial class AdvancedTradeClient : IDisposable, IAsyncDisposable
{
    /// <summary>Coinbase's production host for Advanced Trade.</summary>
    public const string ProductionUrl = "https://api.coinbase.com";

    /// <summary>Coinbase's static Advanced Trade sandbox: pre-defined answers, no authentication.</summary>
    public const string SandboxUrl = "https://api-sandbox.coinbase.com";

    /// <summary>How far the server's <c>Date</c> on a 401 may be from the session's clock before the 401 is blamed on the clock.</summary>
    private static readonly TimeSpan ClockTolerance = TimeSpan.FromSeconds(10);

    // Read through the fields inside the class: the virtual properties are a mock's to answer.
    private readonly CoinbaseSession _session;
    private readonly HttpPipeline _pipeline;
    private readonly JwtAuthenticator? _authenticator;
    private readonly ILogger _logger;

    /// <summary>Creates a client with its own HttpClient.</summary>
    /// <param name="options">Host, key and behaviour.</param>
    public AdvancedTradeClient(AdvancedTradeClientOptions options)
        : this(options, HttpPipeline.CreateHttpClient(options), ownsHttpClient: true)
    {
    }

    /// <summary>Creates a client on a caller's HttpClient, which the client will not dispose.</summary>
    /// <param name="options">Host, key and behaviour.</param>
    /// <param name="httpClient">The HttpClient to send with (for example one from IHttpClientFactory, or a mock). Its handler must not follow redirects.</param>
    public AdvancedTradeClient(AdvancedTradeClientOptions options, HttpClient httpClient)
        : this(options, httpClient, ownsHttpClient: false)
    {
    }

    /// <summary>For mocking frameworks: a client of public data on the production host, whose members a mock overrides.</summary>
    protected AdvancedTradeClient()
        : this(new AdvancedTradeClientOptions())
    {
    }

    private AdvancedTradeClient(AdvancedTradeClientOptions options, HttpClient httpClient, bool ownsHttpClient)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(httpClient);
        var baseUri = HttpPipeline.ParseBaseUrl(options.BaseUrl, nameof(options));
        var session = CoinbaseSession.ResolveAdvancedTrade(options.Session, options.ApiKey, options.RateLimits, options.TimeProvider, nameof(AdvancedTradeClientOptions), nameof(options));
        if (session.IsAuthenticated)
        {
            CredentialTransport.RequireSecure(baseUri, Uri.UriSchemeHttps, nameof(options.BaseUrl), nameof(options));
        }

        _session = session;
        _logger = options.Logger ?? NullLogger.Instance;
        _authenticator = session.JwtSigner is { } signer ? new JwtAuthenticator(signer) : null;
        var clock = session.TimeProvider;
        _placement = new SafePlacer(options.SafePlacement, baseUri.Host, "client_order_id", clock, _logger, nameof(options));
        _pipeline = new HttpPipeline(options, baseUri, httpClient, ownsHttpClient, clock, session.Pacer, EndpointTemplates.AdvancedTrade, AdvancedTradeRejections.Classify, typeof(AdvancedTradeClient), nameof(options))
        {
            // A JWT is judged by the server's clock; a 401 whose Date says the clocks disagree is cured
            // by learning the server's time and sending once more. Any other 401 is final.
            ResyncClock = SyncTimeAsync,
            IsClockFailure = ex => ClockDisagrees(ex, clock.GetUtcNow() + session.ClockOffset),
        };
    }

    /// <summary>The root URL requests go to.</summary>
    public virtual string BaseUrl => _pipeline.BaseUrl;

    /// <summary>
    /// The session whose JWT signer, clock offset and rate-limit buckets the client uses: the one in
    /// <see cref="AdvancedTradeClientOptions.Session"/>, or the client's own.
    /// </summary>
    public virtual CoinbaseSession Session => _session;

    /// <summary>Whether the client has a key and may call private endpoints.</summary>
    public virtual bool IsAuthenticated => _session.IsAuthenticated;

    /// <summary>Whether the client has been disposed; a disposed client refuses every call.</summary>
    public virtual bool IsClosed => _pipeline.IsDisposed;

    /// <inheritdoc />
    public virtual void Dispose() => _pipeline.Dispose();

    /// <inheritdoc />
    public virtual ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    /// <summary>
    /// Learns the offset between the local clock and Coinbase's from <c>GET /api/v3/brokerage/time</c>
    /// and applies it to every token from now on, for every client of the <see cref="Session"/>. The
    /// client does this by itself, once, when a 401 comes with a <c>Date</c> that disagrees with its clock.
    /// </summary>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>Server time minus local time.</returns>
    public virtual Task<TimeSpan> SyncTimeAsync(CancellationToken cancellationToken = default) =>
        ClockSync.LearnAsync(_session, ServerNowAsync, _logger, _pipeline.BaseUri.Host, cancellationToken);

    /// <summary>Sends a request and parses the body as <typeparamref name="T"/>; an empty body is an error.</summary>
    /// <param name="method">The HTTP method.</param>
    /// <param name="path">The full path, starting with <c>/api/v3/brokerage</c>, ids already escaped.</param>
    /// <param name="query">The query, or null.</param>
    /// <param name="body">The JSON body, or null.</param>
    /// <param name="typeInfo">How to read the answer.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    internal async Task<T> SendAsync<T>(HttpMethod method, string path, QueryBuilder? query, string? body, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
    {
        var reply = await SendForReplyAsync(method, path, query, body, typeInfo, keepHeaders: false, cancellationToken).ConfigureAwait(false);
        return reply.WithValue().Value;
    }

    /// <summary>
    /// Sends a request. Public endpoints are signed when the client has a key (as the official SDK
    /// does: authenticated traffic gets the higher rate limit); private ones without a key throw
    /// before anything is sent.
    /// </summary>
    internal ValueTask<PipelineReply<T>> SendForReplyAsync<T>(HttpMethod method, string path, QueryBuilder? query, string? body, JsonTypeInfo<T> typeInfo, bool keepHeaders, CancellationToken cancellationToken, bool treatAsPublic = false)
    {
        var authenticator = _authenticator ?? (treatAsPublic || AdvancedTradePaths.IsPublic(path) ? null : throw NoKey());
        var request = new PipelineRequest(method, path, query is null || query.IsEmpty ? path : path + "?" + query, body, authenticator, keepHeaders);
        return _pipeline.SendAsync(request, typeInfo, cancellationToken);
    }

    /// <summary>
    /// Follows a cursor-paginated list: fetches a page, yields its items, and asks for the next page
    /// with the page's cursor while the page says there is more.
    /// </summary>
    /// <param name="fetch">Fetches the page after a cursor (null for the first).</param>
    /// <param name="items">The page's items.</param>
    /// <param name="next">The cursor of the next page, or null when the page was the last.</param>
    /// <param name="cancellationToken">Cancels the walk.</param>
    internal static async IAsyncEnumerable<TItem> WalkCursorAsync<TPage, TItem>(
        Func<string?, CancellationToken, Task<TPage>> fetch,
        Func<TPage, IEnumerable<TItem>> items,
        Func<TPage, string?> next,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        string? cursor = null;
        do
        {
            var page = await fetch(cursor, cancellationToken).ConfigureAwait(false);
            foreach (var item in items(page))
            {
                yield return item;
            }

            string? following = next(page);
            // A server that hands back the same cursor would loop forever: stop instead.
            cursor = string.IsNullOrEmpty(following) || following == cursor ? null : following;
        }
        while (cursor is not null);
    }

    private static InvalidOperationException NoKey() =>
        new("client is not properly configured for authorization: this endpoint is private and the client has no ApiKey.");

    private async Task<DateTimeOffset> ServerNowAsync(CancellationToken cancellationToken)
    {
        var reply = await SendForReplyAsync(HttpMethod.Get, AdvancedTradePaths.Time, null, null, CoPrAJsonContext.Default.JsonElement, keepHeaders: false, cancellationToken).ConfigureAwait(false);
        var json = reply.Value;
        if (json.ValueKind == JsonValueKind.Object && json.TryGetProperty("epochMillis", out var millis) && ReadLong(millis) is { } ms)
        {
            return DateTimeOffset.FromUnixTimeMilliseconds(ms);
        }

        if (json.ValueKind == JsonValueKind.Object && json.TryGetProperty("iso", out var iso) && iso.ValueKind == JsonValueKind.String
            && DateTimeOffset.TryParse(iso.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
        {
            return parsed;
        }

        throw new ApiRequestException((HttpStatusCode)reply.StatusCode, "The server time answer held neither epochMillis nor iso.", Encoding.UTF8.GetString(reply.Content), reply.Headers);
    }

    // Coinbase sends the epoch values as strings; numbers are read too.
    private static long? ReadLong(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number when value.TryGetInt64(out long number) => number,
        JsonValueKind.String when long.TryParse(value.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out long number) => number,
        _ => null,
    };

    /// <summary>Whether a 401's <c>Date</c> header shows the server's clock far from the one the token was made with.</summary>
    private static bool ClockDisagrees(AuthenticationFailedException exception, DateTimeOffset sessionNow) =>
        exception.Headers.TryGetValue("Date", out var date)
        && DateTimeOffset.TryParse(date, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var serverNow)
        && (serverNow - sessionNow).Duration() > ClockTolerance;
}
