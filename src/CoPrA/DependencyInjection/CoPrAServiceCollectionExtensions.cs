using CoPrA;
using CoPrA.Http;
using CoPrA.Rest;
using CoPrA.WebSocket;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers CoPrA's clients with a service collection.</summary>
public static class CoPrAServiceCollectionExtensions
{
    /// <summary>The name of the HttpClient the factory hands to <see cref="RestClient"/>.</summary>
    public const string HttpClientName = "CoPrA.Rest";

    /// <summary>
    /// Registers <see cref="RestClient"/> as a typed client through IHttpClientFactory (so
    /// handlers are pooled and rotated by the factory), <see cref="WebSocketClientOptions"/> for
    /// building feed clients (<c>new MyFeed(channels, provider.GetRequiredService&lt;WebSocketClientOptions&gt;())</c>),
    /// <see cref="CoPrAOptions"/> for the options pattern, and one <see cref="CoinbaseSession"/>
    /// (a singleton, unless one is registered already) that every resolved client and feed option
    /// carries, so that they share one signer, clock offset and set of rate-limit buckets. The
    /// returned builder can add message handlers to the REST client's HttpClient.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options, for example by binding a configuration section.</param>
    public static IHttpClientBuilder AddCoPrA(this IServiceCollection services, Action<CoPrAOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<CoPrAOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        // One session for the key: clients are transient, the buckets and clock offset must not be.
        services.TryAddSingleton(provider =>
        {
            var settings = provider.GetRequiredService<IOptions<CoPrAOptions>>().Value;
            return new CoinbaseSession(settings.ToCredentials(), settings.RateLimits, provider.GetService<TimeProvider>());
        });

        // Transient: each feed client gets options of its own, with a logger named for it.
        services.AddTransient(provider =>
        {
            var feed = provider.GetRequiredService<IOptions<CoPrAOptions>>().Value.ToWebSocketClientOptions(
                provider.GetService<TimeProvider>(),
                provider.GetService<ILoggerFactory>()?.CreateLogger<WebSocketClient>());
            feed.Session = provider.GetRequiredService<CoinbaseSession>();
            return feed;
        });

        return services
            .AddHttpClient(HttpClientName)
            .ConfigureHttpClient((provider, http) => http.Timeout = provider.GetRequiredService<IOptions<CoPrAOptions>>().Value.Timeout)
            // Never follows redirects, which would carry the signed headers to another host.
            .ConfigurePrimaryHttpMessageHandler(HttpPipeline.CreatePrimaryHandler)
            // The factory's request logging must never show the key, signature or passphrase.
            .RedactLoggedHeaders(name => name.StartsWith("CB-ACCESS-", StringComparison.OrdinalIgnoreCase) || name.Equals("Authorization", StringComparison.OrdinalIgnoreCase))
            .AddTypedClient((http, provider) =>
            {
                var settings = provider.GetRequiredService<IOptions<CoPrAOptions>>().Value;
                var logger = provider.GetService<ILoggerFactory>()?.CreateLogger<RestClient>();
                var options = settings.ToRestClientOptions(provider.GetService<TimeProvider>(), logger);
                options.Session = provider.GetRequiredService<CoinbaseSession>();
                return new RestClient(options, http);
            });
    }
}
