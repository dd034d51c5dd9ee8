namespace CoPrA.WebSocket;

/// <summary>
/// What the queue-drop report needs of a dropped message: its product, its channel (or message
/// type) and its sequence number when the feed numbers it gap-free, else 0.
/// </summary>
/// <param name="ProductId">The product, or "" when the message has none.</param>
/// <param name="Channel">The channel whose numbers <paramref name="Sequence"/> belongs to, or the message type.</param>
/// <param name="Sequence">A gap-free sequence number, or 0 when the message has none.</param>
internal readonly record struct DroppedMessage(string ProductId, string Channel, long Sequence);
