using System.Collections.Concurrent;
using System.Globalization;
using CoPrA.Sandbox.Accounts;
using CoPrA.Sandbox.Engine;
using CoPrA.Sandbox.Rest.Wire;

namespace CoPrA.Sandbox.Feed;

/// <summary>
/// Turns the engine's events into feed messages and sends each to the connections that want it:
/// full (public, or with the owner's private fields to the owner), user (own orders only),
/// matches, ticker and level2. Runs under the product's lock, so each product's messages leave in
/// sequence order. Also keeps what the batch channels and new subscribers need.
/// </summary>
internal sealed class FeedPublisher : IMarketListener
{
    private readonly FeedHub _hub;
    private readonly decimal _makerFeeRate;
    private readonly decimal _takerFeeRate;
    private readonly ConcurrentDictionary<string, byte[]> _lastMatch = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Dictionary<(Side Side, decimal Price), decimal>> _pendingLevel2 = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (long Sequence, Side TakerSide)> _pendingTicker = new(StringComparer.Ordinal);

    public FeedPublisher(FeedHub hub, decimal makerFeeRate, decimal takerFeeRate)
    {
        _hub = hub;
        _makerFeeRate = makerFeeRate;
        _takerFeeRate = takerFeeRate;
    }

    public void OnReceived(ProductMarket market, SandboxOrder order, long sequence, DateTimeOffset time)
    {
        var message = new OrderMessage
        {
            Type = "received",
            Time = time,
            ProductId = market.Product.Id,
            Sequence = sequence,
            OrderId = order.Id,
            Size = order.Size,
            Price = order.Price,
            Funds = order.Funds,
            Side = WireNames.Of(order.Side),
            OrderType = order.Price is null ? "market" : "limit",
        };
        Route(market, order.Owner, message, message with { ClientOid = order.ClientOid, UserId = order.Owner.Id, ProfileId = order.Owner.ProfileId });
    }

    public void OnOpen(ProductMarket market, SandboxOrder order, long sequence, DateTimeOffset time)
    {
        var message = new OrderMessage
        {
            Type = "open",
            Time = time,
            ProductId = market.Product.Id,
            Sequence = sequence,
            OrderId = order.Id,
            Price = order.Price,
            RemainingSize = order.BookSize,
            Side = WireNames.Of(order.Side),
        };
        Route(market, order.Owner, message, Private(message, order.Owner));
    }

    public void OnDone(ProductMarket market, SandboxOrder order, long? sequence, DateTimeOffset time, string reason, string? cancelReason)
    {
        var message = new OrderMessage
        {
            Type = "done",
            Time = time,
            ProductId = market.Product.Id,
            Sequence = sequence,
            OrderId = order.Id,
            Price = order.Price,
            RemainingSize = order.Price is null ? null : order.BookSize,
            Reason = reason,
            Side = WireNames.Of(order.Side),
        };
        var privateMessage = Private(message, order.Owner) with { CancelReason = cancelReason };
        Route(market, order.Owner, sequence is null ? null : message, privateMessage);
    }

    public void OnChange(ProductMarket market, SandboxOrder order, decimal oldSize, decimal newSize, long sequence, DateTimeOffset time)
    {
        var message = new OrderMessage
        {
            Type = "change",
            Reason = "STP",
            Time = time,
            ProductId = market.Product.Id,
            Sequence = sequence,
            OrderId = order.Id,
            Side = WireNames.Of(order.Side),
            OldSize = oldSize,
            NewSize = newSize,
            Price = order.Price,
        };
        Route(market, order.Owner, message, Private(message, order.Owner));
    }

    public void OnActivate(ProductMarket market, SandboxOrder order, DateTimeOffset time)
    {
        var message = new OrderMessage
        {
            Type = "activate",
            ProductId = market.Product.Id,
            Timestamp = FeedFrames.UnixSeconds(time),
            UserId = order.Owner.Id,
            ProfileId = order.Owner.ProfileId,
            OrderId = order.Id,
            StopType = order.Stop is { } stop ? WireNames.Of(stop) : null,
            Side = WireNames.Of(order.Side),
            StopPrice = order.StopPrice,
            Price = order.Price,
            Size = order.Size,
            Funds = order.Funds,
            Private = true,
        };
        Route(market, order.Owner, null, message);
    }

    public void OnMatch(ProductMarket market, Trade trade, SandboxOrder maker, SandboxOrder taker, long sequence)
    {
        string productId = market.Product.Id;
        var message = new OrderMessage
        {
            Type = "match",
            TradeId = trade.TradeId,
            Sequence = sequence,
            MakerOrderId = maker.Id,
            TakerOrderId = taker.Id,
            Time = trade.Time,
            ProductId = productId,
            Size = trade.Size,
            Price = trade.Price,
            Side = WireNames.Of(trade.Side),
        };
        _lastMatch[productId] = FeedFrames.Order(message with { Type = "last_match" });

        var privateMessage = message with
        {
            TakerUserId = taker.Owner.Id,
            TakerProfileId = taker.Owner.ProfileId,
            MakerUserId = maker.Owner.Id,
            MakerProfileId = maker.Owner.ProfileId,
            TakerFeeRate = _takerFeeRate,
            MakerFeeRate = _makerFeeRate,
        };
        byte[]? publicFrame = null, makerFrame = null, takerFrame = null;
        byte[]? tickerFrame = null;
        foreach (var connection in _hub.Connections)
        {
            bool isMaker = IsOwner(connection, maker.Owner);
            bool isTaker = IsOwner(connection, taker.Owner);
            byte[] Frame() => isMaker ? makerFrame ??= FeedFrames.Order(privateMessage with { UserId = maker.Owner.Id, ProfileId = maker.Owner.ProfileId })
                : isTaker ? takerFrame ??= FeedFrames.Order(privateMessage with { UserId = taker.Owner.Id, ProfileId = taker.Owner.ProfileId })
                : publicFrame ??= FeedFrames.Order(message);

            if (connection.IsSubscribed(FeedChannels.Full, productId))
            {
                connection.Send(Frame());
            }

            if ((isMaker || isTaker) && connection.IsSubscribed(FeedChannels.User, productId))
            {
                connection.Send(Frame());
            }

            if (connection.IsSubscribed(FeedChannels.Matches, productId))
            {
                connection.Send(publicFrame ??= FeedFrames.Order(message));
            }

            if (connection.IsSubscribed(FeedChannels.Ticker, productId))
            {
                connection.Send(tickerFrame ??= FeedFrames.Ticker(market, sequence, taker.Side, trade.Time)!);
            }
        }

        _pendingTicker[productId] = (sequence, taker.Side);
    }

    public void OnBookChanged(ProductMarket market, IReadOnlyList<BookChange> changes, DateTimeOffset time)
    {
        string productId = market.Product.Id;
        byte[]? frame = null;
        foreach (var connection in _hub.Connections)
        {
            if (connection.IsSubscribed(FeedChannels.Level2, productId))
            {
                connection.Send(frame ??= FeedFrames.L2Update(productId, changes, time));
            }
        }

        var pending = _pendingLevel2.GetOrAdd(productId, _ => []);
        foreach (var change in changes)
        {
            pending[(change.Side, change.Price)] = change.Size;
        }
    }

    /// <summary>The last match of a product as a <c>last_match</c> message, or null before any. Call under the product's lock.</summary>
    public byte[]? LastMatch(ProductMarket market)
    {
        if (_lastMatch.TryGetValue(market.Product.Id, out byte[]? frame))
        {
            return frame;
        }

        // Only seeded history so far: its trades had no orders behind them, so ids are made up.
        return market.History.Last is { } last
            ? FeedFrames.Order(new OrderMessage
            {
                Type = "last_match",
                TradeId = last.TradeId,
                Sequence = market.Sequence,
                MakerOrderId = SandboxUser.DeterministicGuid(string.Create(CultureInfo.InvariantCulture, $"{market.Product.Id}/{last.TradeId}/maker")),
                TakerOrderId = SandboxUser.DeterministicGuid(string.Create(CultureInfo.InvariantCulture, $"{market.Product.Id}/{last.TradeId}/taker")),
                Time = last.Time,
                ProductId = market.Product.Id,
                Size = last.Size,
                Price = last.Price,
                Side = WireNames.Of(last.Side),
            })
            : null;
    }

    /// <summary>Sends the level-2 changes gathered since the last call to level2_batch subscribers. Call under the product's lock.</summary>
    public void FlushLevel2Batch(ProductMarket market, DateTimeOffset time)
    {
        string productId = market.Product.Id;
        if (!_pendingLevel2.TryGetValue(productId, out var pending) || pending.Count == 0)
        {
            return;
        }

        var changes = pending.Select(pair => new BookChange(pair.Key.Side, pair.Key.Price, pair.Value)).ToList();
        pending.Clear();
        byte[]? frame = null;
        foreach (var connection in _hub.Connections)
        {
            if (connection.IsSubscribed(FeedChannels.Level2Batch, productId))
            {
                connection.Send(frame ??= FeedFrames.L2Update(productId, changes, time));
            }
        }
    }

    /// <summary>Sends the latest ticker, if a trade happened since the last call, to ticker_batch subscribers. Call under the product's lock.</summary>
    public void FlushTickerBatch(ProductMarket market)
    {
        string productId = market.Product.Id;
        if (!_pendingTicker.TryRemove(productId, out var latest))
        {
            return;
        }

        byte[]? frame = null;
        foreach (var connection in _hub.Connections)
        {
            if (connection.IsSubscribed(FeedChannels.TickerBatch, productId))
            {
                connection.Send(frame ??= FeedFrames.Ticker(market, latest.Sequence, latest.TakerSide, market.History.Last!.Time)!);
            }
        }
    }

    private static bool IsOwner(FeedConnection connection, SandboxUser owner) => !owner.IsInternal && connection.User == owner;

    private static OrderMessage Private(OrderMessage message, SandboxUser owner) => message with { UserId = owner.Id, ProfileId = owner.ProfileId };

    /// <summary>
    /// Sends an order's message to full subscribers (the public form, or the private one to its
    /// owner) and to the owner's user subscription. A null public message goes to the owner only.
    /// </summary>
    private void Route(ProductMarket market, SandboxUser owner, OrderMessage? publicMessage, OrderMessage privateMessage)
    {
        string productId = market.Product.Id;
        byte[]? publicFrame = null, privateFrame = null;
        foreach (var connection in _hub.Connections)
        {
            bool own = IsOwner(connection, owner);
            if (connection.IsSubscribed(FeedChannels.Full, productId) && (own || publicMessage is not null))
            {
                connection.Send(own ? privateFrame ??= FeedFrames.Order(privateMessage) : publicFrame ??= FeedFrames.Order(publicMessage!));
            }

            if (own && connection.IsSubscribed(FeedChannels.User, productId))
            {
                connection.Send(privateFrame ??= FeedFrames.Order(privateMessage));
            }
        }
    }
}
