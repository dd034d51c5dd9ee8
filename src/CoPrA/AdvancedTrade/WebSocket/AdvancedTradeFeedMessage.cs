using System.Text.Json;

namespace CoPrA.AdvancedTrade;

/// <summary>
/// One message of the Advanced Trade WebSocket feed: the envelope every channel shares. Match on
/// the concrete type: <see cref="AdvancedTradeFeedMessage{TEvent}"/> for the known channels,
/// <see cref="AdvancedTradeFeedError"/> for errors, <see cref="AdvancedTradeRawFeedMessage"/> for
/// channels this version does not know. Members the model lacks are kept in <see cref="ApiObject.ExtensionData"/>.
/// </summary>
public abstract record AdvancedTradeFeedMessage : ApiObject
{
    /// <summary>The channel as the server names it (<c>l2_data</c> for <c>level2</c>, <c>subscriptions</c> for confirmations); empty for errors.</summary>
    public string Channel { get; init => field = value ?? ""; } = "";

    /// <summary>The client id the server echoes; often empty.</summary>
    public string ClientId { get; init => field = value ?? ""; } = "";

    /// <summary>When the server sent the message.</summary>
    public DateTimeOffset? Timestamp { get; init; }

    /// <summary>
    /// The message's number on its connection: every channel of a connection shares one count that
    /// starts at 0 and rises by one per message, so a jump means messages were lost. Null when absent.
    /// </summary>
    public long? SequenceNum { get; init; }
}

/// <summary>A message of a known channel with its typed events.</summary>
/// <typeparam name="TEvent">The channel's event type, for example <see cref="TickerEvent"/>.</typeparam>
public sealed record AdvancedTradeFeedMessage<TEvent> : AdvancedTradeFeedMessage
    where TEvent : AdvancedTradeFeedEvent
{
    /// <summary>The events; the first after subscribing is usually a <c>snapshot</c>, later ones <c>update</c>s.</summary>
    public List<TEvent> Events { get; init => field = value ?? []; } = [];
}

/// <summary>An error from the server, such as <c>{"type":"error","message":"authentication failure"}</c>.</summary>
public sealed record AdvancedTradeFeedError : AdvancedTradeFeedMessage
{
    /// <summary>The message type, <c>error</c>.</summary>
    public string Type { get; init => field = value ?? ""; } = "";

    /// <summary>What went wrong.</summary>
    public string Message { get; init => field = value ?? ""; } = "";
}

/// <summary>
/// A message of a channel this version has no model for (or whose members did not fit its model),
/// delivered as it came instead of being dropped.
/// </summary>
public sealed record AdvancedTradeRawFeedMessage : AdvancedTradeFeedMessage
{
    /// <summary>The whole message.</summary>
    public JsonElement Json { get; init; }
}
