using Microsoft.Extensions.Logging;

namespace CoPrA.WebSocket;

/// <summary>The connection core's log messages. None carries a frame, a key, a signature or a passphrase.</summary>
internal static partial class FeedConnectionLog
{
    [LoggerMessage(EventId = 101, Level = LogLevel.Debug, Message = "{Name} connecting to {Url} (attempt {Attempt})")]
    public static partial void Connecting(ILogger logger, string name, Uri url, int attempt);

    [LoggerMessage(EventId = 102, Level = LogLevel.Information, Message = "{Name} connected to {Url}")]
    public static partial void Connected(ILogger logger, string name, Uri url);

    [LoggerMessage(EventId = 103, Level = LogLevel.Debug, Message = "{Name} sent {FrameType} for {Channels} (signed: {Signed})")]
    public static partial void FrameSent(ILogger logger, string name, string frameType, string channels, bool signed);

    [LoggerMessage(EventId = 104, Level = LogLevel.Information, Message = "{Name} connection to {Url} closed (clean: {WasClean}, code: {Code}). {Reason}")]
    public static partial void Closed(ILogger logger, string name, Uri url, bool wasClean, int? code, string? reason);

    [LoggerMessage(EventId = 105, Level = LogLevel.Warning, Message = "{Name} connection to {Url} unexpectedly closed (clean: {WasClean}, code: {Code}). {Reason}")]
    public static partial void ClosedUnexpectedly(ILogger logger, string name, Uri url, bool wasClean, int? code, string? reason);

    [LoggerMessage(EventId = 106, Level = LogLevel.Warning, Message = "{Name} reconnecting (attempt {Attempt}) in {DelayMs:F0} ms after: {Reason}")]
    public static partial void Reconnecting(ILogger logger, string name, int attempt, double delayMs, string? reason);

    [LoggerMessage(EventId = 107, Level = LogLevel.Warning, Message = "{Name} received no message for {Seconds} s; dropping the connection")]
    public static partial void IdleTimeout(ILogger logger, string name, double seconds);

    [LoggerMessage(EventId = 108, Level = LogLevel.Error, Message = "{Name} stopped: {Reason}")]
    public static partial void GaveUp(ILogger logger, string name, string reason);

    [LoggerMessage(EventId = 109, Level = LogLevel.Information, Message = "{Name} stopped")]
    public static partial void Stopped(ILogger logger, string name);

    [LoggerMessage(EventId = 110, Level = LogLevel.Warning, Message = "{Name} got no answer to its close frame within {Seconds} s; dropping the connection")]
    public static partial void CloseTimedOut(ILogger logger, string name, double seconds);

    [LoggerMessage(EventId = 111, Level = LogLevel.Debug, Message = "{Name} could not answer the server's close frame: {Reason}")]
    public static partial void CloseAnswerFailed(ILogger logger, string name, string reason);

    [LoggerMessage(EventId = 112, Level = LogLevel.Warning, Message = "{Name} could not send {FrameType}; the reconnect will subscribe to the current channels: {Reason}")]
    public static partial void SendFailed(ILogger logger, string name, string frameType, string reason);

    [LoggerMessage(EventId = 113, Level = LogLevel.Warning, Message = "{Name} subscription refused: {Reason}. Dropped from the channels: {Dropped}")]
    public static partial void SubscriptionRejected(ILogger logger, string name, string dropped, string reason);

    [LoggerMessage(EventId = 120, Level = LogLevel.Error, Message = "{Name} {Callback} threw; the feed goes on")]
    public static partial void CallbackFailed(ILogger logger, string name, string callback, Exception exception);

    [LoggerMessage(EventId = 121, Level = LogLevel.Error, Message = "{Name} feed error: {Message}. {Reason}")]
    public static partial void FeedError(ILogger logger, string name, string message, string reason);

    [LoggerMessage(EventId = 122, Level = LogLevel.Warning, Message = "{Name} received a frame of {Length} bytes that is not JSON: {Reason}")]
    public static partial void InvalidFrame(ILogger logger, string name, int length, string reason);

    [LoggerMessage(EventId = 123, Level = LogLevel.Warning, Message = "{Name} could not read a '{Type}' message as its model; delivered raw: {Reason}")]
    public static partial void UnreadableMessage(ILogger logger, string name, string type, string reason);

    [LoggerMessage(EventId = 130, Level = LogLevel.Warning, Message = "{Name} lost messages on {Channel} {ProductId}: expected {Expected}, received {Received}")]
    public static partial void Gap(ILogger logger, string name, string channel, string productId, long expected, long received);

    [LoggerMessage(EventId = 132, Level = LogLevel.Warning, Message = "{Name} ReadAllAsync lost {Count} queued messages on {Channel} {ProductId} (sequence {Expected} up to {Received}, 0 when unknown)")]
    public static partial void QueueGap(ILogger logger, string name, long count, string channel, string productId, long expected, long received);

    [LoggerMessage(EventId = 131, Level = LogLevel.Warning, Message = "{Name} dropped the oldest queued message ({Dropped} so far): ReadAllAsync is not keeping up with a queue of {Capacity}")]
    public static partial void MessagesDropped(ILogger logger, string name, long dropped, int capacity);

    [LoggerMessage(EventId = 133, Level = LogLevel.Information, Message = "{Name} subscribing to {Channel} again for a fresh snapshot")]
    public static partial void Resubscribing(ILogger logger, string name, string channel);
}
