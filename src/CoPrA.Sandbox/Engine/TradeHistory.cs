namespace CoPrA.Sandbox.Engine;

/// <summary>
/// One product's public trades, and one-minute buckets of them from which candles and 24-hour
/// statistics are computed. Keeps a bounded number of trades and 30 days of buckets.
/// Not thread-safe: used under the product's lock.
/// </summary>
internal sealed class TradeHistory
{
    private static readonly TimeSpan StatsWindow = TimeSpan.FromDays(1);
    private static readonly TimeSpan VolumeWindow = TimeSpan.FromDays(30);
    private readonly List<Trade> _trades = [];
    private readonly List<MinuteBucket> _buckets = [];
    private readonly int _maxTrades;

    public TradeHistory(int maxTrades) => _maxTrades = Math.Max(1000, maxTrades);

    /// <summary>The latest trade, or null before the first one.</summary>
    public Trade? Last { get; private set; }

    /// <summary>Id of the latest trade; 0 before the first one.</summary>
    public long LastTradeId => Last?.TradeId ?? 0;

    /// <summary>Trades newest first, as a view (no copy).</summary>
    public IReadOnlyList<Trade> NewestFirst => new ReversedList<Trade>(_trades);

    public void Record(Trade trade)
    {
        _trades.Add(trade);
        Last = trade;
        if (_trades.Count > _maxTrades)
        {
            _trades.RemoveRange(0, _trades.Count - _maxTrades + (_maxTrades / 10));
        }

        long minute = trade.Time.ToUnixTimeSeconds() / 60 * 60;
        int index = FindBucket(minute);
        if (index >= 0)
        {
            _buckets[index].Add(trade.Price, trade.Size);
        }
        else
        {
            _buckets.Insert(~index, new MinuteBucket(minute, trade.Price, trade.Size));
        }

        long oldest = (trade.Time - VolumeWindow - TimeSpan.FromDays(1)).ToUnixTimeSeconds();
        int stale = _buckets.FindIndex(bucket => bucket.Start >= oldest);
        if (stale > 0)
        {
            _buckets.RemoveRange(0, stale);
        }
    }

    /// <summary>24-hour open, high, low, last and volume, and the 30-day volume, at an instant.</summary>
    public ProductStats Stats(DateTimeOffset now)
    {
        long dayStart = (now - StatsWindow).ToUnixTimeSeconds();
        long monthStart = (now - VolumeWindow).ToUnixTimeSeconds();
        decimal last = Last?.Price ?? 0m;
        decimal? open = null, high = null, low = null;
        decimal volume = 0m, volume30 = 0m;
        foreach (var bucket in _buckets)
        {
            if (bucket.Start >= monthStart)
            {
                volume30 += bucket.Volume;
            }

            if (bucket.Start < dayStart)
            {
                continue;
            }

            open ??= bucket.Open;
            high = high is null ? bucket.High : Math.Max(high.Value, bucket.High);
            low = low is null ? bucket.Low : Math.Min(low.Value, bucket.Low);
            volume += bucket.Volume;
        }

        return new ProductStats
        {
            Open = open ?? last,
            High = high ?? last,
            Low = low ?? last,
            Last = last,
            Volume = volume,
            Volume30Day = volume30,
            RfqVolume24Hour = 0m,
            RfqVolume30Day = 0m,
            ConversionsVolume24Hour = 0m,
            ConversionsVolume30Day = 0m,
        };
    }

    /// <summary>Candles of a width in seconds whose start lies in [start, end], newest first; empty intervals left out.</summary>
    public List<Candle> Candles(int granularity, DateTimeOffset start, DateTimeOffset end)
    {
        long from = start.ToUnixTimeSeconds() / granularity * granularity;
        long to = end.ToUnixTimeSeconds();
        var candles = new List<Candle>();
        MinuteBucket? current = null;
        long currentStart = 0;
        foreach (var bucket in _buckets)
        {
            long slot = bucket.Start / granularity * granularity;
            if (slot < from || slot > to)
            {
                continue;
            }

            if (current is null || slot != currentStart)
            {
                if (current is not null)
                {
                    candles.Add(current.ToCandle(currentStart));
                }

                current = new MinuteBucket(slot, bucket.Open, 0m) { High = bucket.High, Low = bucket.Low };
                currentStart = slot;
            }

            current.Merge(bucket);
        }

        if (current is not null)
        {
            candles.Add(current.ToCandle(currentStart));
        }

        candles.Reverse();
        return candles;
    }

    private int FindBucket(long minute)
    {
        // Trades arrive in time order almost always; search from the end.
        if (_buckets.Count == 0 || _buckets[^1].Start < minute)
        {
            return ~_buckets.Count;
        }

        if (_buckets[^1].Start == minute)
        {
            return _buckets.Count - 1;
        }

        int low = 0, high = _buckets.Count - 1;
        while (low <= high)
        {
            int mid = (low + high) / 2;
            long value = _buckets[mid].Start;
            if (value == minute)
            {
                return mid;
            }

            if (value < minute)
            {
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }

        return ~low;
    }

    private sealed class MinuteBucket(long start, decimal price, decimal size)
    {
        public long Start { get; } = start;

        public decimal Open { get; } = price;

        public decimal High { get; set; } = price;

        public decimal Low { get; set; } = price;

        public decimal Close { get; private set; } = price;

        public decimal Volume { get; private set; } = size;

        public void Add(decimal tradePrice, decimal tradeSize)
        {
            High = Math.Max(High, tradePrice);
            Low = Math.Min(Low, tradePrice);
            Close = tradePrice;
            Volume += tradeSize;
        }

        public void Merge(MinuteBucket later)
        {
            High = Math.Max(High, later.High);
            Low = Math.Min(Low, later.Low);
            Close = later.Close;
            Volume += later.Volume;
        }

        public Candle ToCandle(long slot) => new(DateTimeOffset.FromUnixTimeSeconds(slot), Low, High, Open, Close, Volume);
    }
}
