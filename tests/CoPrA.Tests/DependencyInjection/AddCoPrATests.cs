using System.Net;
using CoPrA.Rest;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using RichardSzalay.MockHttp;

namespace CoPrA.Tests.DependencyInjection;

public class AddCoPrATests
{
    private const string Secret = "aVGe54dHHYUSudB3sJdcQx4BfQ6K5oVdcYv4eRtDN6fBHEQf5Go6BACew4G0iFjfLKJHmWY5ZEwlqxdslop4CA==";

    private static IConfiguration Configuration(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();

    [Fact]
    public void Options_bind_from_configuration_and_give_an_authenticated_client()
    {
        var configuration = Configuration(
            ("CoPrA:BaseUrl", "https://api-public.sandbox.exchange.coinbase.com"),
            ("CoPrA:ApiKey", "key"),
            ("CoPrA:ApiSecret", Secret),
            ("CoPrA:ApiPassphrase", "pass"),
            ("CoPrA:Retry:MaxRetries", "5"));
        var services = new ServiceCollection();
        services.AddCoPrA(options => configuration.GetSection("CoPrA").Bind(options));
        using var provider = services.BuildServiceProvider();

        var client = provider.GetRequiredService<RestClient>();

        Assert.Equal(RestClient.SandboxUrl, client.BaseUrl);
        Assert.True(client.IsAuthenticated);
        Assert.Equal("key", client.Signer!.Credentials.Key);
    }

    [Fact]
    public void Feed_client_options_come_from_the_same_settings()
    {
        var services = new ServiceCollection();
        services.AddCoPrA(options =>
        {
            options.FeedUrl = CoPrA.WebSocket.WebSocketClient.SandboxFeedUrl;
            options.ApiKey = "key";
            options.ApiSecret = Secret;
            options.ApiPassphrase = "pass";
            options.AutoReconnect = false;
        });
        using var provider = services.BuildServiceProvider();

        var feedOptions = provider.GetRequiredService<CoPrA.WebSocket.WebSocketClientOptions>();

        Assert.Equal(CoPrA.WebSocket.WebSocketClient.SandboxFeedUrl, feedOptions.FeedUrl);
        Assert.Equal("key", feedOptions.Credentials!.Key);
        Assert.False(feedOptions.AutoReconnect);
        Assert.NotSame(feedOptions, provider.GetRequiredService<CoPrA.WebSocket.WebSocketClientOptions>());
    }

    [Fact]
    public void Without_key_parts_the_client_is_public_only()
    {
        var services = new ServiceCollection();
        services.AddCoPrA();
        using var provider = services.BuildServiceProvider();

        var client = provider.GetRequiredService<RestClient>();

        Assert.Equal(RestClient.ProductionUrl, client.BaseUrl);
        Assert.False(client.IsAuthenticated);
    }

    [Fact]
    public void Some_key_parts_without_the_others_are_refused_without_echoing_them()
    {
        var services = new ServiceCollection();
        services.AddCoPrA(options => { options.ApiKey = "key"; options.ApiSecret = Secret; });
        using var provider = services.BuildServiceProvider();

        var ex = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<RestClient>());

        Assert.Contains("ApiPassphrase", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Requests_go_through_the_factorys_handler_pipeline()
    {
        using var mock = new MockHttpMessageHandler();
        mock.When(HttpMethod.Get, "https://api.test.local/products")
            .Respond("application/json", """[{"id":"BTC-USD","base_currency":"BTC","quote_currency":"USD"}]""");
        var seen = new List<string>();
        var services = new ServiceCollection();
        services.AddCoPrA(options => options.BaseUrl = "https://api.test.local")
            .ConfigurePrimaryHttpMessageHandler(() => mock)
            .AddHttpMessageHandler(() => new Spy(seen));
        using var provider = services.BuildServiceProvider();

        var products = await provider.GetRequiredService<RestClient>().ProductsAsync();

        Assert.Equal("BTC-USD", Assert.Single(products).Id);
        Assert.Single(seen);
        Assert.StartsWith("/products?no-cache=", seen[0], StringComparison.Ordinal);
    }

    private sealed class Spy(List<string> seen) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            seen.Add(request.RequestUri!.PathAndQuery);
            return base.SendAsync(request, cancellationToken);
        }
    }
}
