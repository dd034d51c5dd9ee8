using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CoPrA.Diagnostics;
using CoPrA.Orders;
using CoPrA.Rest;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Polly;

namespace CoPrA.Http;

/// <summary>
/// The one request path under every REST client family: pacing, authentication (through the
/// family's <see cref="IRequestAuthenticator"/>), sending, per-attempt timeouts, redirect refusal,
/// bounded body reads, error mapping, retries of GETs, clock resynchronisation, logging and
/// telemetry. A client builds the path, query and body; the pipeline does the rest. Thread-safe.
/// </summary>
internal sealed partial class HttpPipeline : IDisposable
{
    private static readonly MediaTypeHeaderValue JsonMediaType = new("application/json");
    private readonly HttpClient _http;
    private readonly bool _ownsHttpClient;
    private readonly string _baseUrl;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly TimeSpan? _requestTimeout;
    private readonly int _maxErrorBodyBytes;
    private readonly int _maxResponseBytes;
    private readonly string _optionsName;
    private readonly IRequestPacer? _pacer;
    private readonly EndpointTemplates _templates;
    private readonly Func<HttpStatusCode, string, string?, RejectionReason> _classify;
    private readonly ResiliencePipeline _retryPipeline;
    private readonly TimeSpan _maxRetryDelay;
    private readonly string _ownerName;
    private int _disposed;

    /// <summary>Checks the shared options and builds the pipeline.</summary>
    /// <param name="options">The client's options; <c>paramName</c> names them in exceptions.</param>
    /// <param name="baseUri">The checked base URL (<see cref="ParseBaseUrl"/>).</param>
    /// <param name="httpClient">The HttpClient to send with.</param>
    /// <param name="ownsHttpClient">Whether disposing the pipeline disposes it.</param>
    /// <param name="timeProvider">The clock (the session's).</param>
    /// <param name="pacer">The rate-limit buckets, or null when pacing is off.</param>
    /// <param name="templates">The client family's endpoint templates, for telemetry.</param>
    /// <param name="classify">Maps an error's status, message and path to a typed reason.</param>
    /// <param name="owner">The client type, named by <see cref="ObjectDisposedException"/>.</param>
    /// <param name="paramName">The options parameter's name.</param>
    public HttpPipeline(
        CoinbaseClientOptions options,
        Uri baseUri,
        HttpClient httpClient,
        bool ownsHttpClient,
        TimeProvider timeProvider,
        IRequestPacer? pacer,
        EndpointTemplates templates,
        Func<HttpStatusCode, string, string?, RejectionReason> classify,
        Type owner,
        string paramName)
    {
        _requestTimeout = CheckRequestTimeout(options.RequestTimeout, paramName);
        _maxErrorBodyBytes = CheckBodyCap(options.MaxErrorBodyBytes, nameof(options.MaxErrorBodyBytes), paramName);
        _maxResponseBytes = CheckBodyCap(options.MaxResponseBytes, nameof(options.MaxResponseBytes), paramName);
        ArgumentNullException.ThrowIfNull(options.Retry, paramName);
        _http = httpClient;
        _ownsHttpClient = ownsHttpClient;
        _baseUrl = baseUri.OriginalString.TrimEnd('/');
        BaseUri = baseUri;
        _timeProvider = timeProvider;
        _logger = options.Logger ?? NullLogger.Instance;
        _optionsName = options.GetType().Name;
        _pacer = pacer;
        _templates = templates;
        _classify = classify;
        _retryPipeline = BuildRetryPipeline(options.Retry, timeProvider, _logger, baseUri.Host);
        _maxRetryDelay = options.Retry.MaxDelay;
        _ownerName = owner.FullName!;
    }

    /// <summary>The root URL requests go to, without a trailing slash.</summary>
    public string BaseUrl => _baseUrl;

    /// <summary>The root URL as a URI.</summary>
    public Uri BaseUri { get; }

    /// <summary>Whether the pipeline has been disposed; it then refuses every request.</summary>
    public bool IsDisposed => Volatile.Read(ref _disposed) != 0;

    /// <summary>The logger requests are logged to.</summary>
    public ILogger Logger => _logger;

    /// <summary>
    /// Called after a 401 that <see cref="IsClockFailure"/> recognises: learns the server's clock,
    /// after which the request is sent once more. Null: such a 401 is final.
    /// </summary>
    public Func<CancellationToken, Task>? ResyncClock { get; init; }

    /// <summary>Whether a 401 says the request's time was refused (so a resynchronised clock may cure it).</summary>
    public Func<AuthenticationFailedException, bool> IsClockFailure { get; init; } = static _ => false;

    /// <summary>Checks a base URL: absolute, http or https.</summary>
    /// <param name="baseUrl">The URL.</param>
    /// <param name="paramName">The options parameter's name.</param>
    public static Uri ParseBaseUrl(string? baseUrl, string paramName) =>
        Uri.TryCreate(baseUrl, UriKind.Absolute, out var baseUri) && (baseUri.Scheme == Uri.UriSchemeHttps || baseUri.Scheme == Uri.UriSchemeHttp)
            ? baseUri
            : throw new ArgumentException($"BaseUrl must be an absolute http or https URL, got '{baseUrl}'.", paramName);

    /// <summary>An HttpClient on the library's own handler, with the options' overall timeout.</summary>
    /// <param name="options">The client's options.</param>
    public static HttpClient CreateHttpClient(CoinbaseClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new HttpClient(CreatePrimaryHandler()) { Timeout = options.Timeout };
    }

    /// <summary>
    /// The handler under the library's own HttpClients and the one <c>AddCoPrA</c> registers. It never
    /// follows redirects: a redirect would carry the signed headers and the body to another host.
    /// </summary>
    public static SocketsHttpHandler CreatePrimaryHandler() => new()
    {
        AutomaticDecompression = DecompressionMethods.All,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        AllowAutoRedirect = false,
    };

    /// <inheritdoc />
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0 && _ownsHttpClient)
        {
            _http.Dispose();
        }
    }

    /// <summary>Sends a request with retries, clock resynchronisation and telemetry, and parses the answer.</summary>
    /// <param name="request">The request.</param>
    /// <param name="typeInfo">How to read the body.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    public async ValueTask<PipelineReply<T>> SendAsync<T>(PipelineRequest request, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(IsDisposed, _ownerName);

        var telemetry = RestCallTelemetry.Start(request.Method.Method, request.Path, _templates, BaseUri);
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

    /// <summary>Sends with retries; after a 401 that says the time was refused, learns the server's clock and sends once more.</summary>
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    private async ValueTask<PipelineReply<T>> SendSyncingClockAsync<T>(PipelineRequest request, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
    {
        try
        {
            return await SendWithRetriesAsync(request, typeInfo, cancellationToken).ConfigureAwait(false);
        }
        catch (AuthenticationFailedException ex) when (request.Authenticator is not null && ResyncClock is not null && IsClockFailure(ex))
        {
            // The server refuses a stale credential before acting on the request, so one resend
            // after learning its clock is safe for every verb.
            await ResyncClock(cancellationToken).ConfigureAwait(false);
            return await SendOnceAsync(request, typeInfo, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>One attempt: wait for a rate-limit token, authenticate afresh, send, read and parse.</summary>
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    private async ValueTask<PipelineReply<T>> SendOnceAsync<T>(PipelineRequest outgoing, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
    {
        if (_pacer is not null)
        {
            var waited = await _pacer.WaitTurnAsync(outgoing.Path, outgoing.Authenticator is not null, cancellationToken).ConfigureAwait(false);
            if (waited > TimeSpan.Zero)
            {
                Log.RateLimitWait(_logger, outgoing.Method.Method, outgoing.Path, waited.TotalMilliseconds);
                CoPrATelemetry.RateLimitWait.Record(waited.TotalSeconds, new KeyValuePair<string, object?>("http.request.method", outgoing.Method.Method), new KeyValuePair<string, object?>("server.address", BaseUri.Host));
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

        outgoing.Authenticator?.Authenticate(request, outgoing.Body);

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
                throw ApiRequestException.FromResponse(response.StatusCode, Encoding.UTF8.GetString(content), CollectHeaders(response), RetryAfter(response, _timeProvider.GetUtcNow()), truncated ? _maxErrorBodyBytes : null, outgoing.Path, _classify);
            }

            if (truncated)
            {
                throw new ApiRequestException(response.StatusCode, $"The response body is larger than MaxResponseBytes ({_maxResponseBytes} bytes) and was not read; raise {_optionsName}.MaxResponseBytes to accept it.", string.Empty, CollectHeaders(response));
            }

            // Most calls never read the headers: they are copied only for callers that do and
            // for the error a body without a value raises.
            T value = Parse(content, typeInfo, response);
            var headers = outgoing.KeepHeaders || value is null ? CollectHeaders(response) : ResponseHeaders.None;
            return new PipelineReply<T>(value, (int)response.StatusCode, headers, content);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            // Our own per-request timeout or HttpClient.Timeout fired, not the caller's token.
            throw new TimeoutException($"{outgoing.Method.Method} {outgoing.Path} timed out after {Stopwatch.GetElapsedTime(started).TotalSeconds:F1} s.", ex);
        }
    }

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
    /// A signed request must never reach another origin: the library's own handlers do not follow
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
            throw new ApiRequestException(response.StatusCode, $"The HttpClient followed a redirect to '{answered}'; CoPrA refuses answers from another address than the one it sent to. Give the client an HttpClient whose handler does not follow redirects.", string.Empty, CollectHeaders(response));
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

    /// <summary>A positive timeout, or none: null and <see cref="Timeout.InfiniteTimeSpan"/> both mean none.</summary>
    private static TimeSpan? CheckRequestTimeout(TimeSpan? requestTimeout, string paramName)
    {
        if (requestTimeout is not { } value || value == Timeout.InfiniteTimeSpan)
        {
            return null;
        }

        return value > TimeSpan.Zero && value.TotalMilliseconds <= int.MaxValue
            ? value
            : throw new ArgumentOutOfRangeException(paramName, value, $"RequestTimeout must be positive (at most {int.MaxValue} ms), Timeout.InfiniteTimeSpan or null, got {value}.");
    }

    /// <summary>A body cap from 1 byte to one under <see cref="Array.MaxLength"/> (one byte past the cap is read).</summary>
    private static int CheckBodyCap(int cap, string option, string paramName) =>
        cap is >= 1 && cap < Array.MaxLength
            ? cap
            : throw new ArgumentOutOfRangeException(paramName, cap, $"{option} must be from 1 to {Array.MaxLength - 1} bytes, got {cap}.");

    private static partial class Log
    {
        [LoggerMessage(EventId = 1, Level = LogLevel.Debug, Message = "{Method} {Path} answered {Status} in {ElapsedMs:F1} ms")]
        public static partial void Response(ILogger logger, string method, string path, int status, double elapsedMs);

        [LoggerMessage(EventId = 2, Level = LogLevel.Debug, Message = "{Method} {Path} waited {WaitMs:F0} ms for the client-side rate limit")]
        public static partial void RateLimitWait(ILogger logger, string method, string path, double waitMs);

        [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "Retrying {Method} {Path} in {DelayMs:F0} ms (retry {Attempt}): {Reason}")]
        public static partial void Retrying(ILogger logger, string method, string path, double delayMs, int attempt, string reason);
    }
}
