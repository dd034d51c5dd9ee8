using CoPrA.AdvancedTrade;
using CoPrA.Books;
using CoPrA.Sandbox;
using CoPrA.Tests.Sandbox.AdvancedTrade;
using CoPrA.Tests.WebSocket.Support;
using CoPrA.WebSocket;

namespace CoPrA.Tests.AdvancedTrade.WebSocket;

/// <summary>
/// The library's Advanced Trade feed client against the embedded sandbox's feed: every channel typed,
/// a verified JWT and one channel in every frame, reconnects with fresh tokens, gaps and the level-2
/// resync, bad product ids, and the user channel following a REST order.
/// </summary>
public sealed class AdvancedTradeFeedSandboxTests(AdvancedTradeFeedSandboxTests.Exchange exchange)
    : IClassFixture<AdvancedTradeFeedSandboxTests.Exchange>, IDisposable
{
    private const string Product = "BTC-USD";

    private readonly AdvancedTradeClient _rest = AdvancedTradeTestClient.CreateLibraryClient(exchange.Sandbox);

    private SandboxControls Controls => exchange.Sandbox.Controls;

    public void Dispose() => _rest.Dispose();

    [Fact]
    public async Task Every_channel_arrives_typed_and_every_frame_carries_one_channel_and_a_verified_jwt()
    {
        int before = Controls.AdvancedTradeFeedFrames.Count;
        string[] names =
        [
            AdvancedTradeChannel.Heartbeats, AdvancedTradeChannel.Candles, AdvancedTradeChannel.Status, AdvancedTradeChannel.Ticker,
            AdvancedTradeChannel.TickerBatch, AdvancedTradeChannel.Level2, AdvancedTradeChannel.MarketTrades, AdvancedTradeChannel.User,
            AdvancedTradeChannel.FuturesBalanceSummary,
        ];
        await using var client = Client([.. names.Select(name => name is AdvancedTradeChannel.Heartbeats or AdvancedTradeChannel.Status or AdvancedTradeChannel.FuturesBalanceSummary
            ? new AdvancedTradeChannel(name)
            : new AdvancedTradeChannel(name, Product))]);
        await client.ConnectAsync().Within();

        var seen = new Dictionary<string, AdvancedTradeFeedMessage>();
        while (seen.Count < names.Length)
        {
            var message = await client.Messages.Reader.NextAsync();
            Assert.IsNotType<AdvancedTradeRawFeedMessage>(message);
            string? channel = message switch
            {
                AdvancedTradeFeedMessage<HeartbeatsEvent> => AdvancedTradeChannel.Heartbeats,
                AdvancedTradeFeedMessage<CandlesEvent> m when m.Events.SelectMany(e => e.Candles).Any() => AdvancedTradeChannel.Candles,
                AdvancedTradeFeedMessage<StatusEvent> m when m.Events.SelectMany(e => e.Products).Any(p => p.Id == Product) => AdvancedTradeChannel.Status,
                AdvancedTradeFeedMessage<TickerEvent> m when m.Channel == "ticker" => AdvancedTradeChannel.Ticker,
                AdvancedTradeFeedMessage<TickerEvent> m when m.Channel == "ticker_batch" => AdvancedTradeChannel.TickerBatch,
                AdvancedTradeFeedMessage<Level2Event> m when m.Channel == "l2_data" && m.Events.Any(e => e.ProductId == Product && e.Updates.Count > 0) => AdvancedTradeChannel.Level2,
                AdvancedTradeFeedMessage<MarketTradesEvent> => AdvancedTradeChannel.MarketTrades,
                AdvancedTradeFeedMessage<UserEvent> => AdvancedTradeChannel.User,
                AdvancedTradeFeedMessage<FuturesBalanceSummaryEvent> m when m.Events.Any(e => e.FcmBalanceSummary is not null) => AdvancedTradeChannel.FuturesBalanceSummary,
                _ => null,
            };
            if (channel is not null)
            {
                seen.TryAdd(channel, message);
            }
        }

        var ticker = Assert.IsType<AdvancedTradeFeedMessage<TickerEvent>>(seen[AdvancedTradeChannel.Ticker]).Events[0].Tickers[0];
        Assert.Equal(Product, ticker.ProductId);
        Assert.True(ticker.Price > 0 && ticker.BestBid > 0 && ticker.BestAsk >= ticker.BestBid);
        Assert.Empty(Drain(client.Errors.Reader));

        var frames = Controls.AdvancedTradeFeedFrames.Skip(before).ToList();
        Assert.Equal(names.Order(StringComparer.Ordinal), frames.Select(f => f.Channel).Order(StringComparer.Ordinal));
        Assert.All(frames, frame =>
        {
            Assert.Equal("subscribe", frame.Type);
            Assert.Null(frame.Error);
            Assert.NotNull(frame.Jwt);
            Assert.Equal(exchange.Sandbox.AdvancedTradeKeyName, frame.Jwt.Subject);
            Assert.Equal(frame.Channel is AdvancedTradeChannel.User or AdvancedTradeChannel.FuturesBalanceSummary, frame.UserEndpoint);
        });
        Assert.Equal(frames.Count, frames.Select(f => f.Jwt!.Nonce).Distinct().Count());
    }

    [Fact]
    public async Task A_forced_drop_reconnects_and_resubscribes_with_fresh_tokens_and_data_flows_again()
    {
        int before = Controls.AdvancedTradeFeedFrames.Count;
        await using var client = Client([new(AdvancedTradeChannel.Ticker, Product), new(AdvancedTradeChannel.Heartbeats), new(AdvancedTradeChannel.User)]);
        await client.ConnectAsync().Within();
        await BothAsync().Within();
        var first = Controls.AdvancedTradeFeedFrames.Skip(before).ToList();
        Assert.Equal(3, first.Count);

        Assert.Equal(2, Controls.AbortAdvancedTradeFeedConnections());
        await client.Closes.Reader.NextAsync();
        await client.Closes.Reader.NextAsync();
        var firstConnections = first.Select(f => f.ConnectionId).ToHashSet();
        var again = new List<SandboxAdvancedTradeFrame>();
        foreach (var channel in first.Select(f => f.Channel))
        {
            again.Add(await Controls.WaitForAdvancedTradeFeedFrameAsync(f => f.Channel == channel && !firstConnections.Contains(f.ConnectionId)).Within());
        }

        Drain(client.Messages.Reader);

        Assert.Equal(first.Select(f => f.Channel).Order(StringComparer.Ordinal), again.Select(f => f.Channel).Order(StringComparer.Ordinal));
        Assert.All(again, frame => Assert.Null(frame.Error));
        Assert.Empty(again.Select(f => f.Jwt!.Nonce).Intersect(first.Select(f => f.Jwt!.Nonce)));
        Assert.Equal(6, first.Concat(again).Select(f => f.Jwt!.Nonce).Distinct().Count());
        Assert.All(again, frame => Assert.True(frame.Jwt!.NotBefore >= first.Max(f => f.Jwt!.NotBefore)));

        // The old connections are closed and their messages drained: what comes now came over the new ones.
        var beat = await client.NextAsync<AdvancedTradeFeedMessage<HeartbeatsEvent>>().Within();
        var ticker = await client.NextAsync<AdvancedTradeFeedMessage<TickerEvent>>().Within();
        Assert.NotNull(beat.SequenceNum);
        Assert.Equal(Product, ticker.Events[0].Tickers[0].ProductId);
        Assert.True(client.IsConnected);

        // A heartbeat and the user snapshot: both connections' subscriptions were handled.
        async Task BothAsync()
        {
            var seen = new HashSet<Type>();
            while (seen.Count < 2)
            {
                var message = await client.Messages.Reader.NextAsync();
                if (message is AdvancedTradeFeedMessage<HeartbeatsEvent> or AdvancedTradeFeedMessage<UserEvent>)
                {
                    seen.Add(message.GetType());
                }
            }
        }
    }

    [Fact]
    public async Task A_skipped_sequence_number_is_reported_and_the_level2_book_resyncs_to_the_REST_book()
    {
        var keeper = new AdvancedTradeLevel2BookKeeper([Product]);
        await using var client = Client([new(AdvancedTradeChannel.Heartbeats)]);
        using var attached = await keeper.AttachAsync(client).Within();
        var unsynced = new TaskCompletionSource<BookKeeperResyncReason>(TaskCreationOptions.RunContinuationsAsynchronously);
        keeper.Unsynced += (_, reason) => unsynced.TrySetResult(reason);
        await client.ConnectAsync().Within();
        await keeper.WhenSyncedAsync(Product).Within();

        Controls.PauseMarketMaker();
        try
        {
            Assert.Equal(1, Controls.SkipNextAdvancedTradeSequenceNumber());
            var gap = await client.Gaps.Reader.NextAsync();
            Assert.Equal(BookKeeperResyncReason.Gap, await unsynced.Task.Within());
            await keeper.WhenSyncedAsync(Product).Within();

            var rest = (await _rest.GetProductBookAsync(Product, limit: 1000).Within()).Pricebook!;
            var (bids, asks) = keeper.Book(Product).Depth(1000);
            Assert.True(gap.MissedCount >= 1, gap.ToString());
            Assert.NotEmpty(bids);
            Assert.Equal(rest.Bids.Select(l => (l.Price, l.Size)), bids.Select(l => (l.Price, l.Size)));
            Assert.Equal(rest.Asks.Select(l => (l.Price, l.Size)), asks.Select(l => (l.Price, l.Size)));
        }
        finally
        {
            Controls.ResumeMarketMaker();
        }
    }

    [Fact]
    public async Task A_bad_product_id_is_an_error_while_the_other_channels_keep_flowing()
    {
        int before = Controls.AdvancedTradeFeedFrames.Count;
        await using var client = Client([new(AdvancedTradeChannel.Heartbeats), new(AdvancedTradeChannel.Ticker, Product)]);
        await client.ConnectAsync().Within();
        await client.NextAsync<AdvancedTradeFeedMessage<HeartbeatsEvent>>().Within();

        await client.SubscribeAsync(new AdvancedTradeChannel(AdvancedTradeChannel.MarketTrades, "NOPE-USD")).Within();
        string error = await client.Errors.Reader.NextAsync();
        Drain(client.Messages.Reader);

        Assert.Equal("Failed to subscribe", error);
        var refused = await Controls.WaitForAdvancedTradeFeedFrameAsync(f => f.Channel == AdvancedTradeChannel.MarketTrades && f.Error is not null).Within();
        Assert.Equal("Failed to subscribe", refused.Error);
        Assert.Equal(["NOPE-USD"], refused.ProductIds);
        Assert.NotNull(refused.Jwt);
        await client.NextAsync<AdvancedTradeFeedMessage<HeartbeatsEvent>>().Within();
        Assert.True(client.IsConnected);
        Assert.Equal(2, Controls.AdvancedTradeFeedFrames.Skip(before).Count(f => f.Error is null));
    }

    [Fact]
    public async Task The_user_channel_shows_an_order_placed_over_REST_going_OPEN_then_CANCELLED()
    {
        await using var client = Client([new(AdvancedTradeChannel.User, Product)]);
        await client.ConnectAsync().Within();
        await client.NextAsync<AdvancedTradeFeedMessage<UserEvent>>().Within();

        var placed = await _rest.LimitOrderGtcBuyAsync("at-sandbox-feed-1", Product, 0.001m, 1000.00m, postOnly: true).Within();
        string id = placed.SuccessResponse!.OrderId!;
        var open = await NextOrderAsync(client, id, AdvancedOrderStatus.Open).Within();
        await _rest.CancelOrdersAsync([id]).Within();
        var cancelled = await NextOrderAsync(client, id, AdvancedOrderStatus.Cancelled).Within();

        Assert.Equal("at-sandbox-feed-1", open.ClientOrderId);
        Assert.Equal(OrderSide.Buy, open.OrderSide);
        Assert.Equal(1000.00m, open.LimitPrice);
        Assert.Equal(0.001m, open.LeavesQuantity);
        Assert.Equal(0m, cancelled.LeavesQuantity);
    }

    private static async Task<UserOrderUpdate> NextOrderAsync(RecordingAdvancedTradeClient client, string orderId, AdvancedOrderStatus status)
    {
        while (true)
        {
            var message = await client.NextAsync<AdvancedTradeFeedMessage<UserEvent>>().Within();
            if (message.Events.SelectMany(e => e.Orders).LastOrDefault(o => o.OrderId == orderId && o.Status == status) is { } order)
            {
                return order;
            }
        }
    }

    private static List<T> Drain<T>(System.Threading.Channels.ChannelReader<T> reader)
    {
        var items = new List<T>();
        while (reader.TryRead(out var item))
        {
            items.Add(item);
        }

        return items;
    }

    private RecordingAdvancedTradeClient Client(AdvancedTradeChannel[] channels) => new(
        channels,
        RecordingAdvancedTradeClient.Options(
            new Uri(exchange.Sandbox.AdvancedTradeMarketDataWebSocketUrl),
            new Uri(exchange.Sandbox.AdvancedTradeUserWebSocketUrl),
            new CdpApiKey(exchange.Sandbox.AdvancedTradeKeyName, exchange.Sandbox.AdvancedTradeEcdsaKeyPem)));

    /// <summary>A lively sandbox of these tests' own, with ticker_batch every 200 ms instead of 5 s.</summary>
    public sealed class Exchange : IAsyncLifetime
    {
        public SandboxExchange Sandbox { get; private set; } = null!;

        public async Task InitializeAsync() => Sandbox = await SandboxExchange.StartAsync(new SandboxOptions
        {
            MarketMakerActionsPerSecond = 10,
            AdvancedTradeTickerBatchInterval = TimeSpan.FromMilliseconds(200),
        });

        public async Task DisposeAsync() => await Sandbox.DisposeAsync();
    }
}
