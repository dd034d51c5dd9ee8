using Microsoft.Extensions.Logging;

namespace CoPrA.Books;

/// <summary>Settings of a <see cref="Level3BookKeeper"/>. Checked when the keeper is created.</summary>
public sealed class Level3BookKeeperOptions
{
    /// <summary>Wait before fetching a snapshot again after a failed fetch (or one older than the queued messages); it doubles with each retry. 1 second by default.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The cap on retry delays. 30 seconds by default.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Feed messages queued per product while a snapshot is fetched. When full, the oldest is
    /// dropped: harmless if the snapshot turns out newer than it, and otherwise caught by the
    /// sequence check, which fetches again. 100,000 by default.
    /// </summary>
    public int MaxQueuedMessages { get; set; } = 100_000;

    /// <summary>Clock for retry delays; <see cref="TimeProvider.System"/> when null.</summary>
    public TimeProvider? TimeProvider { get; set; }

    /// <summary>Logger for resyncs, failed snapshot fetches and event handlers that throw.</summary>
    public ILogger? Logger { get; set; }
}
