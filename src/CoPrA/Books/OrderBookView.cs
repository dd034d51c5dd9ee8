namespace CoPrA.Books;

/// <summary>
/// What every local book offers: best bid and ask, spread, depth and a change event, over two
/// price ladders guarded by one lock (one writer, the feed; any number of readers).
/// </summary>
public abstract class OrderBookView
{
    private protected readonly Lock Sync = new();
    private protected readonly PriceLadder BidLadder = new(bids: true);
    private protected readonly PriceLadder AskLadder = new(bids: false);

    /// <summary>Creates a view of one product's book.</summary>
    /// <param name="productId">The product, for example <c>BTC-USD</c>.</param>
    private protected OrderBookView(string productId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(productId);
        ProductId = productId;
    }

    /// <summary>Raised after a level changes, on the thread that applied the change.</summary>
    public event Action<OrderBookView, BookChange>? Changed;

    /// <summary>The product.</summary>
    public string ProductId { get; }

    /// <summary>Whether the book holds a snapshot and every update since; false until the first snapshot and after a gap.</summary>
    public bool IsSynced
    {
        get
        {
            lock (Sync)
            {
                return SyncedCore;
            }
        }
    }

    /// <summary>The highest bid, or null when there are no bids.</summary>
    public PriceLevel? BestBid
    {
        get
        {
            lock (Sync)
            {
                return BidLadder.Best;
            }
        }
    }

    /// <summary>The lowest ask, or null when there are no asks.</summary>
    public PriceLevel? BestAsk
    {
        get
        {
            lock (Sync)
            {
                return AskLadder.Best;
            }
        }
    }

    /// <summary>Best ask minus best bid, or null when a side is empty.</summary>
    public decimal? Spread
    {
        get
        {
            lock (Sync)
            {
                return BidLadder.Best is { } bid && AskLadder.Best is { } ask ? ask.Price - bid.Price : null;
            }
        }
    }

    /// <summary>Number of bid and ask price levels.</summary>
    public (int Bids, int Asks) LevelCount
    {
        get
        {
            lock (Sync)
            {
                return (BidLadder.Count, AskLadder.Count);
            }
        }
    }

    /// <summary>The best levels of both sides, best first.</summary>
    /// <param name="depth">How many levels per side.</param>
    public (PriceLevel[] Bids, PriceLevel[] Asks) Depth(int depth = 10)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(depth);
        lock (Sync)
        {
            return (BidLadder.Top(depth), AskLadder.Top(depth));
        }
    }

    /// <summary>Total size of the best <paramref name="depth"/> levels of each side.</summary>
    /// <param name="depth">How many levels per side.</param>
    public (decimal Bids, decimal Asks) SizeOfTop(int depth)
    {
        lock (Sync)
        {
            return (BidLadder.SizeOfTop(depth), AskLadder.SizeOfTop(depth));
        }
    }

    /// <summary>The total size at a price on one side.</summary>
    /// <param name="side">Buy for bids, sell for asks.</param>
    /// <param name="price">The price.</param>
    public decimal SizeAt(Side side, decimal price)
    {
        lock (Sync)
        {
            return Ladder(side).SizeAt(price);
        }
    }

    /// <summary>Whether the book holds a snapshot and every update since; read under the lock.</summary>
    private protected abstract bool SyncedCore { get; }

    private protected PriceLadder Ladder(Side side) => side switch
    {
        Side.Buy => BidLadder,
        Side.Sell => AskLadder,
        _ => throw new ArgumentOutOfRangeException(nameof(side), side, "side must be buy or sell."),
    };

    /// <summary>Tells subscribers about a change; called outside the lock so a handler may read the book.</summary>
    private protected void RaiseChanged(Side side, decimal price, decimal size) => Changed?.Invoke(this, new BookChange(side, price, size));
}
