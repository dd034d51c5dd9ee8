using System.Text;
using System.Text.Json;
using CoPrA.Tests.WebSocket.Support;
using CoPrA.WebSocket;
using Microsoft.Extensions.Logging.Abstractions;
using System.Threading.Channels;
using Channel = CoPrA.WebSocket.Channel;
using Queue = System.Threading.Channels.Channel;

namespace CoPrA.Tests.WebSocket;

/// <summary>
/// The connection core with seams other than the Exchange's: a writer that sends one frame per
/// channel, each with a fresh token, as the Advanced Trade feed wants.
/// </summary>
public class FeedConnectionSeamTests
{
    [Fact]
    public async Task A_writer_of_one_frame_per_channel_gets_each_frame_sent_with_a_fresh_token_on_connect_and_after_a_reconnect()
    {
        await using var server = await ScriptedFeedServer.StartAsync();
        await using var core = new FeedConnection<FeedMessage>(
            Settings(server.Url),
            ExchangeFeedReader.Instance,
            new GapDetector(),
            new PerChannelWriter(),
            new Events(),
            [new Channel("ticker", "BTC-USD"), new Channel("heartbeat", "ETH-USD")]);

        await core.ConnectAsync(CancellationToken.None).Within();
        var first = await server.NextConnectionAsync();
        var sentFirst = new[] { await first.NextFrameAsync(), await first.NextFrameAsync() };
        first.Drop();
        var second = await server.NextConnectionAsync();
        var sentSecond = new[] { await second.NextFrameAsync(), await second.NextFrameAsync() };

        Assert.Equal(["ticker", "heartbeat", "ticker", "heartbeat"], sentFirst.Concat(sentSecond).Select(ChannelOf));
        Assert.Equal([1, 2, 3, 4], sentFirst.Concat(sentSecond).Select(frame => frame.GetProperty("token").GetInt32()));
    }

    [Fact]
    public async Task Each_frame_of_a_writer_is_answered_on_its_own_before_the_core_counts_as_subscribed()
    {
        await using var server = await ScriptedFeedServer.StartAsync();
        var events = new Events();
        await using var core = new FeedConnection<FeedMessage>(
            Settings(server.Url),
            ExchangeFeedReader.Instance,
            new GapDetector(),
            new PerChannelWriter(),
            events,
            [new Channel("ticker", "BTC-USD"), new Channel("heartbeat", "ETH-USD")]);
        await core.ConnectAsync(CancellationToken.None).Within();
        var connection = await server.NextConnectionAsync();

        await connection.SendAllAsync(FeedSamples.Subscriptions, FeedSamples.Heartbeat);
        await events.Messages.Reader.NextAsync();
        Assert.IsType<HeartbeatMessage>(await events.Messages.Reader.NextAsync());
        bool afterOneAnswer = core.IsSubscribed;
        await connection.SendAllAsync(FeedSamples.Subscriptions, FeedSamples.Heartbeat);
        await events.Messages.Reader.NextAsync();
        Assert.IsType<HeartbeatMessage>(await events.Messages.Reader.NextAsync());

        Assert.False(afterOneAnswer);
        Assert.True(core.IsSubscribed);
    }

    private static string ChannelOf(JsonElement frame) => frame.GetProperty("channels")[0].GetProperty("name").GetString()!;

    private static FeedConnectionSettings Settings(Uri url) => new()
    {
        Endpoint = url,
        Name = "seam test",
        Logger = NullLogger.Instance,
        TimeProvider = TimeProvider.System,
        AutoReconnect = true,
        ReconnectDelay = TimeSpan.FromMilliseconds(20),
        MaxReconnectDelay = TimeSpan.FromMilliseconds(200),
        ReconnectJitter = 0,
        IdleTimeout = Timeout.InfiniteTimeSpan,
        HandshakeTimeout = TimeSpan.FromSeconds(10),
        CloseTimeout = TimeSpan.FromSeconds(5),
        KeepAliveInterval = TimeSpan.FromSeconds(20),
        KeepAliveTimeout = TimeSpan.FromSeconds(10),
        QueueCapacity = 100,
        QueueFullMode = FeedQueueFullMode.DropOldest,
    };

    /// <summary>One frame per channel, each with the next number as its "token".</summary>
    private sealed class PerChannelWriter : ISubscriptionFrameWriter
    {
        private int _tokens;

        public bool Signs => true;

        public IReadOnlyList<OutgoingFrame> Write(string frameType, IReadOnlyList<Channel> channels) =>
            [.. channels.Select(channel => new OutgoingFrame(
                Encoding.UTF8.GetBytes($$"""{"type":"{{frameType}}","channels":[{"name":"{{channel.Name}}"}],"token":{{Interlocked.Increment(ref _tokens)}}}"""),
                [channel]))];
    }

    private sealed class Events : IFeedEvents<FeedMessage>
    {
        public Channel<FeedMessage> Messages { get; } = Queue.CreateUnbounded<FeedMessage>();

        public Task OnOpenAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task OnMessageAsync(FeedMessage message, CancellationToken cancellationToken)
        {
            Messages.Writer.TryWrite(message);
            return Task.CompletedTask;
        }

        public Task OnErrorAsync(string message, string reason, CancellationToken cancellationToken) => Task.CompletedTask;

        public Task OnCloseAsync(bool wasClean, int? code, string? reason, CancellationToken cancellationToken) => Task.CompletedTask;

        public Task OnGapAsync(SequenceGap gap, CancellationToken cancellationToken) => Task.CompletedTask;

        public Task OnSubscriptionRejectedAsync(SubscriptionRejection rejection, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
