using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CoPrA.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Polly;

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

    private static readonly MediaTypeHeaderValue JsonMediaType = new("application/json");

    private readonly HttpClient _http;
    private readonly bool _ownsHttpClient;
    private readonly string _baseUrl;
    private readonly Uri _baseUri;
    // Read through the field inside the class: the virtual property is a mock's to answer.
    private readonly CoinbaseSession _session;
    private readonly bool _noCache;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly TimeSpan? _requestTimeout;
    private readonly int _maxErrorBodyBytes;
    private readonly int _maxResponseBytes;
    private readonly bool _syncClockOnExpiry;
    private readonly RequestPacer? _pacer;
    private readonly ResiliencePipeline _retryPipeline;
    private readonly TimeSpan _maxRetryDelay;
    private int _disposed;

    /// <summary>Creates a client of public market data on the production host.</summary>
    public RestClient()
        : this(new RestClientOptions())
    {
    }

    /// <summary>Creates a client with its own HttpClient.</summary>
    /// <param name="options">Host, credentials and behaviour.</param>
    public RestClient(RestClientOptions options)
        : this(options, CreateHttpClient(options), ownsHttpClient: true)
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
        if (!Uri.TryCreate(options.BaseUrl, UriKind.Absolute, out var baseUri) || (baseUri.Scheme != Uri.UriSchemeHttps && baseUri.Scheme != Uri.UriSchemeHttp))
        {
            throw new ArgumentException($"BaseUrl must be an absolute http or https URL, got '{options.BaseUrl}'.", nameof(options));
        }

        var session = CoinbaseSession.Resolve(options.Session, options.Credentials, options.RateLimits, options.TimeProvider, nameof(RestClientOptions), nameof(options));
        if (session.IsAuthenticated)
        {
            CredentialTransport.RequireSecure(baseUri, Uri.UriSchemeHttps, nameof(options.BaseUrl), nameof(options));
        }

        _http = httpClient;
        _ownsHttpClient = ownsHttpClient;
        _baseUrl = options.BaseUrl.TrimEnd('/');
        _baseUri = baseUri;
        _noCache = options.NoCache;
        _session = session;
        _timeProvider = session.TimeProvider;
        _logger = options.Logger ?? NullLogger.Instance;
        _requestTimeout = CheckRequestTimeout(options);
        _maxErrorBodyBytes = CheckBodyCap(options.MaxErrorBodyBytes, nameof(options.MaxErrorBodyBytes), nameof(options));
        _maxResponseBytes = CheckBodyCap(options.MaxResponseBytes, nameof(options.MaxResponseBytes), nameof(options));
        _syncClockOnExpiry = options.SyncClockOnExpiredTimestamp;
        _pacer = session.Pacer;
        _retryPipeline = BuildRetryPipeline(options.Retry, _timeProvider, _logger, baseUri.Host);
        _maxRetryDelay = options.Retry.MaxDelay;
        _placement = PlacementSettings.From(options.SafePlacement, baseUri.Host, nameof(options));
    }

    /// <summary>A positive timeout, or none: null and <see cref="Timeout.InfiniteTimeSpan"/> both mean none.</summary>
    private static TimeSpan? CheckRequestTimeout(RestClientOptions options)
    {
        if (options.RequestTimeout is not { } value || value == Timeout.InfiniteTimeSpan)
        {
            return null;
        }

        return value > TimeSpan.Zero && value.TotalMilliseconds <= int.MaxValue
            ? value
            : throw new ArgumentOutOfRangeException(nameof(options), value, $"RequestTimeout must be positive (at most {int.MaxValue} ms), Timeout.InfiniteTimeSpan or null, got {value}.");
    }

    /// <summary>A body cap from 1 byte to one under <see cref="Array.MaxLength"/> (one byte past the cap is read).</summary>
    private static int CheckBodyCap(int cap, string option, string paramName) =>
        cap is >= 1 && cap < Array.MaxLength
            ? cap
            : throw new ArgumentOutOfRangeException(paramName, cap, $"{option} must be from 1 to {Array.MaxLength - 1} bytes, got {cap}.");

    /// <summary>The root URL requests go to.</summary>
    public virtual string BaseUrl => _baseUrl;

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
        if (Interlocked.Exchange(ref _disposed, 1) == 0 && _ownsHttpClient)
        {
            _http.Dispose();
        }
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
        if (reply.Value is null)
        {
            // An empty or JSON null body where a result was expected is a bad answer, not a null result.
            throw new ApiRequestException((HttpStatusCode)reply.StatusCode, $"The response body held no {typeof(T).Name}.", Encoding.UTF8.GetString(reply.Content), reply.Headers);
        }

        return reply.Value;
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
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    private async ValueTask<Reply<T>> SendForHeadersAsync<T>(
        HttpMethod method, string path, QueryBuilder? query, string? body, bool signed, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken, bool keepHeaders, bool addNoCache = true)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        CoinbaseSigner? signer = signed ? RequireSigner() : null;
        var request = new OutgoingRequest(method, path, RequestTarget(method, path, query, addNoCache), body, signer, keepHeaders);
        var telemetry = RestCallTelemetry.Start(method.Method, path, EndpointTemplates.Exchange, _baseUri);
        try
        {
            var reply = await SendSyncingClockAsync(request, typeInfo, cancellationToken).ConfigureAwait(false);
            telemetry.Stop(reply.StatusCode, request.Attempts, error: null);
            return reply;
        }
        catch (Exception ex)
        {
            telemetry.Stop(statusCode: null, request.Attempts, ex);
            throw;
        }
    }

    /// <summary>Sends with retries; after an expired-timestamp answer, learns the server's clock and sends once more.</summary>
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    private async ValueTask<Reply<T>> SendSyncingClockAsync<T>(OutgoingRequest request, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
    {
        try
        {
            return await SendWithRetriesAsync(request, typeInfo, cancellationToken).ConfigureAwait(false);
        }
        catch (AuthenticationFailedException ex) when (request.Signer is not null && _syncClockOnExpiry && IsExpiredTimestamp(ex))
        {
            // Coinbase rejects an expired timestamp before acting on the request, so one resend
            // after learning the server's clock is safe for every verb.
            await SyncTimeAsync(cancellationToken).ConfigureAwait(false);
            return await SendOnceAsync(request, typeInfo, cancellationToken).ConfigureAwait(false);
        }
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

    /// <summary>One attempt: wait for a rate-limit token, sign afresh, send, read and parse.</summary>
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    private async ValueTask<Reply<T>> SendOnceAsync<T>(OutgoingRequest outgoing, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
    {
        if (_pacer is not null)
        {
            var waited = await _pacer.WaitTurnAsync(outgoing.Path, outgoing.Signer is not null, cancellationToken).ConfigureAwait(false);
            if (waited > TimeSpan.Zero)
            {
                Log.RateLimitWait(_logger, outgoing.Method.Method, outgoing.Path, waited.TotalMilliseconds);
                CoPrATelemetry.RateLimitWait.Record(waited.TotalSeconds, new KeyValuePair<string, object?>("http.request.method", outgoing.Method.Method), new KeyValuePair<string, object?>("server.address", _baseUri.Host));
            }
        }

        outgoing.Attempts++;

        var target = new Uri(_baseUrl + outgoing.RequestPath, UriKind.Absolute);
        using var request = new HttpRequestMessage(outgoing.Method, target);
        request.Headers.TryAddWithoutValidation("User-Agent", LibraryInfo.UserAgent);
        request.Headers.TryAddWithoutValidation("Accept", "application/json");
        if (outgoing.Body is not null)
        {
            request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(outgoing.Body));
            request.Content.Headers.ContentType = JsonMediaType;
        }

        if (outgoing.Signer is { } signer)
        {
            // Sign what goes on the wire: the request line's path and query, which includes any
            // path prefix of the base URL. A retry signs again with a fresh timestamp.
            var auth = signer.Sign(outgoing.Method.Method, request.RequestUri!.PathAndQuery, outgoing.Body ?? string.Empty);
            request.Headers.TryAddWithoutValidation("CB-ACCESS-KEY", auth.Key);
            request.Headers.TryAddWithoutValidation("CB-ACCESS-SIGN", auth.Signature);
            request.Headers.TryAddWithoutValidation("CB-ACCESS-TIMESTAMP", auth.Timestamp);
            request.Headers.TryAddWithoutValidation("CB-ACCESS-PASSPHRASE", auth.Passphrase);
        }

        using var timeout = _requestTimeout.HasValue ? CancellationTokenSource.CreateLinkedTokenSource(cancellationToken) : null;
        timeout?.CancelAfter(_requestTimeout!.Value);
        var token = timeout?.Token ?? cancellationToken;

        long started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, token).ConfigureAwait(false);
            RefuseRedirect(target, response);
            bool failed = (int)response.StatusCode >= 400;
            var (content, truncated) = await BoundedBody.ReadAsync(response.Content, failed ? _maxErrorBodyBytes : _maxResponseBytes, keepTruncated: failed, token).ConfigureAwait(false);
            Log.Response(_logger, outgoing.Method.Method, outgoing.Path, (int)response.StatusCode, Stopwatch.GetElapsedTime(started).TotalMilliseconds);

            if (failed)
            {
                throw ApiRequestException.FromResponse(response.StatusCode, Encoding.UTF8.GetString(content), CollectHeaders(response), RetryAfter(response, _timeProvider.GetUtcNow()), truncated ? _maxErrorBodyBytes : null, outgoing.Path);
            }

            if (truncated)
            {
                throw new ApiRequestException(response.StatusCode, $"The response body is larger than MaxResponseBytes ({_maxResponseBytes} bytes) and was not read; raise RestClientOptions.MaxResponseBytes to accept it.", string.Empty, CollectHeaders(response));
            }

            // Most calls never read the headers: they are copied only for callers that do and
            // for the error a body without a value raises.
            T value = Parse(content, typeInfo, response);
            var headers = outgoing.KeepHeaders || value is null ? CollectHeaders(response) : NoHeaders;
            return new Reply<T>(value, (int)response.StatusCode, headers, content);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            // Our own per-request timeout or HttpClient.Timeout fired, not the caller's token.
            throw new TimeoutException($"{outgoing.Method.Method} {outgoing.Path} timed out after {Stopwatch.GetElapsedTime(started).TotalSeconds:F1} s.", ex);
        }
    }

    private static bool IsExpiredTimestamp(AuthenticationFailedException ex) =>
        ex.ServerMessage.Contains("timestamp", StringComparison.OrdinalIgnoreCase);

    private CoinbaseSigner RequireSigner() =>
        Signer ?? throw new InvalidOperationException("client is not properly configured for authorization: this endpoint is private and the client has no Credentials.");

    private static T Parse<T>(byte[] content, JsonTypeInfo<T> typeInfo, HttpResponseMessage response)
    {
        if (content.Length == 0)
        {
            return default!;
        }

        try
        {
            return JsonSerializer.Deserialize(content, typeInfo)!;
        }
        catch (JsonException ex)
        {
            string text = Encoding.UTF8.GetString(content);
            throw new ApiRequestException(response.StatusCode, $"The response body could not be read as {typeof(T).Name}: {ex.Message}", text, CollectHeaders(response), ex);
        }
    }

    /// <summary>
    /// A signed request must never reach another origin: the client's own handlers do not follow
    /// redirects, so a 3xx is an error naming its Location; and an answer to another URI than the
    /// one sent means a caller's HttpClient followed one, which is refused too.
    /// </summary>
    private static void RefuseRedirect(Uri sent, HttpResponseMessage response)
    {
        int status = (int)response.StatusCode;
        if (status is >= 300 and < 400)
        {
            throw new ApiRequestException(response.StatusCode, $"The server redirected the request (HTTP {status}) to '{response.Headers.Location}'; CoPrA never follows redirects.", string.Empty, CollectHeaders(response));
        }

        // A following handler rewrites the request's URI in place.
        if (response.RequestMessage?.RequestUri is { } answered && answered != sent)
        {
            throw new ApiRequestException(response.StatusCode, $"The HttpClient followed a redirect to '{answered}'; CoPrA refuses answers from another address than the one it sent to. Give RestClient an HttpClient whose handler does not follow redirects.", string.Empty, CollectHeaders(response));
        }
    }

    private static IReadOnlyDictionary<string, string> CollectHeaders(HttpResponseMessage response)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, values) in response.Headers.NonValidated)
        {
            headers[name] = values.ToString();
        }

        foreach (var (name, values) in response.Content.Headers.NonValidated)
        {
            headers[name] = values.ToString();
        }

        return headers;
    }

    private static TimeSpan? RetryAfter(HttpResponseMessage response, DateTimeOffset now)
    {
        var retryAfter = response.Headers.RetryAfter;
        if (retryAfter?.Delta is { } delta)
        {
            return delta;
        }

        // A date already past (clock skew, a slow response) means "now", never a negative wait.
        return retryAfter?.Date is { } date ? (date > now ? date - now : TimeSpan.Zero) : null;
    }

    private static HttpClient CreateHttpClient(RestClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new HttpClient(CreatePrimaryHandler()) { Timeout = options.Timeout };
    }

    /// <summary>
    /// The handler under the client's own HttpClient and the one <c>AddCoPrA</c> registers. It never
    /// follows redirects: a redirect would carry the signed headers and the body to another host.
    /// </summary>
    internal static SocketsHttpHandler CreatePrimaryHandler() => new()
    {
        AutomaticDecompression = DecompressionMethods.All,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        AllowAutoRedirect = false,
    };


    private readonly record struct Reply<T>(T Value, int StatusCode, IReadOnlyDictionary<string, string> Headers, byte[] Content);

    /// <summary>A request fixed once (path, query, body) and sent one or more times.</summary>
    private sealed record OutgoingRequest(HttpMethod Method, string Path, string RequestPath, string? Body, CoinbaseSigner? Signer, bool KeepHeaders)
    {
        /// <summary>How many times it was sent; attempts are sequential, never concurrent.</summary>
        public int Attempts { get; set; }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 1, Level = LogLevel.Debug, Message = "{Method} {Path} answered {Status} in {ElapsedMs:F1} ms")]
        public static partial void Response(ILogger logger, string method, string path, int status, double elapsedMs);

        [LoggerMessage(EventId = 2, Level = LogLevel.Debug, Message = "{Method} {Path} waited {WaitMs:F0} ms for the client-side rate limit")]
        public static partial void RateLimitWait(ILogger logger, string method, string path, double waitMs);

        [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "Retrying {Method} {Path} in {DelayMs:F0} ms (retry {Attempt}): {Reason}")]
        public static partial void Retrying(ILogger logger, string method, string path, double delayMs, int attempt, string reason);

        [LoggerMessage(EventId = 4, Level = LogLevel.Information, Message = "Clock synchronised with the server: offset {OffsetMs:F0} ms")]
        public static partial void ClockSynced(ILogger logger, double offsetMs);
    }
}
