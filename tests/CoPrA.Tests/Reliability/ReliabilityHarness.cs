using System.Net;
using CoPrA.Rest;
using RichardSzalay.MockHttp;

namespace CoPrA.Tests.Reliability;

/// <summary>A RestClient on MockHttp with fast retries and no pacing unless a test asks for them.</summary>
internal static class ReliabilityHarness
{
    public const string BaseUrl = "https://api.test.local";
    public const string Secret = "aVGe54dHHYUSudB3sJdcQx4BfQ6K5oVdcYv4eRtDN6fBHEQf5Go6BACew4G0iFjfLKJHmWY5ZEwlqxdslop4CA==";

    public static RestClientOptions Options(bool signed = false, Action<RestClientOptions>? configure = null)
    {
        var options = new RestClientOptions
        {
            BaseUrl = BaseUrl,
            Credentials = signed ? new Credentials("key", Secret, "passphrase") : null,
            Retry = new RetryOptions { BaseDelay = TimeSpan.FromMilliseconds(1), MaxDelay = TimeSpan.FromMilliseconds(50), MaxRetries = 3 },
            RateLimits = new RateLimitOptions { Enabled = false },
        };
        configure?.Invoke(options);
        return options;
    }

    public static HttpResponseMessage Json(HttpStatusCode status, string json) =>
        new(status) { Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json") };

    /// <summary>A handler that answers each request with the next response in the list, counting calls.</summary>
    public sealed class Sequence(params Func<HttpRequestMessage, HttpResponseMessage>[] responses) : HttpMessageHandler
    {
        private int _calls;

        public int Calls => Volatile.Read(ref _calls);

        public List<HttpRequestMessage> Requests { get; } = [];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            int index = Interlocked.Increment(ref _calls) - 1;
            lock (Requests)
            {
                Requests.Add(request);
            }

            if (index >= responses.Length)
            {
                throw new InvalidOperationException($"Unexpected request #{index + 1}: {request.Method} {request.RequestUri}");
            }

            return Task.FromResult(responses[index](request));
        }
    }

    public static MockHttpMessageHandler Mock() => new(BackendDefinitionBehavior.Always);
}
