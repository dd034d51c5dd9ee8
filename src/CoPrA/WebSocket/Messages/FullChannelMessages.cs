using System.Text.Json.Serialization;

namespace CoPrA.WebSocket;

/// <summary>
/// A sequenced order message of the <c>full</c> channel (also sent on <c>user</c>, and <c>match</c> on
/// <c>matches</c>). On <c>full</c>, <see cref="Sequence"/> rises by exactly one per product.
/// </summary>
public abstract record FullChannelMessage : FeedMessage
{
    /// <summary>Product id, for example <c>BTC-USD</c>.</summary>
    [JsonConverter(typeof(InternedStringConverter))]
    public string ProductId { get; init => field = value ?? ""; } = "";
    /// <summary>Per-product sequence number.</summary>
    public long Sequence { get; init; }
    /// <summary>Event time.</summary>
    public DateTimeOffset Time { get; init; }
    /// <summary>Order side (for a match, the maker's side).</summary>
    public Side Side { get; init; }
}

/// <summary>A <c>received</c>: the matching engine accepted an order.</summary>
public sealed record ReceivedMessage : FullChannelMessage
{
    /// <summary>Order id.</summary>
    public string OrderId { get; init => field = value ?? ""; } = "";
    /// <summary>The client's order id, when it set one.</summary>
    public string? ClientOid { get; init; }
    /// <summary>Order type.</summary>
    public OrderType OrderType { get; init; }
    /// <summary>Size, for limit orders and sized market orders.</summary>
    public decimal? Size { get; init; }
    /// <summary>Limit price.</summary>
    public decimal? Price { get; init; }
    /// <summary>Funds, for market orders given in quote currency.</summary>
    public decimal? Funds { get; init; }
}

/// <summary>An <c>open</c>: an order's rest is now on the book.</summary>
public sealed record OpenMessage : FullChannelMessage
{
    /// <summary>Order id.</summary>
    public string OrderId { get; init => field = value ?? ""; } = "";
    /// <summary>Price.</summary>
    public decimal Price { get; init; }
    /// <summary>Size still open.</summary>
    public decimal RemainingSize { get; init; }
}

/// <summary>A <c>done</c>: an order left the book (or never reached it).</summary>
public sealed record DoneMessage : FullChannelMessage
{
    /// <summary>Order id.</summary>
    public string OrderId { get; init => field = value ?? ""; } = "";
    /// <summary>Why the order is done.</summary>
    public DoneReason Reason { get; init; }
    /// <summary>Price; absent for market orders.</summary>
    public decimal? Price { get; init; }
    /// <summary>Size left unfilled; absent for market orders.</summary>
    public decimal? RemainingSize { get; init; }
    /// <summary>For the key's own cancels, the cancel reason code, for example <c>102</c> (self-trade prevention).</summary>
    public string? CancelReason { get; init; }
}

/// <summary>
/// A <c>match</c> (a trade), or the <c>last_match</c> sent first on the <c>matches</c> channel
/// (<see cref="FeedMessage.Type"/> tells them apart).
/// </summary>
public sealed record MatchMessage : FullChannelMessage
{
    /// <summary>Trade id, rising by one per trade of the product.</summary>
    public long TradeId { get; init; }
    /// <summary>The resting order's id.</summary>
    public string MakerOrderId { get; init => field = value ?? ""; } = "";
    /// <summary>The incoming order's id.</summary>
    public string TakerOrderId { get; init => field = value ?? ""; } = "";
    /// <summary>Trade size.</summary>
    public decimal Size { get; init; }
    /// <summary>Trade price.</summary>
    public decimal Price { get; init; }
    /// <summary>Authenticated and involved: the taker's user id.</summary>
    public string? TakerUserId { get; init; }
    /// <summary>Authenticated and involved: the maker's user id.</summary>
    public string? MakerUserId { get; init; }
    /// <summary>Authenticated and involved: your user id.</summary>
    public string? UserId { get; init; }
    /// <summary>Authenticated and involved: the taker's profile id.</summary>
    public string? TakerProfileId { get; init; }
    /// <summary>Authenticated and involved: the maker's profile id.</summary>
    public string? MakerProfileId { get; init; }
    /// <summary>Authenticated and involved: your profile id.</summary>
    public string? ProfileId { get; init; }
    /// <summary>Authenticated and the taker: your fee rate.</summary>
    public decimal? TakerFeeRate { get; init; }
    /// <summary>Authenticated and the maker: your fee rate.</summary>
    public decimal? MakerFeeRate { get; init; }
}

/// <summary>A <c>change</c>: an order's size, price or funds changed (self-trade prevention or a modify).</summary>
public sealed record ChangeMessage : FullChannelMessage
{
    /// <summary>Order id.</summary>
    public string OrderId { get; init => field = value ?? ""; } = "";
    /// <summary>Why it changed, for example <c>STP</c> or <c>modify_order</c>.</summary>
    public string? Reason { get; init; }
    /// <summary>Price (for STP changes).</summary>
    public decimal? Price { get; init; }
    /// <summary>Size before.</summary>
    public decimal? OldSize { get; init; }
    /// <summary>Size after.</summary>
    public decimal? NewSize { get; init; }
    /// <summary>Price before (modify).</summary>
    public decimal? OldPrice { get; init; }
    /// <summary>Price after (modify).</summary>
    public decimal? NewPrice { get; init; }
    /// <summary>Funds before (market orders).</summary>
    public decimal? OldFunds { get; init; }
    /// <summary>Funds after (market orders).</summary>
    public decimal? NewFunds { get; init; }
}

/// <summary>An <c>activate</c>: a stop order was triggered. Private, and carries no sequence number.</summary>
public sealed record ActivateMessage : FeedMessage
{
    /// <summary>Product id, for example <c>BTC-USD</c>.</summary>
    [JsonConverter(typeof(InternedStringConverter))]
    public string ProductId { get; init => field = value ?? ""; } = "";
    /// <summary>When the stop was triggered (sent as Unix seconds).</summary>
    [JsonConverter(typeof(UnixSecondsConverter))]
    public DateTimeOffset? Timestamp { get; init; }
    /// <summary>User id.</summary>
    public string? UserId { get; init; }
    /// <summary>Profile id.</summary>
    public string? ProfileId { get; init; }
    /// <summary>Order id.</summary>
    public string OrderId { get; init => field = value ?? ""; } = "";
    /// <summary>Stop type.</summary>
    public StopType StopType { get; init; }
    /// <summary>Order side.</summary>
    public Side Side { get; init; }
    /// <summary>Stop price.</summary>
    public decimal? StopPrice { get; init; }
    /// <summary>Size.</summary>
    public decimal? Size { get; init; }
    /// <summary>Funds.</summary>
    public decimal? Funds { get; init; }
    /// <summary>Whether the message is private to the key.</summary>
    public bool? Private { get; init; }
}

/// <summary>Why an order is done.</summary>
[JsonConverter(typeof(WireEnumConverter<DoneReason>))]
public enum DoneReason
{
    /// <summary>A value this version does not know.</summary>
    Unknown = 0,
    /// <summary>Completely filled.</summary>
    [JsonStringEnumMemberName("filled")] Filled,
    /// <summary>Canceled (see <see cref="DoneMessage.CancelReason"/> for your own orders).</summary>
    [JsonStringEnumMemberName("canceled")] Canceled,
}
