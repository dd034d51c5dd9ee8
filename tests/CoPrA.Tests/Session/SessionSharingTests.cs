using System.Net;
using CoPrA.Rest;
using CoPrA.Tests.Support;
using CoPrA.Tests.WebSocket.Support;
using CoPrA.WebSocket;
using Microsoft.Extensions.DependencyInjection;
using static CoPrA.Tests.Reliability.ReliabilityHarness;

namespace CoPrA.Tests.Session;

/// <summary>Clients resolved from one container share one session: one set of rate-limit buckets, one clock offset.</summary>
public class SessionSharingTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);
    private static readonly DateTimeOffset LocalNow = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset ServerNow = LocalNow.AddMinutes(10);

    private static ServiceProvider Container(ManualClock clock, HttpMessageHandler handler, Action<CoPrAOptions>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(clock);
        services.AddCoPrA(o =>
        {
            o.BaseUrl = BaseUrl;
            o.ApiKey = "key";
            o.ApiSecret = Secret;
            o.ApiPassphrase = "passphrase";
            configure?.Invoke(o);
        }).ConfigurePrimaryHttpMessageHandler(() => handler);
        return services.BuildServiceProvider();
    }

    [Fact]
    public async Task Six_GETs_across_two_resolved_clients_at_2_per_second_take_2_5_seconds()
    {
        var clock = new ManualClock(LocalNow);
        var handler = new Sequence(Enumerable.Repeat<Func<HttpRequestMessage, HttpResponseMessage>>(_ => Json(HttpStatusCode.OK, "[]"), 6).ToArray());
        using var provider = Container(clock, handler, o => o.RateLimits = new RateLimitOptions { Public = new RateLimit(2, 1) });
        var a = provider.GetRequiredService<RestClient>();
        var b = provider.GetRequiredService<RestClient>();

        await a.ProductsAsync().WaitAsync(Patience);
        var queued = new[] { b, a, b, a, b }.Select(client => client.ProductsAsync()).ToList();
        await clock.WaitForPendingTimersAsync(5).WaitAsync(Patience);

        // One bucket for both clients: the nth request waits (n - 1) / 2 s. With a bucket each, the
        // last would have gone at 1 s.
        clock.Advance(TimeSpan.FromSeconds(2.4));
        await Task.WhenAll(queued.Take(4)).WaitAsync(Patience);
        Assert.False(queued[4].IsCompleted, "the sixth GET must wait 2.5 s for the shared bucket");
        Assert.Equal(5, handler.Calls);

        clock.Advance(TimeSpan.FromSeconds(0.1));
        await queued[4].WaitAsync(Patience);
        Assert.Equal(6, handler.Calls);
    }

    [Fact]
    public async Task A_clock_synchronised_by_one_resolved_client_signs_for_the_others_and_the_feed()
    {
        var clock = new ManualClock(LocalNow);
        string serverTime = $$"""{"iso":"{{ServerNow:yyyy-MM-ddTHH:mm:ss.fffZ}}","epoch":{{ServerNow.ToUnixTimeMilliseconds() / 1000m}}}""";
        var handler = new Sequence(_ => Json(HttpStatusCode.OK, serverTime), _ => Json(HttpStatusCode.OK, "[]"));
        await using var server = await ScriptedFeedServer.StartAsync();
        using var provider = Container(clock, handler, o =>
        {
            o.FeedUrl = server.Url.ToString();
            o.FeedIdleTimeout = Timeout.InfiniteTimeSpan;
        });

        await provider.GetRequiredService<RestClient>().SyncTimeAsync().WaitAsync(Patience);
        await provider.GetRequiredService<RestClient>().AccountsAsync().WaitAsync(Patience);
        await using var feed = new RecordingClient([new Channel("user", "BTC-USD")], provider.GetRequiredService<WebSocketClientOptions>());
        var connection = await FeedTest.ConnectAsync(feed, server);
        var subscribe = await connection.NextFrameAsync();

        string expected = CoinbaseSigner.FormatTimestamp(ServerNow);
        Assert.Equal(expected, handler.Requests[1].Headers.GetValues("CB-ACCESS-TIMESTAMP").Single());
        Assert.Equal(expected, subscribe.GetProperty("timestamp").GetString());
    }

    [Fact]
    public async Task Every_resolved_client_and_feed_option_carries_the_one_registered_session()
    {
        var clock = new ManualClock(LocalNow);
        using var provider = Container(clock, new Sequence());
        var a = provider.GetRequiredService<RestClient>();
        var b = provider.GetRequiredService<RestClient>();
        await using var feed = new WebSocketClient([], provider.GetRequiredService<WebSocketClientOptions>());
        var session = provider.GetRequiredService<CoinbaseSession>();

        Assert.NotSame(a, b);
        Assert.Same(session, a.Session);
        Assert.Same(session, b.Session);
        Assert.Same(session, feed.Session);
        Assert.Same(a.Signer, b.Signer);
        Assert.True(session.IsAuthenticated);
        Assert.Same(clock, session.TimeProvider);
    }

    [Fact]
    public async Task Clients_made_by_hand_share_a_session_given_in_their_options()
    {
        var clock = new ManualClock(LocalNow);
        var session = new CoinbaseSession(new Credentials("key", Secret, "passphrase"), new RateLimitOptions { Enabled = false }, clock);
        string serverTime = $$"""{"iso":"{{ServerNow:yyyy-MM-ddTHH:mm:ss.fffZ}}","epoch":{{ServerNow.ToUnixTimeMilliseconds() / 1000m}}}""";
        var handler = new Sequence(_ => Json(HttpStatusCode.OK, serverTime), _ => Json(HttpStatusCode.OK, "[]"));
        using var first = new RestClient(new RestClientOptions { BaseUrl = BaseUrl, Session = session }, new HttpClient(handler));
        using var second = new RestClient(new RestClientOptions { BaseUrl = BaseUrl, Session = session }, new HttpClient(handler));

        var offset = await first.SyncTimeAsync().WaitAsync(Patience);
        await second.AccountsAsync().WaitAsync(Patience);

        Assert.Equal(TimeSpan.FromMinutes(10), offset);
        Assert.Equal(offset, session.ClockOffset);
        Assert.Equal(CoinbaseSigner.FormatTimestamp(ServerNow), handler.Requests[1].Headers.GetValues("CB-ACCESS-TIMESTAMP").Single());
    }

    [Fact]
    public void Options_that_disagree_with_the_session_are_refused_naming_the_option()
    {
        var clock = new ManualClock(LocalNow);
        var credentials = new Credentials("key", Secret, "passphrase");
        var session = new CoinbaseSession(credentials, timeProvider: clock);

        string Refusal(Action make) => Assert.Throws<ArgumentException>(make).Message;

        Assert.Contains("RestClientOptions.Credentials", Refusal(() => new RestClient(new RestClientOptions { Session = session, Credentials = new Credentials("other", Secret, "passphrase") })), StringComparison.Ordinal);
        Assert.Contains("RestClientOptions.RateLimits", Refusal(() => new RestClient(new RestClientOptions { Session = session, RateLimits = new RateLimitOptions { Enabled = false } })), StringComparison.Ordinal);
        Assert.Contains("RestClientOptions.TimeProvider", Refusal(() => new RestClient(new RestClientOptions { Session = session, TimeProvider = TimeProvider.System })), StringComparison.Ordinal);
        Assert.Contains("WebSocketClientOptions.Credentials", Refusal(() => new WebSocketClient([], new WebSocketClientOptions { Session = session, Credentials = new Credentials("key", Secret, "other") })), StringComparison.Ordinal);
        Assert.Equal("options", Assert.Throws<ArgumentException>(() => new WebSocketClient([], new WebSocketClientOptions { Session = session, TimeProvider = TimeProvider.System })).ParamName);

        // Equal credentials, the default limits and the session's own clock agree.
        using var agreeing = new RestClient(new RestClientOptions { Session = session, Credentials = new Credentials("key", Secret, "passphrase"), TimeProvider = clock });
        Assert.Same(session, agreeing.Session);
    }

    [Fact]
    public void A_session_with_credentials_is_refused_on_a_plain_text_host_like_credentials()
    {
        var session = new CoinbaseSession(new Credentials("key", Secret, "passphrase"));

        Assert.Equal("options", Assert.Throws<ArgumentException>(() => new RestClient(new RestClientOptions { BaseUrl = "http://api.example.com", Session = session })).ParamName);
        Assert.Equal("options", Assert.Throws<ArgumentException>(() => new WebSocketClient([], new WebSocketClientOptions { FeedUrl = "ws://feed.example.com", Session = session })).ParamName);
    }
}
