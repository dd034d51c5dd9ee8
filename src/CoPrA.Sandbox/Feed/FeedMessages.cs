namespace CoPrA.Sandbox.Feed;

// The feed's message shapes (exchange-api.md §5.4). Null members are left out when written.

/// <summary><c>{"type":"error","message":...,"reason":...}</c>.</summary>
internal sealed record ErrorMessage(string Message, string? Reason = null)
{
    [System.Text.Json.Serialization.JsonPropertyOrder(-1)]
    public string Type => "error";
}

/// <summary>The answer to every subscribe and unsubscribe: the connection's whole subscription set.</summary>
internal sealed record SubscriptionsMessage(IReadOnlyList<ChannelSubscription> Channels)
{
    [System.Text.Json.Serialization.JsonPropertyOrder(-1)]
    public string Type => "subscriptions";
}

/// <summary>One channel of a <see cref="SubscriptionsMessage"/>.</summary>
internal sealed record ChannelSubscription(string Name, IReadOnlyList<string> ProductIds);

/// <summary>Sent once a second per product on the heartbeat channel.</summary>
internal sealed record HeartbeatMessage(long Sequence, long LastTradeId, string ProductId, DateTimeOffset Time)
{
    [System.Text.Json.Serialization.JsonPropertyOrder(-1)]
    public string Type => "heartbeat";
}

/// <summary>Sent on every match on the ticker channel.</summary>
internal sealed record TickerMessage
{
    [System.Text.Json.Serialization.JsonPropertyOrder(-1)]
    public string Type => "ticker";

    public long Sequence { get; init; }

    public required string ProductId { get; init; }

    public decimal Price { get; init; }

    [System.Text.Json.Serialization.JsonPropertyName("open_24h")]
    public decimal Open24H { get; init; }

    [System.Text.Json.Serialization.JsonPropertyName("volume_24h")]
    public decimal Volume24H { get; init; }

    [System.Text.Json.Serialization.JsonPropertyName("low_24h")]
    public decimal Low24H { get; init; }

    [System.Text.Json.Serialization.JsonPropertyName("high_24h")]
    public decimal High24H { get; init; }

    [System.Text.Json.Serialization.JsonPropertyName("volume_30d")]
    public decimal Volume30D { get; init; }

    public decimal? BestBid { get; init; }

    public decimal? BestBidSize { get; init; }

    public decimal? BestAsk { get; init; }

    public decimal? BestAskSize { get; init; }

    /// <summary>The taker's side, <c>buy</c> or <c>sell</c>.</summary>
    public required string Side { get; init; }

    public DateTimeOffset Time { get; init; }

    public long TradeId { get; init; }

    public decimal LastSize { get; init; }
}

/// <summary>The first level-2 message: the whole book as <c>[price, size]</c> rows.</summary>
internal sealed record L2SnapshotMessage(string ProductId, IReadOnlyList<string[]> Bids, IReadOnlyList<string[]> Asks)
{
    [System.Text.Json.Serialization.JsonPropertyOrder(-1)]
    public string Type => "snapshot";
}

/// <summary>Level-2 changes as <c>[side, price, new size]</c> rows.</summary>
internal sealed record L2UpdateMessage(string ProductId, DateTimeOffset Time, IReadOnlyList<string[]> Changes)
{
    [System.Text.Json.Serialization.JsonPropertyOrder(-1)]
    public string Type => "l2update";
}

/// <summary>
/// An order's life on the full and user channels (received, open, done, match, change,
/// activate) and the matches channel (last_match, match). Members a type does not use stay null.
/// </summary>
internal sealed record OrderMessage
{
    public required string Type { get; init; }

    public DateTimeOffset? Time { get; init; }

    public required string ProductId { get; init; }

    public long? Sequence { get; init; }

    public long? TradeId { get; init; }

    public string? OrderId { get; init; }

    public string? MakerOrderId { get; init; }

    public string? TakerOrderId { get; init; }

    public string? ClientOid { get; init; }

    public decimal? Size { get; init; }

    public decimal? Price { get; init; }

    public decimal? Funds { get; init; }

    public decimal? RemainingSize { get; init; }

    public decimal? OldSize { get; init; }

    public decimal? NewSize { get; init; }

    /// <summary><c>buy</c> or <c>sell</c>.</summary>
    public string? Side { get; init; }

    public string? OrderType { get; init; }

    public string? Reason { get; init; }

    public string? CancelReason { get; init; }

    public string? StopType { get; init; }

    public decimal? StopPrice { get; init; }

    /// <summary>Unix seconds with a fraction, as the activate message carries it.</summary>
    public string? Timestamp { get; init; }

    public string? UserId { get; init; }

    public string? ProfileId { get; init; }

    public string? TakerUserId { get; init; }

    public string? TakerProfileId { get; init; }

    public string? MakerUserId { get; init; }

    public string? MakerProfileId { get; init; }

    public decimal? TakerFeeRate { get; init; }

    public decimal? MakerFeeRate { get; init; }

    public bool? Private { get; init; }
}
