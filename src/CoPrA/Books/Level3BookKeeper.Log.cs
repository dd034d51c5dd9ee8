using Microsoft.Extensions.Logging;

namespace CoPrA.Books;

/// <summary>The level-3 keeper's log messages.</summary>
public sealed partial class Level3BookKeeper
{
    private static partial class Log
    {
        [LoggerMessage(EventId = 301, Level = LogLevel.Information, Message = "Level-3 book of {ProductId} resyncing from a fresh snapshot (first queued sequence: {Sequence})")]
        public static partial void Resyncing(ILogger logger, string productId, long? sequence);

        [LoggerMessage(EventId = 302, Level = LogLevel.Information, Message = "Level-3 book of {ProductId} synced at snapshot sequence {Sequence} with {Replayed} queued messages replayed")]
        public static partial void Synced(ILogger logger, string productId, long sequence, int replayed);

        [LoggerMessage(EventId = 303, Level = LogLevel.Warning, Message = "Level-3 snapshot of {ProductId} failed (attempt {Attempt}): {Reason}")]
        public static partial void SnapshotFailed(ILogger logger, string productId, int attempt, string reason);

        [LoggerMessage(EventId = 304, Level = LogLevel.Information, Message = "Level-3 snapshot of {ProductId} at sequence {Sequence} is older than the queued messages; fetching again")]
        public static partial void SnapshotTooOld(ILogger logger, string productId, long sequence);

        [LoggerMessage(EventId = 305, Level = LogLevel.Error, Message = "Applying a {Type} message (sequence {Sequence}) to the level-3 book of {ProductId} failed")]
        public static partial void ApplyFailed(ILogger logger, string productId, string type, long sequence, Exception exception);

        [LoggerMessage(EventId = 306, Level = LogLevel.Error, Message = "An event handler of the level-3 book keeper of {ProductId} threw")]
        public static partial void HandlerFailed(ILogger logger, string productId, Exception exception);
    }
}
