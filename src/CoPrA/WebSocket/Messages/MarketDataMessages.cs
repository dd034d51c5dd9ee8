using System.Text.Json.Serialization;

namespace CoPrA.WebSocket;

/// <summary>A <c>heartbeat</c>: one per second per product, with the last trade id for loss detection.</summary>
public sealed record HeartbeatMessage : FeedMessage
{
    /// <summary>Product id, for example <c>BTC-USD</c>.</summary>
    [JsonConverter(typeof(InternedStringConverter))]
    public string ProductId { get; init => field = value ?? ""; } = "";
    /// <summary>Sequence number; it jumps by design and is not a loss signal.</summary>
    public long Sequence { get; init; }
    /// <summary>Id of the product's latest trade; ahead of the last match seen means matches were lost.</summary>
    public long LastTradeId { get; init; }
    /// <summary>Server time.</summary>
    public DateTimeOffset Time { get; init; }
}

/// <summary>
/// A <c>ticker</c> (channels <c>ticker</c> and <c>ticker_batch</c>): the latest trade and best prices.
/// The first ticker after subscribing has no trade yet: <see cref="Time"/>, <see cref="TradeId"/> and
/// <see cref="LastSize"/> are null and <see cref="Side"/> is Unknown.
/// </summary>
public sealed record TickerMessage : FeedMessage
{
    /// <summary>Product id, for example <c>BTC-USD</c>.</summary>
    [JsonConverter(typeof(InternedStringConverter))]
    public string ProductId { get; init => field = value ?? ""; } = "";
    /// <summary>Sequence number; it jumps by design and is not a loss signal.</summary>
    public long Sequence { get; init; }
    /// <summary>Last trade price.</summary>
    public decimal Price { get; init; }
    /// <summary>Price 24 hours ago.</summary>
    [JsonPropertyName("open_24h")]
    public decimal Open24h { get; init; }
    /// <summary>Volume over 24 hours.</summary>
    [JsonPropertyName("volume_24h")]
    public decimal Volume24h { get; init; }
    /// <summary>Lowest price over 24 hours.</summary>
    [JsonPropertyName("low_24h")]
    public decimal Low24h { get; init; }
    /// <summary>Highest price over 24 hours.</summary>
    [JsonPropertyName("high_24h")]
    public decimal High24h { get; init; }
    /// <summary>Volume over 30 days.</summary>
    [JsonPropertyName("volume_30d")]
    public decimal Volume30d { get; init; }
    /// <summary>Best bid price.</summary>
    public decimal BestBid { get; init; }
    /// <summary>Size at the best bid.</summary>
    public decimal BestBidSize { get; init; }
    /// <summary>Best ask price.</summary>
    public decimal BestAsk { get; init; }
    /// <summary>Size at the best ask.</summary>
    public decimal BestAskSize { get; init; }
    /// <summary>Taker side of the last trade; Unknown on the first ticker after subscribing.</summary>
    public Side Side { get; init; }
    /// <summary>Trade time; absent on the first ticker after subscribing.</summary>
    public DateTimeOffset? Time { get; init; }
    /// <summary>Id of the last trade.</summary>
    public long? TradeId { get; init; }
    /// <summary>Size of the last trade.</summary>
    public decimal? LastSize { get; init; }
}

/// <summary>A <c>snapshot</c> of the level-2 book (channels <c>level2</c>, <c>level2_batch</c>): rows of <c>[price, size]</c>.</summary>
public sealed record L2SnapshotMessage : FeedMessage
{
    /// <summary>Product id, for example <c>BTC-USD</c>.</summary>
    [JsonConverter(typeof(InternedStringConverter))]
    public string ProductId { get; init => field = value ?? ""; } = "";
    /// <summary>Bids, best first.</summary>
    public IReadOnlyList<BookLevel> Bids { get; init => field = value ?? []; } = [];
    /// <summary>Asks, best first.</summary>
    public IReadOnlyList<BookLevel> Asks { get; init => field = value ?? []; } = [];
    /// <summary>Snapshot time, when the server sends one.</summary>
    public DateTimeOffset? Time { get; init; }
}

/// <summary>An <c>l2update</c>: new absolute sizes at changed price levels (size 0 removes the level).</summary>
public sealed record L2UpdateMessage : FeedMessage
{
    /// <summary>Product id, for example <c>BTC-USD</c>.</summary>
    [JsonConverter(typeof(InternedStringConverter))]
    public string ProductId { get; init => field = value ?? ""; } = "";
    /// <summary>Update time.</summary>
    public DateTimeOffset Time { get; init; }
    /// <summary>The changed levels, in the order sent.</summary>
    public IReadOnlyList<L2Change> Changes { get; init => field = value ?? []; } = [];
}

/// <summary>One row of <see cref="L2UpdateMessage.Changes"/>: <c>[side, price, size]</c>.</summary>
/// <param name="Side">The book side.</param>
/// <param name="Price">The price level.</param>
/// <param name="Size">The new absolute size at that level; 0 removes it.</param>
[JsonConverter(typeof(L2ChangeConverter))]
public readonly record struct L2Change(Side Side, decimal Price, decimal Size);
