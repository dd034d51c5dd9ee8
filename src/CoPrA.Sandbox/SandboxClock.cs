namespace CoPrA.Sandbox;

/// <summary>
/// The exchange's clock: the host's <see cref="TimeProvider"/> plus a skew that tests can set, so
/// that a client's clock can be made to look wrong. Also hands out strictly increasing instants,
/// which keeps date cursors (orders, holds) unambiguous.
/// </summary>
internal sealed class SandboxClock
{
    private const long TicksPerMicrosecond = 10;
    private readonly TimeProvider _timeProvider;
    private long _skewTicks;
    private long _lastUniqueTicks;

    public SandboxClock(TimeProvider timeProvider) => _timeProvider = timeProvider;

    /// <summary>The host's time provider, used for delays and timers.</summary>
    public TimeProvider TimeProvider => _timeProvider;

    /// <summary>How far the exchange's clock is ahead of the host's (negative: behind).</summary>
    public TimeSpan Skew
    {
        get => TimeSpan.FromTicks(Interlocked.Read(ref _skewTicks));
        set => Interlocked.Exchange(ref _skewTicks, value.Ticks);
    }

    /// <summary>The exchange's current time.</summary>
    public DateTimeOffset UtcNow => _timeProvider.GetUtcNow() + Skew;

    /// <summary>
    /// The current time truncated to microseconds, strictly later than any instant handed out
    /// before, so that two orders never share a creation time.
    /// </summary>
    public DateTimeOffset NextUniqueInstant()
    {
        long now = UtcNow.UtcTicks / TicksPerMicrosecond * TicksPerMicrosecond;
        while (true)
        {
            long last = Interlocked.Read(ref _lastUniqueTicks);
            long next = Math.Max(now, last + TicksPerMicrosecond);
            if (Interlocked.CompareExchange(ref _lastUniqueTicks, next, last) == last)
            {
                return new DateTimeOffset(next, TimeSpan.Zero);
            }
        }
    }
}
