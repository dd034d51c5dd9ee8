using CoPrA.Books;
using CoPrA.WebSocket;

namespace CoPrA.Tests.Books;

/// <summary>
/// A seeded stand-in for an exchange's order flow on one product: every step changes its own
/// book and returns the full-channel messages that describe the change, with consecutive
/// sequence numbers. <see cref="SnapshotAsync"/> answers like the REST level-3 book, at whatever
/// point the flow has reached (ahead of what a client has received, as on a real exchange).
/// </summary>
internal sealed class ScriptedMarket(int seed)
{
    private readonly Random _random = new(seed);
    private readonly Dictionary<string, RestingOrder> _orders = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private long _sequence = 1_000;
    private int _nextId;

    public long Sequence
    {
        get
        {
            lock (_gate)
            {
                return _sequence;
            }
        }
    }

    public RestingOrder[] Orders()
    {
        lock (_gate)
        {
            return [.. _orders.Values];
        }
    }

    public Task<OrderBook> SnapshotAsync(string productId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(FeedScript.Level3(_sequence, [.. _orders.Values]) with { Time = DateTimeOffset.UnixEpoch });
        }
    }

    /// <summary>One step of order flow: a new order (resting or not), a trade, a size change or a cancel.</summary>
    public List<FullChannelMessage> Step()
    {
        lock (_gate)
        {
            int action = _random.Next(10);
            var resting = _orders.Values.ToList();
            if (resting.Count < 5 || action < 4)
            {
                return NewOrder();
            }

            var order = resting[_random.Next(resting.Count)];
            return action switch
            {
                < 7 => Trade(order),
                < 8 => Shrink(order),
                _ => Cancel(order),
            };
        }
    }

    private List<FullChannelMessage> NewOrder()
    {
        string id = $"o{++_nextId}";
        var side = _random.Next(2) == 0 ? Side.Buy : Side.Sell;
        decimal price = side == Side.Buy ? 100m - (_random.Next(1, 40) * 0.05m) : 100m + (_random.Next(1, 40) * 0.05m);
        decimal size = _random.Next(1, 500) * 0.01m;
        var messages = new List<FullChannelMessage> { FeedScript.Received(++_sequence, id) };
        if (_random.Next(6) == 0)
        {
            // An order that never rests (it took liquidity, or was cancelled at once).
            messages.Add(FeedScript.Done(++_sequence, id));
            return messages;
        }

        _orders[id] = new RestingOrder(id, side, price, size);
        messages.Add(FeedScript.Open(++_sequence, id, side, price, size));
        return messages;
    }

    private List<FullChannelMessage> Trade(RestingOrder maker)
    {
        bool fills = _random.Next(3) == 0;
        decimal size = fills ? maker.Size : Math.Max(0.01m, Math.Round(maker.Size * (decimal)_random.NextDouble(), 2));
        var messages = new List<FullChannelMessage> { FeedScript.Match(++_sequence, maker.OrderId, Math.Min(size, maker.Size)) };
        if (size >= maker.Size)
        {
            _orders.Remove(maker.OrderId);
            messages.Add(FeedScript.Done(++_sequence, maker.OrderId));
        }
        else
        {
            _orders[maker.OrderId] = maker with { Size = maker.Size - size };
        }

        return messages;
    }

    private List<FullChannelMessage> Shrink(RestingOrder order)
    {
        decimal newSize = Math.Max(0.01m, Math.Round(order.Size / 2, 2));
        _orders[order.OrderId] = order with { Size = newSize };
        return [FeedScript.Change(++_sequence, order.OrderId, newSize)];
    }

    private List<FullChannelMessage> Cancel(RestingOrder order)
    {
        _orders.Remove(order.OrderId);
        return [FeedScript.Done(++_sequence, order.OrderId)];
    }
}
