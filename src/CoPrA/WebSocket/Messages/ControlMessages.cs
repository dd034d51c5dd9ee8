namespace CoPrA.WebSocket;

/// <summary>The <c>subscriptions</c> reply to every subscribe and unsubscribe: the full current list.</summary>
public sealed record SubscriptionsMessage : FeedMessage
{
    /// <summary>Every channel subscribed on this connection.</summary>
    public IReadOnlyList<SubscribedChannel> Channels { get; init => field = value ?? []; } = [];
}

/// <summary>One channel of a <see cref="SubscriptionsMessage"/>.</summary>
public sealed record SubscribedChannel : ApiObject
{
    /// <summary>Channel name.</summary>
    public string Name { get; init => field = value ?? ""; } = "";
    /// <summary>Product ids.</summary>
    public IReadOnlyList<string> ProductIds { get; init => field = value ?? []; } = [];
    /// <summary>Account ids (the <c>balance</c> channel).</summary>
    public IReadOnlyList<string>? AccountIds { get; init; }
}

/// <summary>A <c>status</c>: every product and currency with its trading status.</summary>
public sealed record StatusMessage : FeedMessage
{
    /// <summary>The products.</summary>
    public IReadOnlyList<Product> Products { get; init => field = value ?? []; } = [];
    /// <summary>The currencies.</summary>
    public IReadOnlyList<Currency> Currencies { get; init => field = value ?? []; } = [];
}

/// <summary>An <c>error</c> frame; the client also passes it to <c>OnErrorAsync</c>.</summary>
public sealed record ErrorMessage : FeedMessage
{
    /// <summary>What went wrong.</summary>
    public string Message { get; init => field = value ?? ""; } = "";
    /// <summary>More detail; often absent.</summary>
    public string? Reason { get; init; }
}

/// <summary>
/// A compact message of the <c>level3</c> channel: a JSON array laid out by the schema of the
/// channel's first message. Positions 0 to 2 are always type, product id and sequence.
/// </summary>
public sealed record Level3Message : FeedMessage
{
    /// <summary>Product id, for example <c>BTC-USD</c>.</summary>
    public string ProductId { get; init => field = value ?? ""; } = "";
    /// <summary>Per-product sequence number.</summary>
    public long Sequence { get; init; }
    /// <summary>Every element of the array as text, in order (type, product id, sequence, then the type's own fields).</summary>
    public IReadOnlyList<string?> Values { get; init => field = value ?? []; } = [];
}
