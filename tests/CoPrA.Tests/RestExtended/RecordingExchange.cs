using System.Net;
using System.Text;
using CoPrA.Rest;
using RichardSzalay.MockHttp;

namespace CoPrA.Tests.RestExtended;

/// <summary>One request as it went on the wire.</summary>
internal sealed record RecordedRequest(string Method, string Path, string Query, string? Body, string? ContentType, IReadOnlyDictionary<string, string> Headers)
{
    public string PathAndQuery => Query.Length == 0 ? Path : Path + "?" + Query;

    /// <summary>The value of one query parameter, or null.</summary>
    public string? QueryValue(string key) =>
        Query.Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .Where(parts => parts[0] == key)
            .Select(parts => parts.Length > 1 ? Uri.UnescapeDataString(parts[1]) : "")
            .FirstOrDefault();
}

/// <summary>
/// A mocked exchange (MockHttp) that records every request and answers through a responder.
/// Its clients send no <c>no-cache</c> parameter, so queries compare exactly.
/// </summary>
internal sealed class RecordingExchange : IDisposable
{
    /// <summary>A well-formed test secret (the canonical form of exchange-api.md's vector A).</summary>
    public const string Secret = "aVGe54dHHYUSudB3sJdcQx4BfQ6K5oVdcYv4eRtDN6fBHEQf5Go6BACew4G0iFjfLKJHmWY5ZEwlqxdslop4CA==";

    private readonly MockHttpMessageHandler _handler = new();
    private readonly HttpClient _http;
    private readonly List<RecordedRequest> _requests = [];
    private readonly Lock _gate = new();

    /// <summary>Answers every request with one JSON body.</summary>
    public RecordingExchange(string json = "{}")
        : this(_ => Json(json))
    {
    }

    /// <summary>Answers each request with what <paramref name="respond"/> returns for it.</summary>
    public RecordingExchange(Func<RecordedRequest, HttpResponseMessage> respond)
    {
        _handler.When("*").Respond(async request =>
        {
            var recorded = await RecordAsync(request).ConfigureAwait(false);
            lock (_gate)
            {
                _requests.Add(recorded);
            }

            return respond(recorded);
        });
        _http = new HttpClient(_handler);
        Credentials = new Credentials("test-key", Secret, "test-passphrase");
        Client = new RestClient(new RestClientOptions { BaseUrl = "https://exchange.test", Credentials = Credentials, NoCache = false, Retry = new RetryOptions { Enabled = false } }, _http);
        PublicClient = new RestClient(new RestClientOptions { BaseUrl = "https://exchange.test", NoCache = false, Retry = new RetryOptions { Enabled = false } }, _http);
    }

    public Credentials Credentials { get; }

    /// <summary>A client with credentials.</summary>
    public RestClient Client { get; }

    /// <summary>A client of public data only.</summary>
    public RestClient PublicClient { get; }

    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (_gate)
            {
                return [.. _requests];
            }
        }
    }

    public static HttpResponseMessage Json(string json, HttpStatusCode status = HttpStatusCode.OK, params (string Name, string Value)[] headers)
    {
        var response = new HttpResponseMessage(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        foreach (var (name, value) in headers)
        {
            response.Headers.TryAddWithoutValidation(name, value);
        }

        return response;
    }

    public void Dispose()
    {
        Client.Dispose();
        PublicClient.Dispose();
        _http.Dispose();
        _handler.Dispose();
    }

    private static async Task<RecordedRequest> RecordAsync(HttpRequestMessage request)
    {
        string? body = request.Content is null ? null : await request.Content.ReadAsStringAsync().ConfigureAwait(false);
        var headers = request.Headers.ToDictionary(header => header.Key, header => string.Join(",", header.Value), StringComparer.OrdinalIgnoreCase);
        string pathAndQuery = request.RequestUri!.PathAndQuery;
        int question = pathAndQuery.IndexOf('?', StringComparison.Ordinal);
        return new RecordedRequest(
            request.Method.Method,
            question < 0 ? pathAndQuery : pathAndQuery[..question],
            question < 0 ? "" : pathAndQuery[(question + 1)..],
            body,
            request.Content?.Headers.ContentType?.MediaType,
            headers);
    }
}
