namespace CoPrA.WebSocket;

/// <summary>
/// The server refused a subscribe frame (an <c>error</c> answer instead of <c>subscriptions</c>).
/// The exchange refuses the whole frame, so the client drops what the refusal names from
/// <see cref="WebSocketClient.Channels"/> (never to be sent again, reconnects included) and
/// subscribes again to the rest of the frame at once.
/// </summary>
/// <param name="Message">The error's <c>message</c>, for example <c>Failed to subscribe</c>.</param>
/// <param name="Reason">The error's <c>reason</c>, for example <c>NOPE-USD is not a valid product</c>.</param>
/// <param name="Requested">What the refused frame asked for.</param>
/// <param name="Dropped">
/// What the client removed from its channels because the reason names it: the products it names,
/// or else the channels it names. Empty when the reason names none of them (for example a failed
/// authentication): the channels are then kept, and a connection the server ends for want of a
/// subscription is retried with growing backoff.
/// </param>
public sealed record SubscriptionRejection(string Message, string Reason, IReadOnlyList<Channel> Requested, IReadOnlyList<Channel> Dropped);
