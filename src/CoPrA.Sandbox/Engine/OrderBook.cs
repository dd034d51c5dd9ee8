namespace CoPrA.Sandbox.Engine;

/// <summary>
/// One product's resting orders in price-time priority: price levels sorted best first, each a
/// FIFO queue. Records which levels changed, so that the feed can send level-2 updates.
/// Not thread-safe: used under the product's lock.
/// </summary>
internal sealed class OrderBook
{
    private readonly SortedDictionary<decimal, PriceLevel> _bids = new(Comparer<decimal>.Create((a, b) => b.CompareTo(a)));
    private readonly SortedDictionary<decimal, PriceLevel> _asks = new();
    private readonly Dictionary<string, LinkedListNode<SandboxOrder>> _nodes = new(StringComparer.Ordinal);
    private readonly Dictionary<(Side Side, decimal Price), bool> _changed = [];

    /// <summary>Number of resting orders.</summary>
    public int Count => _nodes.Count;

    /// <summary>Levels of one side, best first.</summary>
    public IEnumerable<PriceLevel> Levels(Side side) => Side(side).Values;

    /// <summary>The best level of a side, or null when the side is empty.</summary>
    public PriceLevel? Best(Side side)
    {
        foreach (var level in Side(side).Values)
        {
            return level;
        }

        return null;
    }

    /// <summary>Whether an order is resting on the book.</summary>
    public bool Contains(SandboxOrder order) => _nodes.ContainsKey(order.Id);

    /// <summary>Puts an order at the back of its price level's queue.</summary>
    public void Add(SandboxOrder order)
    {
        decimal price = order.Price!.Value;
        var levels = Side(order.Side);
        if (!levels.TryGetValue(price, out var level))
        {
            level = new PriceLevel(price);
            levels[price] = level;
        }

        _nodes[order.Id] = level.Orders.AddLast(order);
        level.Size += order.BookSize;
        Touch(order.Side, price);
    }

    /// <summary>Takes an order off the book; false when it was not on it.</summary>
    public bool Remove(SandboxOrder order)
    {
        if (!_nodes.Remove(order.Id, out var node))
        {
            return false;
        }

        decimal price = order.Price!.Value;
        var levels = Side(order.Side);
        var level = levels[price];
        level.Orders.Remove(node);
        level.Size -= order.BookSize;
        if (level.Orders.Count == 0)
        {
            levels.Remove(price);
        }

        Touch(order.Side, price);
        return true;
    }

    /// <summary>Reduces a resting order's size (a fill or a self-trade decrease).</summary>
    public void Reduce(SandboxOrder order, decimal amount)
    {
        order.RemainingSize -= amount;
        if (_nodes.ContainsKey(order.Id))
        {
            Side(order.Side)[order.Price!.Value].Size -= amount;
            Touch(order.Side, order.Price.Value);
        }
    }

    /// <summary>The size now resting at a price, zero when the level is gone.</summary>
    public decimal SizeAt(Side side, decimal price) => Side(side).TryGetValue(price, out var level) ? level.Size : 0m;

    /// <summary>The levels changed since the last call, with their new sizes (zero: removed).</summary>
    public List<BookChange> TakeChanges()
    {
        if (_changed.Count == 0)
        {
            return [];
        }

        var changes = _changed.Keys.Select(key => new BookChange(key.Side, key.Price, SizeAt(key.Side, key.Price))).ToList();
        _changed.Clear();
        return changes;
    }

    private void Touch(Side side, decimal price) => _changed[(side, price)] = true;

    private SortedDictionary<decimal, PriceLevel> Side(Side side) => side == CoPrA.Side.Buy ? _bids : _asks;
}

/// <summary>The orders resting at one price, oldest first, and their total size.</summary>
internal sealed class PriceLevel(decimal price)
{
    public decimal Price { get; } = price;

    public LinkedList<SandboxOrder> Orders { get; } = new();

    public decimal Size { get; set; }
}

/// <summary>A level-2 change: the new total size at a price (zero: the level is gone).</summary>
internal readonly record struct BookChange(Side Side, decimal Price, decimal Size);
