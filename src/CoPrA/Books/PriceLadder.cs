namespace CoPrA.Books;

/// <summary>
/// One side of a book: price levels in sorted arrays with the BEST price at the end, so that the
/// updates a live book mostly sees (near the top) insert and remove with almost no copying.
/// Binary search finds a level in O(log n). Not thread-safe; the books lock around it.
/// </summary>
internal sealed class PriceLadder
{
    private readonly bool _descendingIsBetter;
    private decimal[] _prices = new decimal[64];
    private decimal[] _sizes = new decimal[64];

    /// <param name="bids">True for bids (higher is better), false for asks (lower is better).</param>
    public PriceLadder(bool bids) => _descendingIsBetter = bids;

    public int Count { get; private set; }

    public void Clear() => Count = 0;

    /// <summary>Sets the size at a price; zero removes the level. Returns the size it had.</summary>
    public decimal Set(decimal price, decimal size)
    {
        int index = Find(price, out bool found);
        if (found)
        {
            decimal old = _sizes[index];
            if (size == 0)
            {
                RemoveAt(index);
            }
            else
            {
                _sizes[index] = size;
            }

            return old;
        }

        if (size != 0)
        {
            InsertAt(index, price, size);
        }

        return 0;
    }

    /// <summary>
    /// Adds a (possibly negative) amount to a level, removing it when nothing is left. Returns the
    /// level's new size (zero when it is gone), found by the same search.
    /// </summary>
    public decimal Add(decimal price, decimal delta)
    {
        int index = Find(price, out bool found);
        if (!found)
        {
            if (delta > 0)
            {
                InsertAt(index, price, delta);
                return delta;
            }

            return 0;
        }

        decimal size = _sizes[index] + delta;
        if (size <= 0)
        {
            RemoveAt(index);
            return 0;
        }

        _sizes[index] = size;
        return size;
    }

    public decimal SizeAt(decimal price)
    {
        int index = Find(price, out bool found);
        return found ? _sizes[index] : 0;
    }

    public PriceLevel? Best => Count == 0 ? null : new PriceLevel(_prices[Count - 1], _sizes[Count - 1]);

    /// <summary>The best <paramref name="depth"/> levels, best first.</summary>
    public PriceLevel[] Top(int depth)
    {
        int take = Math.Min(depth, Count);
        var levels = new PriceLevel[take];
        for (int i = 0; i < take; i++)
        {
            levels[i] = new PriceLevel(_prices[Count - 1 - i], _sizes[Count - 1 - i]);
        }

        return levels;
    }

    /// <summary>Total size of the best <paramref name="depth"/> levels.</summary>
    public decimal SizeOfTop(int depth)
    {
        decimal total = 0;
        for (int i = Count - 1; i >= Math.Max(0, Count - depth); i--)
        {
            total += _sizes[i];
        }

        return total;
    }

    /// <summary>
    /// Index of the price, or where it would go. Arrays are kept worst-to-best: ascending prices
    /// for bids, descending for asks.
    /// </summary>
    private int Find(decimal price, out bool found)
    {
        int low = 0;
        int high = Count - 1;
        while (low <= high)
        {
            int mid = (low + high) >>> 1;
            int order = _prices[mid].CompareTo(price);
            if (!_descendingIsBetter)
            {
                order = -order;
            }

            if (order == 0)
            {
                found = true;
                return mid;
            }

            if (order < 0)
            {
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }

        found = false;
        return low;
    }

    private void InsertAt(int index, decimal price, decimal size)
    {
        if (Count == _prices.Length)
        {
            Array.Resize(ref _prices, Count * 2);
            Array.Resize(ref _sizes, Count * 2);
        }

        Array.Copy(_prices, index, _prices, index + 1, Count - index);
        Array.Copy(_sizes, index, _sizes, index + 1, Count - index);
        _prices[index] = price;
        _sizes[index] = size;
        Count++;
    }

    private void RemoveAt(int index)
    {
        Count--;
        Array.Copy(_prices, index + 1, _prices, index, Count - index);
        Array.Copy(_sizes, index + 1, _sizes, index, Count - index);
    }
}
