using System.Text.Json;

namespace CoPrA.WebSocket;

/// <summary>
/// The Exchange feed's reader for the connection core: parses a frame into its typed
/// <see cref="FeedMessage"/> and says what it is (<c>error</c> frames, refusals among them;
/// <c>subscriptions</c> confirmations; heartbeats). Stateless.
/// </summary>
internal sealed class ExchangeFeedReader : IFeedMessageReader<FeedMessage>
{
    /// <summary>The one instance.</summary>
    public static readonly ExchangeFeedReader Instance = new();

    private ExchangeFeedReader()
    {
    }

    /// <summary>
    /// Parses one message. A known type whose members do not fit its model arrives raw (with the
    /// problem, which the core logs); only a frame that is not JSON at all is invalid.
    /// </summary>
    /// <param name="utf8">The frame.</param>
    public FeedFrame<FeedMessage> Read(ReadOnlySpan<byte> utf8)
    {
        try
        {
            return Classify(FeedMessageParser.Parse(utf8), null);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException or OverflowException)
        {
            try
            {
                return Classify(FeedMessageParser.ParseRaw(utf8), ex.Message);
            }
            catch (JsonException notJson)
            {
                return FeedFrame<FeedMessage>.Invalid(notJson.Message);
            }
        }
    }

    /// <inheritdoc />
    public DroppedMessage DescribeDrop(FeedMessage message) => message switch
    {
        FullChannelMessage { Sequence: > 0 } full => new(full.ProductId, ChannelNames.Full, full.Sequence),
        Level3Message { Sequence: > 0 } level3 => new(level3.ProductId, ChannelNames.Level3, level3.Sequence),
        FullChannelMessage other => new(other.ProductId, other.Type, 0),
        TickerMessage ticker => new(ticker.ProductId, ticker.Type, 0),
        HeartbeatMessage heartbeat => new(heartbeat.ProductId, heartbeat.Type, 0),
        L2UpdateMessage update => new(update.ProductId, update.Type, 0),
        L2SnapshotMessage snapshot => new(snapshot.ProductId, snapshot.Type, 0),
        ActivateMessage activate => new(activate.ProductId, activate.Type, 0),
        _ => new("", message.Type, 0),
    };

    /// <inheritdoc />
    public IReadOnlyList<Channel> RefusalCulprits(IReadOnlyList<Channel> refused, string reason) => SubscriptionRefusal.Culprits(refused, reason);

    private static FeedFrame<FeedMessage> Classify(FeedMessage message, string? problem) => message switch
    {
        ErrorMessage error => new(error, SubscriptionRefusal.IsRefusal(error) ? FeedFrameKind.Refusal : FeedFrameKind.Error, error.Type, problem, error.Message, error.Reason ?? ""),
        SubscriptionsMessage => new(message, FeedFrameKind.SubscriptionConfirmed, message.Type, problem),
        HeartbeatMessage => new(message, FeedFrameKind.Heartbeat, message.Type, problem),
        _ => new(message, FeedFrameKind.Data, message.Type, problem),
    };
}
