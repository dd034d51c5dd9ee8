using CoPrA.Rest;
using CoPrA.WebSocket;

namespace CoPrA.Samples.StrategyTests;

/// <summary>
/// A tiny "buy the dip" strategy: when the last price is below the 24-hour open and no order is
/// open, it rests a post-only limit buy a little under the last price; when the ticker runs away
/// above that order, it cancels it. It only talks to the two clients, so tests can mock both.
/// </summary>
public sealed class DipBuyer(RestClient rest, WebSocketClient feed, DipBuyerSettings settings)
{
    private Order? _resting;

    /// <summary>The buy order this strategy has resting, or null.</summary>
    public Order? Resting => _resting;

    /// <summary>Places the buy when the rules allow it; returns the order, or null when they do not.</summary>
    public async Task<Order?> TryBuyAsync(CancellationToken cancellationToken)
    {
        var open = await rest.OrdersAsync(OrderStatus.Open, settings.ProductId, limit: 1, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (open.Results.Count > 0)
        {
            return null;
        }

        var stats = await rest.Get24HourStatsAsync(settings.ProductId, cancellationToken).ConfigureAwait(false);
        var ticker = await rest.TickerAsync(settings.ProductId, cancellationToken).ConfigureAwait(false);
        if (stats.Open is not { } dayOpen || ticker.Price >= dayOpen)
        {
            return null;
        }

        // Below the last price, rounded down to the cent, so the post-only order rests as a maker.
        decimal price = Math.Round(ticker.Price * (1 - settings.Discount), 2, MidpointRounding.ToZero);
        _resting = await rest.LimitOrderAsync(Side.Buy, settings.ProductId, price, settings.Size, postOnly: true, cancellationToken: cancellationToken).ConfigureAwait(false);
        return _resting;
    }

    /// <summary>Follows the product's ticker until the feed ends, cancelling the resting order if the price runs away.</summary>
    public async Task WatchAsync(CancellationToken cancellationToken)
    {
        await feed.SubscribeAsync(new Channel("ticker", settings.ProductId), cancellationToken).ConfigureAwait(false);
        await foreach (var message in feed.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            if (message is TickerMessage ticker && ticker.ProductId == settings.ProductId
                && _resting is { Price: { } price } order && ticker.Price > price * (1 + settings.RunAway))
            {
                await rest.CancelAsync(order.Id, cancellationToken).ConfigureAwait(false);
                _resting = null;
            }
        }
    }
}

/// <summary>What <see cref="DipBuyer"/> trades and its thresholds.</summary>
/// <param name="ProductId">The product, for example BTC-USD.</param>
/// <param name="Size">Size of the buy in the base currency.</param>
/// <param name="Discount">How far under the last price to bid, as a fraction (0.01 is 1 %).</param>
/// <param name="RunAway">How far above the bid the price may go before the bid is cancelled, as a fraction.</param>
public sealed record DipBuyerSettings(string ProductId, decimal Size, decimal Discount, decimal RunAway);
