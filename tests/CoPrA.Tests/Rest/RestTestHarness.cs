using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CoPrA.Rest;
using Microsoft.Extensions.Logging;
using RichardSzalay.MockHttp;

using CoPrA.Tests.Support;

namespace CoPrA.Tests.Rest;

/// <summary>One request as the mock handler received it, copied while it was still alive.</summary>
/// <param name="Method">HTTP method.</param>
/// <param name="PathAndQuery">The request line's path and query, exactly as sent.</param>
/// <param name="Body">The body text, or null when the request had no content.</param>
/// <param name="ContentType">The content's media type, or null.</param>
/// <param name="Headers">Request headers (not content headers), names case-insensitive.</param>
internal sealed record SentRequest(HttpMethod Method, string PathAndQuery, string? Body, string? ContentType, IReadOnlyDictionary<string, string> Headers)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    /// <summary>Copies what a handler received, while the request is still alive.</summary>
    public static async Task<SentRequest> CaptureAsync(HttpRequestMessage request)
    {
        string? body = request.Content is null ? null : await request.Content.ReadAsStringAsync();
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, values) in request.Headers.NonValidated)
        {
            headers[name] = values.ToString();
        }

        return new SentRequest(request.Method, request.RequestUri!.PathAndQuery, body, request.Content?.Headers.ContentType?.MediaType, headers);
    }
}

/// <summary>
/// A RestClient on a MockHttp handler with a fixed clock, so the no-cache value and the signature
/// timestamp are known; records every request that reaches the handler, answered or not.
/// </summary>
internal sealed class RestTestHarness : IDisposable
{
    public const string BaseUrl = RestClient.ProductionUrl;
    public const string Key = "b5e3c2a1d4f6a7b8c9d0e1f2a3b4c5d6";
    public const string Secret = "kv+3DPw2yHWQWkDsmpN4uXWtgtuBrFFLu7zRk9gipjdrFpUjwZ0mK6KzGAPFpxOjDLdna20xozy+9fqRU5zJZQ==";
    public const string Passphrase = "correct horse battery";

    /// <summary>The fixed clock's reading, as Unix seconds with milliseconds.</summary>
    public const string Timestamp = "1700000000.250";

    /// <summary>The no-cache parameter every GET ends with under the fixed clock.</summary>
    public const string NoCache = "no-cache=" + Timestamp;

    public static readonly DateTimeOffset Now = DateTimeOffset.FromUnixTimeMilliseconds(1_700_000_000_250);

    private readonly List<SentRequest> _sent = [];
    private readonly HttpClient _httpClient;
    private readonly string _baseUrl;

    private RestTestHarness(bool authenticated, bool noCache, string baseUrl, ILogger? logger)
    {
        // An unexpected request is recorded and answered with an error no test mistakes for success.
        Mock.Fallback.Respond(async request =>
        {
            await RecordAsync(request);
            string message = JsonSerializer.Serialize($"No response set up for {request.Method} {request.RequestUri}");
            return new HttpResponseMessage(HttpStatusCode.NotImplemented)
            {
                Content = new StringContent("{\"message\": " + message + "}", Encoding.UTF8, "application/json"),
            };
        });
        _httpClient = Mock.ToHttpClient();
        _baseUrl = baseUrl.TrimEnd('/');
        var options = new RestClientOptions
        {
            BaseUrl = baseUrl,
            NoCache = noCache,
            TimeProvider = Clock,
            Logger = logger,
            Credentials = authenticated ? new Credentials(Key, Secret, Passphrase) : null,

            // Wire-shape tests see each request exactly once; retries and pacing have their own tests.
            Retry = new RetryOptions { Enabled = false },
            RateLimits = new RateLimitOptions { Enabled = false },
        };
        Client = new RestClient(options, _httpClient);
    }

    /// <summary>A clock that always reads <see cref="Now"/>.</summary>
    public static TimeProvider Clock { get; } = new FixedClock(Now);

    public MockHttpMessageHandler Mock { get; } = new();

    public RestClient Client { get; }

    /// <summary>The HttpClient the RestClient was given (it must not dispose it).</summary>
    public HttpClient HttpClient => _httpClient;

    public IReadOnlyList<SentRequest> Sent
    {
        get
        {
            lock (_sent)
            {
                return [.. _sent];
            }
        }
    }

    /// <summary>A client with credentials; public methods must still go unsigned.</summary>
    public static RestTestHarness Authenticated(bool noCache = true, string baseUrl = BaseUrl, ILogger? logger = null) => new(true, noCache, baseUrl, logger);

    /// <summary>A client of public data only.</summary>
    public static RestTestHarness Anonymous(bool noCache = true) => new(false, noCache, BaseUrl, null);

    /// <summary>Answers requests to <paramref name="path"/> under the client's base URL (any query) with a body, status and headers.</summary>
    public MockedRequest Reply(
        HttpMethod method,
        string path,
        string body,
        HttpStatusCode status = HttpStatusCode.OK,
        string mediaType = "application/json",
        (string Name, string Value)[]? headers = null) =>
        Answer(method, path, () => body, status, mediaType, headers);

    /// <summary>Like <see cref="Reply"/> with a 200, but answers with each body in turn, and with the last one from then on.</summary>
    public MockedRequest ReplyInTurn(HttpMethod method, string path, (string Name, string Value)[]? headers, params string[] bodies)
    {
        int calls = 0;
        return Answer(method, path, () => bodies[Math.Min(Interlocked.Increment(ref calls), bodies.Length) - 1], HttpStatusCode.OK, "application/json", headers);
    }

    private MockedRequest Answer(HttpMethod method, string path, Func<string> body, HttpStatusCode status, string mediaType, (string Name, string Value)[]? headers) =>
        Mock.When(method, _baseUrl + path).Respond(async request =>
        {
            await RecordAsync(request);
            var response = new HttpResponseMessage(status) { Content = new StringContent(body(), Encoding.UTF8, mediaType) };
            foreach (var (name, value) in headers ?? [])
            {
                if (!response.Headers.TryAddWithoutValidation(name, value))
                {
                    response.Content.Headers.TryAddWithoutValidation(name, value);
                }
            }

            return response;
        });

    /// <summary>Asserts exactly one request went out, with this method, path, query and body, and the common headers.</summary>
    public SentRequest AssertSent(HttpMethod method, string pathAndQuery, string? body = null)
    {
        var request = Assert.Single(Sent);
        AssertRequest(request, method, pathAndQuery, body);
        return request;
    }

    /// <summary>
    /// Like <see cref="AssertSent"/> for an order placement the caller gave no client_oid: the body
    /// carries a generated UUID v4 client_oid, and is otherwise <paramref name="body"/>.
    /// </summary>
    public SentRequest AssertSentOrder(string pathAndQuery, string body)
    {
        var request = Assert.Single(Sent);
        AssertRequest(request with { Body = WithoutGeneratedClientOid(request) }, HttpMethod.Post, pathAndQuery, body);
        return request;
    }

    /// <summary>The client_oid a placement sent, asserted to be a lowercase UUID v4.</summary>
    public static string GeneratedClientOid(SentRequest request)
    {
        using var document = JsonDocument.Parse(request.Body!);
        string clientOid = document.RootElement.GetProperty("client_oid").GetString()!;
        Assert.Matches("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$", clientOid);
        return clientOid;
    }

    /// <summary>A placement's body with its generated client_oid (asserted a UUID v4) left out.</summary>
    public static string WithoutGeneratedClientOid(SentRequest request) =>
        request.Body!.Replace($",\"client_oid\":\"{GeneratedClientOid(request)}\"", "", StringComparison.Ordinal);

    /// <summary>Asserts one recorded request's method, path, query, body, content type and user agent.</summary>
    public static void AssertRequest(SentRequest request, HttpMethod method, string pathAndQuery, string? body = null)
    {
        Assert.Equal(method, request.Method);
        Assert.Equal(pathAndQuery, request.PathAndQuery);
        Assert.Equal(body, request.Body);
        Assert.Equal(body is null ? null : "application/json", request.ContentType);
        Assert.StartsWith("CoPrA.NET/", request.Header("User-Agent"), StringComparison.Ordinal);
    }

    public void AssertNothingSent() => Assert.Empty(Sent);

    /// <summary>
    /// Asserts the four CB-ACCESS headers, recomputing the signature independently from what was
    /// sent: timestamp + METHOD + path and query + body.
    /// </summary>
    public static void AssertSigned(SentRequest request)
    {
        Assert.Equal(Key, request.Header("CB-ACCESS-KEY"));
        Assert.Equal(Passphrase, request.Header("CB-ACCESS-PASSPHRASE"));
        Assert.Equal(Timestamp, request.Header("CB-ACCESS-TIMESTAMP"));
        Assert.Equal(
            ExpectedSignature(Secret, Timestamp, request.Method.Method, request.PathAndQuery, request.Body ?? ""),
            request.Header("CB-ACCESS-SIGN"));
    }

    public static void AssertUnsigned(SentRequest request) =>
        Assert.DoesNotContain(request.Headers.Keys, name => name.StartsWith("CB-ACCESS", StringComparison.OrdinalIgnoreCase));

    /// <summary>The Coinbase signature computed here, independently of the library's signer.</summary>
    public static string ExpectedSignature(string secret, string timestamp, string method, string pathAndQuery, string body)
    {
        byte[] prehash = Encoding.UTF8.GetBytes(timestamp + method + pathAndQuery + body);
        return Convert.ToBase64String(HMACSHA256.HashData(Convert.FromBase64String(secret), prehash));
    }

    /// <summary>
    /// Asserts that a call fails with exactly <typeparamref name="TException"/> naming
    /// <paramref name="paramName"/>, with CoPrA's <paramref name="message"/> when given, and sends nothing.
    /// </summary>
    public async Task<TException> AssertRejectedAsync<TException>(Func<RestClient, Task> call, string paramName, string? message = null)
        where TException : ArgumentException
    {
        var ex = await Assert.ThrowsAsync<TException>(() => call(Client));
        Assert.Equal(paramName, ex.ParamName);
        if (message is not null)
        {
            Assert.StartsWith($"{message} (Parameter '{paramName}')", ex.Message, StringComparison.Ordinal);
        }

        AssertNothingSent();
        return ex;
    }

    public void Dispose()
    {
        Client.Dispose();
        _httpClient.Dispose();
        Mock.Dispose();
    }

    private async Task RecordAsync(HttpRequestMessage request)
    {
        var sent = await SentRequest.CaptureAsync(request);
        lock (_sent)
        {
            _sent.Add(sent);
        }
    }
}
