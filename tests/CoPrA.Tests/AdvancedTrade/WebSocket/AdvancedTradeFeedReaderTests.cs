using System.Text;
using CoPrA.AdvancedTrade;
using CoPrA.WebSocket;
using static CoPrA.Tests.AdvancedTrade.WebSocket.AdvancedTradeFeedSamples;

namespace CoPrA.Tests.AdvancedTrade.WebSocket;

public sealed class AdvancedTradeFeedReaderTests
{
    [Fact]
    public void Heartbeats_read_with_the_counter_as_string_or_number()
    {
        var fromString = Read<HeartbeatsEvent>(Heartbeats(7), FeedFrameKind.Heartbeat);
        Assert.Equal(3049, fromString.Events[0].HeartbeatCounter);
        Assert.StartsWith("2026-03-01 12:00:00.12071633", fromString.Events[0].CurrentTime, StringComparison.Ordinal);
        Assert.Equal(7, fromString.SequenceNum);
        Assert.Equal(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero).AddTicks(1234567), fromString.Timestamp);
        Assert.Equal(3050, Read<HeartbeatsEvent>(Heartbeats(8, "3050"), FeedFrameKind.Heartbeat).Events[0].HeartbeatCounter);
    }

    [Fact]
    public void Candles_status_and_trades_read_typed()
    {
        var candle = Read<CandlesEvent>(Candles(1)).Events[0].Candles[0];
        Assert.Equal((1772366400L, 64100.5m, 63950.25m, 64000m, 64050.75m, 12.3456789m, "BTC-USD"), (candle.Start, candle.High, candle.Low, candle.Open, candle.Close, candle.Volume, candle.ProductId));

        var product = Read<StatusEvent>(Status(2)).Events[0].Products[0];
        Assert.Equal(("BTC-USD", "SPOT", 0.00000001m, 0.01m, "online", 1m), (product.Id, product.ProductType.ToString(), product.BaseIncrement, product.QuoteIncrement, product.Status, product.MinMarketFunds));

        var trade = Read<MarketTradesEvent>(MarketTrades(3)).Events[0].Trades[0];
        Assert.Equal(("987654321", 64050.75m, 0.001m, OrderSide.Buy), (trade.TradeId, trade.Price, trade.Size, trade.Side!.Value));
        Assert.Equal(new DateTimeOffset(2026, 3, 1, 12, 0, 0, 500, TimeSpan.Zero), trade.Time);
    }

    [Theory]
    [InlineData("ticker")]
    [InlineData("ticker_batch")]
    public void Ticker_and_ticker_batch_read_every_field_as_decimal(string channel)
    {
        var message = Read<TickerEvent>(Ticker(4, channel));
        Assert.Equal(channel, message.Channel);
        var ticker = message.Events[0].Tickers[0];
        Assert.Equal("update", message.Events[0].Type);
        Assert.Equal(64050.75m, ticker.Price);
        Assert.Equal((1234.5678m, 63000m, 65000.01m, 25000m, 74000m, -1.2345m), (ticker.Volume24H, ticker.Low24H, ticker.High24H, ticker.Low52W, ticker.High52W, ticker.PricePercentChange24H));
        Assert.Equal((64050.5m, 64051m, 0.5m, 0.25m), (ticker.BestBid, ticker.BestAsk, ticker.BestBidQuantity, ticker.BestAskQuantity));
    }

    [Fact]
    public void Level2_arrives_on_l2_data_with_sides_and_new_quantities()
    {
        var message = Read<Level2Event>(Level2Snapshot(5));
        Assert.Equal("l2_data", message.Channel);
        var snapshot = message.Events[0];
        Assert.Equal(("snapshot", "BTC-USD", 4), (snapshot.Type, snapshot.ProductId, snapshot.Updates.Count));
        Assert.True(snapshot.Updates[0].IsBid);
        Assert.Equal((64000.00m, 1.5m), (snapshot.Updates[0].PriceLevel, snapshot.Updates[0].NewQuantity));
        Assert.False(snapshot.Updates[2].IsBid);
        Assert.Equal("offer", snapshot.Updates[2].Side);
        var removal = Read<Level2Event>(Level2Update(6, "offer", "64001.00", "0")).Events[0].Updates[0];
        Assert.Equal(0m, removal.NewQuantity);
        Assert.Equal(new DateTimeOffset(2026, 3, 1, 12, 0, 1, 200, TimeSpan.Zero), removal.EventTime);
    }

    [Fact]
    public void User_orders_read_every_listed_field_and_keep_unknown_ones()
    {
        var user = Read<UserEvent>(User(9)).Events[0];
        var order = user.Orders[0];
        Assert.Equal(("11111111-2222-3333-4444-555555555555", "my-order-1", "BTC-USD"), (order.OrderId, order.ClientOrderId, order.ProductId));
        Assert.Equal(AdvancedOrderStatus.Open, order.Status);
        Assert.Equal(OrderSide.Buy, order.OrderSide);
        Assert.Equal("Limit", order.OrderType.ToString());
        Assert.Equal(AdvancedTimeInForce.GoodUntilCancelled, order.TimeInForce);
        Assert.Equal((0.005m, 0.005m, 64000.5m, 64001m, (decimal?)null), (order.CumulativeQuantity, order.LeavesQuantity, order.AvgPrice, order.LimitPrice, order.StopPrice));
        Assert.Equal((320.0025m, 1.28m, 321.2825m, 50.00m, 2, 320.5m, false), (order.FilledValue, order.TotalFees, order.TotalValueAfterFees, order.CompletionPercentage, order.NumberOfFills, order.OutstandingHoldAmount, order.PostOnly));
        Assert.Equal(("SPOT", "UNKNOWN_CONTRACT_EXPIRY_TYPE", "pf-1", "INVALID_ORDER_TYPE"), (order.ProductType.ToString(), order.ContractExpiryType.ToString(), order.RetailPortfolioId, order.TriggerStatus));
        Assert.Equal(new DateTimeOffset(2026, 3, 1, 11, 59, 59, TimeSpan.Zero).AddTicks(1234560), order.CreationTime);
        Assert.Equal("kept", order.ExtensionData!["new_field"].GetString());
        Assert.Equal("BIT-28MAR26-CDE", user.Positions!.ExpiringFuturesPositions[0].GetProperty("product_id").GetString());
    }

    [Fact]
    public void Futures_balance_summary_reads_decimals()
    {
        var summary = Read<FuturesBalanceSummaryEvent>(FuturesBalanceSummary(10)).Events[0].FcmBalanceSummary!;
        Assert.Equal((1000.5m, 2000m, -5.25m, 94.4m), (summary.FuturesBuyingPower, summary.TotalUsdBalance, summary.UnrealizedPnl, summary.LiquidationBufferPercentage));
        Assert.Equal("MARGIN_LEVEL_TYPE_BASE", summary.IntradayMarginWindowMeasure!.Value.GetProperty("margin_level").GetString());
    }

    [Fact]
    public void Subscriptions_confirm_and_errors_are_errors()
    {
        var confirmation = Read<SubscriptionsEvent>(Subscriptions(0), FeedFrameKind.SubscriptionConfirmed);
        Assert.Equal(["BTC-USD"], confirmation.Events[0].Subscriptions["ticker"]);

        var frame = AdvancedTradeFeedReader.Instance.Read(Encoding.UTF8.GetBytes(Error));
        Assert.Equal(FeedFrameKind.Error, frame.Kind);
        Assert.Equal("failure to subscribe: invalid product id NOPE-USD", Assert.IsType<AdvancedTradeFeedError>(frame.Message).Message);
        Assert.Equal("failure to subscribe: invalid product id NOPE-USD", frame.ErrorMessage);
    }

    [Fact]
    public void Unknown_channels_and_misfits_arrive_raw_and_non_json_is_invalid()
    {
        var unknown = AdvancedTradeFeedReader.Instance.Read(Encoding.UTF8.GetBytes(Unknown(11)));
        var raw = Assert.IsType<AdvancedTradeRawFeedMessage>(unknown.Message);
        Assert.Equal(("rfq_quotes", 11L), (raw.Channel, raw.SequenceNum));
        Assert.Equal("q1", raw.Json.GetProperty("events")[0].GetProperty("quotes")[0].GetProperty("id").GetString());
        Assert.Null(unknown.Problem);

        var misfit = AdvancedTradeFeedReader.Instance.Read("""{"channel":"ticker","sequence_num":12,"events":[{"tickers":[{"price":"not a number"}]}]}"""u8);
        Assert.IsType<AdvancedTradeRawFeedMessage>(misfit.Message);
        Assert.NotNull(misfit.Problem);

        Assert.Equal(FeedFrameKind.Invalid, AdvancedTradeFeedReader.Instance.Read("not json"u8).Kind);
    }

    private static AdvancedTradeFeedMessage<T> Read<T>(string json, FeedFrameKind kind = FeedFrameKind.Data)
        where T : AdvancedTradeFeedEvent
    {
        var frame = AdvancedTradeFeedReader.Instance.Read(Encoding.UTF8.GetBytes(json));
        Assert.Null(frame.Problem);
        Assert.Equal(kind, frame.Kind);
        return Assert.IsType<AdvancedTradeFeedMessage<T>>(frame.Message);
    }
}
