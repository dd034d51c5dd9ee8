using System.Net;
using CoPrA.Sandbox;
using CoPrA.Tests.Support;
using CoPrA.WebSocket;
using Channel = CoPrA.WebSocket.Channel;

namespace CoPrA.Tests.Faults;

/// <summary>
/// Feed drops during heavy traffic (the sandbox streaming tickers as fast as the client takes
/// them): the client reconnects with backoff, resubscribes to the same channels and keeps
/// delivering; messages lost while it was away are reported as gaps where the feed numbers them,
/// and what a slow reader misses is counted, never silently lost.
/// </summary>
[Collection(FaultCollection.Name)]
public class FeedDropFaultTests(FaultSandboxFixture fixture) : IAsyncLifetime
{
    private const string Watched = "BTC-USD";

    /// <summary>The product whose book the gap test shapes; no other fault test looks at it.</summary>
    private const string Traded = "ETH-BTC";
    private const int Flood = 1_000_000;
    private static readonly TimeSpan Patience = FaultSandboxFixture.Patience;

    private SandboxControls Controls => fixture.Controls;

    public async Task InitializeAsync()
    {
        await fixture.ResetAsync();
        await Controls.WaitForFeedConnectionsAsync(0).WaitAsync(Patience);
    }

    public async Task DisposeAsync()
    {
        Controls.RefuseNextHandshakes(0);
        Controls.ClearBook(Traded);
        await Controls.WaitForFeedConnectionsAsync(0).WaitAsync(Patience);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_connection_lost_mid_flood_is_replaced_resubscribed_and_delivers_again(bool closeFrame)
    {
        await using var probe = Probe([new Channel("heartbeat", Watched), new Channel("ticker", "ETH-USD")]);
        var first = await ConnectAsync(probe);
        var flood = Controls.StreamMessagesAsync(Flood, FeedProbe.StreamProduct);
        await probe.WaitForStreamedAsync(20_000).WaitAsync(Patience);

        var second = await DropAsync(closeFrame);
        await flood.WaitAsync(Patience);

        Assert.Equal(closeFrame ? (true, 1001) : (false, (int?)null), await probe.Closes.Reader.ReadAsync().AsTask().WaitAsync(Patience));
        Assert.Equal(Describe(first), Describe(second));
        long beforeSecondStream = probe.Streamed;
        Assert.InRange(beforeSecondStream, 20_000, Flood - 1);            // the flood really was cut short

        await Controls.StreamMessagesAsync(10_000, FeedProbe.StreamProduct).WaitAsync(Patience);
        await probe.WaitForStreamedAsync(beforeSecondStream + 10_000).WaitAsync(Patience);

        Assert.Equal(10_000, probe.LastStreamSequence);
        Assert.Equal(2, probe.Opens);                                      // OnOpenAsync runs before the new connection's first message
        Assert.Equal(0, probe.OutOfOrder);                                 // no hole and no repeat on either connection
        Assert.True(probe.IsConnected);
    }

    [Fact]
    public async Task Refused_handshakes_after_a_drop_are_retried_with_doubling_delays_until_one_is_accepted()
    {
        var log = new CapturingLoggerProvider();
        await using var probe = Probe([new Channel("heartbeat", Watched)], options => options.Logger = log);
        await ConnectAsync(probe);
        var flood = Controls.StreamMessagesAsync(Flood, FeedProbe.StreamProduct);
        await probe.WaitForStreamedAsync(10_000).WaitAsync(Patience);
        long handshakes = Controls.FeedHandshakeCount;

        Controls.RefuseNextHandshakes(3, HttpStatusCode.ServiceUnavailable);
        await DropAsync(closeFrame: false);
        await flood.WaitAsync(Patience);

        Assert.Equal(handshakes + 1, Controls.FeedHandshakeCount);        // three refused, then one accepted
        var delays = log.Entries.Where(entry => entry.Contains("reconnecting", StringComparison.Ordinal))
            .Select(entry => entry.Split("DelayMs=")[1].Split(',')[0]).ToList();
        Assert.Equal(["50", "100", "200", "400"], delays);

        long before = probe.Streamed;
        await Controls.StreamMessagesAsync(1_000, FeedProbe.StreamProduct).WaitAsync(Patience);
        await probe.WaitForStreamedAsync(before + 1_000).WaitAsync(Patience);
    }

    [Fact]
    public async Task Full_channel_messages_missed_while_disconnected_are_reported_as_a_gap_and_the_book_has_them()
    {
        await using var probe = Probe([new Channel("full", Traded), new Channel("heartbeat", Watched)], options => options.Credentials = fixture.Sandbox.Credentials);
        await ConnectAsync(probe);
        string seen = Controls.PlaceCounterpartyLimitOrder(Traded, Side.Buy, 0.01m, 1m);
        var lastSeen = await probe.NextAsync<OpenMessage>(open => open.OrderId == seen);

        // Keep the client out while two orders rest: four sequence numbers it never gets.
        Controls.RefuseNextHandshakes(int.MaxValue);
        Controls.AbortFeedConnections();
        await Controls.WaitForFeedConnectionsAsync(0).WaitAsync(Patience);
        string[] missed = [Controls.PlaceCounterpartyLimitOrder(Traded, Side.Buy, 0.0099m, 1m), Controls.PlaceCounterpartyLimitOrder(Traded, Side.Buy, 0.0098m, 1m)];
        var resubscribed = Controls.NextSubscribeAsync();
        Controls.RefuseNextHandshakes(0);
        await resubscribed.WaitAsync(Patience);

        string after = Controls.PlaceCounterpartyLimitOrder(Traded, Side.Buy, 0.0097m, 1m);
        var received = await probe.NextAsync<ReceivedMessage>(message => message.OrderId == after);
        var gap = await probe.Gaps.Reader.ReadAsync().AsTask().WaitAsync(Patience);

        Assert.Equal(new SequenceGap(Traded, "full", lastSeen.Sequence + 1, received.Sequence), gap);
        Assert.Equal(4, gap.MissedCount);
        Assert.False(probe.Gaps.Reader.TryRead(out _));
        // What the gap asks for: a fresh level-3 book, which holds the orders the feed did not show.
        using var rest = fixture.CreateClient();
        var book = await rest.OrderBookAsync(Traded, level: 3).WaitAsync(Patience);
        Assert.True(book.Sequence >= received.Sequence);
        Assert.All(missed, id => Assert.Contains(book.Bids, level => level.OrderId == id));
    }

    [Fact]
    public async Task A_reader_that_falls_behind_loses_the_oldest_messages_and_every_one_is_counted_and_reported_as_a_gap()
    {
        await using var probe = Probe([new Channel("heartbeat", Watched)], options => options.ReceiveQueueCapacity = 1_000);
        var queued = probe.ReadAllAsync();
        await ConnectAsync(probe);

        await Controls.StreamMessagesAsync(50_000, FeedProbe.StreamProduct).WaitAsync(Patience);
        await probe.WaitForStreamedAsync(50_000).WaitAsync(Patience);
        await probe.CloseAsync().WaitAsync(Patience);

        var kept = new List<FeedMessage>();
        await foreach (var message in queued.WithCancellation(new CancellationTokenSource(Patience).Token))
        {
            kept.Add(message);
        }

        long delivered = probe.Streamed + probe.Others.Reader.Count;
        Assert.Equal(delivered, kept.Count + probe.DroppedMessages);     // each message was either read or counted as dropped
        Assert.True(probe.DroppedMessages >= 49_000 - 1_000);
        long reported = 0;
        while (probe.Gaps.Reader.TryRead(out var gap))
        {
            reported += gap.Source == GapSource.ReceiveQueue ? gap.MissedCount : 0;
        }

        Assert.Equal(probe.DroppedMessages, reported);                     // and every drop reached OnGapAsync, when it happened
        Assert.Equal(50_000, kept.OfType<TickerMessage>().Last(ticker => ticker.ProductId == FeedProbe.StreamProduct).Sequence);
    }

    private FeedProbe Probe(Channel[] channels, Action<WebSocketClientOptions>? configure = null)
    {
        var options = new WebSocketClientOptions
        {
            FeedUrl = fixture.Sandbox.FeedUrl,
            ReconnectDelay = TimeSpan.FromMilliseconds(50),
            MaxReconnectDelay = TimeSpan.FromMilliseconds(800),
            ReconnectJitter = 0,
            HandshakeTimeout = Patience,
            Name = "fault-probe",
        };
        configure?.Invoke(options);
        return new FeedProbe(channels, options);
    }

    private async Task<SandboxSubscription> ConnectAsync(FeedProbe probe)
    {
        var subscribed = Controls.NextSubscribeAsync();
        await probe.ConnectAsync().WaitAsync(Patience);
        return await subscribed.WaitAsync(Patience);
    }

    /// <summary>Drops every feed connection (TCP abort, or close frame 1001) and returns the client's resubscription.</summary>
    private async Task<SandboxSubscription> DropAsync(bool closeFrame)
    {
        var resubscribed = Controls.NextSubscribeAsync();
        int dropped = closeFrame ? await Controls.CloseFeedConnectionsAsync().WaitAsync(Patience) : Controls.AbortFeedConnections();
        Assert.Equal(1, dropped);
        return await resubscribed.WaitAsync(Patience);
    }

    private static string Describe(SandboxSubscription subscription) =>
        string.Join("; ", subscription.Channels.OrderBy(channel => channel.Name, StringComparer.Ordinal)
            .Select(channel => channel.Name + ":" + string.Join(",", channel.ProductIds.Order(StringComparer.Ordinal))));
}
