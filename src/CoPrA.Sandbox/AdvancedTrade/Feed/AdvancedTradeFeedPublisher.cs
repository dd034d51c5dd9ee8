using System.Collections.Concurrent;
using CoPrA.Sandbox.Engine;

namespace CoPrA.Sandbox.AdvancedTrade.Feed;

/// <summary>
/// Turns the engine's events into Advanced Trade feed updates: the owner's user channel on every
/// order change, ticker and market_trades on every match, l2_data on every book change. Runs under
/// the product's lock, so each product's updates leave in the engine's order. Remembers which
/// products traded, for the clocked candles and ticker_batch updates.
/// </summary>
internal sealed class AdvancedTradeFeedPublisher : IMarketListener
{
    private readonly AdvancedTradeFeedHub _hub;
    private readonly SandboxClock _clock;
    private readonly ConcurrentDictionary<string, bool> _tradedSinceCandles = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _tradedSinceTickerBatch = new(StringComparer.Ordinal);

    public AdvancedTradeFeedPublisher(AdvancedTradeFeedHub hub, SandboxClock clock)
    {
        _hub = hub;
        _clock = clock;
    }

    public void OnReceived(ProductMarket market, SandboxOrder order, long sequence, DateTimeOffset time) => UserUpdate(order);

    public void OnOpen(ProductMarket market, SandboxOrder order, long sequence, DateTimeOffset time) => UserUpdate(order);

    public void OnDone(ProductMarket market, SandboxOrder order, long? sequence, DateTimeOffset time, string reason, string? cancelReason) => UserUpdate(order);

    public void OnChange(ProductMarket market, SandboxOrder order, decimal oldSize, decimal newSize, long sequence, DateTimeOffset time) => UserUpdate(order);

    public void OnActivate(ProductMarket market, SandboxOrder order, DateTimeOffset time) => UserUpdate(order);

    public void OnMatch(ProductMarket market, Trade trade, SandboxOrder maker, SandboxOrder taker, long sequence)
    {
        string productId = market.Product.Id;
        UserUpdate(maker);
        UserUpdate(taker);
        _hub.Broadcast(AdvancedTradeChannels.MarketTrades, productId, () => AdvancedTradeFeedJson.MarketTrades(AdvancedTradeFeedJson.Update, productId, [trade]));
        _hub.Broadcast(AdvancedTradeChannels.Ticker, productId, () => AdvancedTradeFeedJson.Ticker(AdvancedTradeFeedJson.Update, market, trade.Time));
        _tradedSinceCandles[productId] = true;
        _tradedSinceTickerBatch[productId] = true;
    }

    public void OnBookChanged(ProductMarket market, IReadOnlyList<BookChange> changes, DateTimeOffset time) =>
        _hub.Broadcast(AdvancedTradeChannels.Level2, market.Product.Id, () => AdvancedTradeFeedJson.Level2(AdvancedTradeFeedJson.Update, market.Product.Id, changes, time));

    /// <summary>Sends the product's current candle if it traded since the last call. Call under the product's lock.</summary>
    public void FlushCandles(ProductMarket market)
    {
        string productId = market.Product.Id;
        if (_tradedSinceCandles.TryRemove(productId, out _))
        {
            var now = _clock.UtcNow;
            _hub.Broadcast(AdvancedTradeChannels.Candles, productId, () => AdvancedTradeFeedJson.Candles(AdvancedTradeFeedJson.Update, productId, AdvancedTradeFeedHub.CurrentCandle(market, now)));
        }
    }

    /// <summary>Sends the product's ticker to ticker_batch subscribers if it traded since the last call. Call under the product's lock.</summary>
    public void FlushTickerBatch(ProductMarket market)
    {
        string productId = market.Product.Id;
        if (_tradedSinceTickerBatch.TryRemove(productId, out _))
        {
            _hub.Broadcast(AdvancedTradeChannels.TickerBatch, productId, () => AdvancedTradeFeedJson.Ticker(AdvancedTradeFeedJson.Update, market, _clock.UtcNow));
        }
    }

    /// <summary>Sends an order's new state to its owner's user subscriptions (of its product or of all products).</summary>
    private void UserUpdate(SandboxOrder order)
    {
        if (order.Owner.IsInternal)
        {
            return;
        }

        byte[]? frame = null;
        foreach (var connection in _hub.Connections)
        {
            var inner = connection.Inner;
            if (inner.User == order.Owner && (inner.IsSubscribed(AdvancedTradeChannels.User, order.Product.Id) || inner.IsSubscribed(AdvancedTradeChannels.User, "")))
            {
                connection.Send(AdvancedTradeChannels.User, _clock.UtcNow, frame ??= AdvancedTradeUserJson.Orders(
                    AdvancedTradeFeedJson.Update, [(order, _hub.FillCount(order))], _hub.PortfolioId, _hub.TakerFeeRate));
            }
        }
    }
}
