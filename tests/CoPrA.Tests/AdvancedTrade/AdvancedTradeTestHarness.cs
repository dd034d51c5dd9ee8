using System.Net;
using System.Text;
using System.Text.Json;
using CoPrA.AdvancedTrade;
using CoPrA.Rest;
using CoPrA.Tests.Rest;
using CoPrA.Tests.Support;
using RichardSzalay.MockHttp;

namespace CoPrA.Tests.AdvancedTrade;

/// <summary>Which CDP key, if any, the client under test signs with.</summary>
public enum TestKey
{
    /// <summary>No key: a client of public data.</summary>
    None,

    /// <summary>The official SDK's ECDSA P-256 test key (ES256).</summary>
    Ecdsa,

    /// <summary>The official SDK's Ed25519 test key (EdDSA).</summary>
    Ed25519,
}

/// <summary>
/// An <see cref="AdvancedTradeClient"/> on a MockHttp handler with a fixed clock, so every token's
/// times are known; records every request that reaches the handler, answered or not, and verifies
/// bearer JWTs independently of the library's signer.
/// </summary>
internal sealed class AdvancedTradeTestHarness : IDisposable
{
    public const string BaseUrl = AdvancedTradeClient.ProductionUrl;

    /// <summary>The fixed clock's reading in Unix seconds: every token's <c>nbf</c>.</summary>
    public const long NowSeconds = 1_700_000_000;

    private readonly List<SentRequest> _sent = [];
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(HttpMethod Method, string Path), Func<HttpRequestMessage, HttpResponseMessage>> _scripts = new();
    private readonly HttpClient _httpClient;

    public AdvancedTradeTestHarness(TestKey key = TestKey.Ecdsa, Action<AdvancedTradeClientOptions>? configure = null)
    {
        // An unexpected request is recorded and answered with an error no test mistakes for success.
        Mock.Fallback.Respond(async request =>
        {
            await RecordAsync(request);
            string message = JsonSerializer.Serialize($"No response set up for {request.Method} {request.RequestUri}");
            return new HttpResponseMessage(HttpStatusCode.NotImplemented)
            {
                Content = new StringContent("{\"error\":\"UNIMPLEMENTED\",\"message\": " + message + "}", Encoding.UTF8, "application/json"),
            };
        });
        _httpClient = new HttpClient(new ScriptedHandler(this) { InnerHandler = Mock });
        Key = key switch
        {
            TestKey.Ecdsa => CdpTestKeys.Ecdsa(),
            TestKey.Ed25519 => CdpTestKeys.Ed25519(),
            _ => null,
        };
        var options = new AdvancedTradeClientOptions
        {
            ApiKey = Key,
            TimeProvider = new FixedClock(DateTimeOffset.FromUnixTimeSeconds(NowSeconds)),

            // Wire-shape tests see each request exactly once; retries and pacing have their own tests.
            Retry = new RetryOptions { Enabled = false },
            RateLimits = new AdvancedTradeRateLimitOptions { Enabled = false },
        };
        configure?.Invoke(options);
        Client = new AdvancedTradeClient(options, _httpClient);
    }

    /// <summary>The key the client signs with, or null.</summary>
    public CdpApiKey? Key { get; }

    public MockHttpMessageHandler Mock { get; } = new();

    public AdvancedTradeClient Client { get; }

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

    /// <summary>Answers requests to <paramref name="path"/> (the full path; any query) with a body, status and headers.</summary>
    public MockedRequest Reply(HttpMethod method, string path, string body, HttpStatusCode status = HttpStatusCode.OK, (string Name, string Value)[]? headers = null) =>
        Mock.When(method, BaseUrl + path).Respond(async request =>
        {
            await RecordAsync(request);
            var response = new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
            foreach (var (name, value) in headers ?? [])
            {
                response.Headers.TryAddWithoutValidation(name, value);
            }

            return response;
        });

    /// <summary>
    /// Asserts exactly one request went out, with this method, path, query and body, and that it
    /// carries a valid token for its method and path (or none, on a client without a key).
    /// </summary>
    public SentRequest AssertSent(HttpMethod method, string pathAndQuery, string? body = null)
    {
        var request = Assert.Single(Sent);
        RestTestHarness.AssertRequest(request, method, pathAndQuery, body);
        if (Key is null)
        {
            Assert.Null(request.Header("Authorization"));
        }
        else
        {
            AssertJwt(request);
        }

        return request;
    }

    /// <summary>
    /// Verifies the request's bearer token with the key's public half and checks its header and
    /// claims exactly: kid and sub the key name, iss <c>cdp</c>, nbf now, exp 120 s later, a
    /// 64-hex-digit nonce, and <c>uri</c> the method, host and path sent, without the query.
    /// </summary>
    public VerifiedJwt AssertJwt(SentRequest request)
    {
        string? authorization = request.Header("Authorization");
        Assert.NotNull(authorization);
        Assert.StartsWith("Bearer ", authorization, StringComparison.Ordinal);
        var jwt = JwtAssert.Verify(authorization["Bearer ".Length..], Key!);
        Assert.Equal(Key!.Name, jwt.Header.GetProperty("kid").GetString());
        Assert.Matches("^[0-9a-f]{64}$", jwt.Header.GetProperty("nonce").GetString());
        string path = request.PathAndQuery.Split('?')[0];
        string expectedClaims = JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["sub"] = Key.Name,
            ["iss"] = "cdp",
            ["nbf"] = NowSeconds,
            ["exp"] = NowSeconds + 120,
            ["uri"] = $"{request.Method.Method} api.coinbase.com{path}",
        });
        Assert.Equal(expectedClaims, jwt.ClaimsJson);
        return jwt;
    }

    public void AssertNothingSent() => Assert.Empty(Sent);

    /// <summary>Asserts that a call fails with <typeparamref name="TException"/> naming <paramref name="paramName"/>, and sends nothing.</summary>
    public async Task<TException> AssertRejectedAsync<TException>(Func<AdvancedTradeClient, Task> call, string paramName)
        where TException : ArgumentException
    {
        var ex = await Assert.ThrowsAsync<TException>(() => call(Client));
        Assert.Equal(paramName, ex.ParamName);
        AssertNothingSent();
        return ex;
    }

    public void Dispose()
    {
        Client.Dispose();
        _httpClient.Dispose();
        Mock.Dispose();
    }

    /// <summary>
    /// Answers requests to <paramref name="path"/> (the full path; any query) with a script that may
    /// throw, to stand for a lost answer. Scripts run in front of MockHttp: an exception thrown inside
    /// a MockHttp response delegate does not reach the caller, whose HttpClient then waits out its
    /// whole timeout (100 s) instead.
    /// </summary>
    public void Script(HttpMethod method, string path, Func<HttpRequestMessage, HttpResponseMessage> answer) =>
        _scripts[(method, path)] = answer;

    /// <summary>Records a request a test's own handler received.</summary>
    public void Record(SentRequest sent)
    {
        lock (_sent)
        {
            _sent.Add(sent);
        }
    }

    private async Task RecordAsync(HttpRequestMessage request) => Record(await SentRequest.CaptureAsync(request));

    /// <summary>Runs a scripted answer when one is set for the request's method and path, else hands the request to MockHttp.</summary>
    private sealed class ScriptedHandler(AdvancedTradeTestHarness harness) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (!harness._scripts.TryGetValue((request.Method, request.RequestUri!.AbsolutePath), out var answer))
            {
                return await base.SendAsync(request, cancellationToken);
            }

            await harness.RecordAsync(request);
            return answer(request);
        }
    }
}
