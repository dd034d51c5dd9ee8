using CoPrA.WebSocket;

namespace CoPrA.Diagnostics;

/// <summary>
/// One feed client's instruments, tagged with its name. The receive path pays a flag check per
/// message when nothing listens, and no allocation when something does.
/// </summary>
internal sealed class FeedTelemetry(string clientName)
{
    private readonly KeyValuePair<string, object?> _client = new("copra.feed.client", clientName);

    /// <summary>A message was parsed.</summary>
    /// <param name="type">Its type.</param>
    public void Message(string type)
    {
        if (CoPrATelemetry.FeedMessages.Enabled)
        {
            CoPrATelemetry.FeedMessages.Add(1, _client, new KeyValuePair<string, object?>("copra.feed.message.type", type));
        }
    }

    /// <summary>A gap went to OnGapAsync.</summary>
    public void Gap(SequenceGap gap) =>
        CoPrATelemetry.FeedGaps.Add(1, _client, new KeyValuePair<string, object?>("copra.feed.gap.source", gap.Source == GapSource.ReceiveQueue ? "receive_queue" : "feed"));

    /// <summary>A message was dropped from the ReadAllAsync queue.</summary>
    public void Dropped() => CoPrATelemetry.FeedDropped.Add(1, _client);

    /// <summary>A reconnect was scheduled.</summary>
    public void Reconnect() => CoPrATelemetry.FeedReconnects.Add(1, _client);
}
