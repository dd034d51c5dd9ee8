namespace CoPrA;

/// <summary>
/// The exchange's clock as seen from here: the local <see cref="TimeProvider"/> plus the offset
/// learned from the server. One per session, read by every signer of that session. Thread-safe.
/// </summary>
internal sealed class ServerClock(TimeProvider timeProvider)
{
    private long _offsetTicks;

    /// <summary>The local clock.</summary>
    public TimeProvider TimeProvider { get; } = timeProvider;

    /// <summary>Server time minus local time; zero until learned.</summary>
    public TimeSpan Offset
    {
        get => TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));
        set => Interlocked.Exchange(ref _offsetTicks, value.Ticks);
    }

    /// <summary>The server's time now, as far as this machine knows it.</summary>
    public DateTimeOffset GetUtcNow() => TimeProvider.GetUtcNow() + Offset;
}
