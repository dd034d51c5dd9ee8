namespace CoPrA.WebSocket;

/// <summary>
/// Declares a connection dead when no message has arrived for the idle timeout. The receive loop
/// only stamps the time of each receive (cheap); a timer checks it a few times per timeout and
/// calls <c>onIdle</c> once.
/// </summary>
internal sealed class IdleWatchdog : IDisposable
{
    private readonly TimeProvider _timeProvider;
    private readonly TimeSpan _timeout;
    private readonly Action _onIdle;
    private readonly ITimer? _timer;
    private long _lastActivity;
    private int _fired;

    /// <summary>Starts watching; a zero or infinite timeout never fires.</summary>
    public IdleWatchdog(TimeProvider timeProvider, TimeSpan timeout, Action onIdle)
    {
        _timeProvider = timeProvider;
        _timeout = timeout;
        _onIdle = onIdle;
        _lastActivity = timeProvider.GetTimestamp();
        if (timeout > TimeSpan.Zero && timeout != Timeout.InfiniteTimeSpan)
        {
            var period = TimeSpan.FromTicks(Math.Max(timeout.Ticks / 4, TimeSpan.TicksPerMillisecond));
            _timer = timeProvider.CreateTimer(static state => ((IdleWatchdog)state!).Check(), this, period, period);
        }
    }

    /// <summary>Whether the timeout fired.</summary>
    public bool HasFired => Volatile.Read(ref _fired) != 0;

    /// <summary>Records that something arrived.</summary>
    public void Touch() => Volatile.Write(ref _lastActivity, _timeProvider.GetTimestamp());

    /// <inheritdoc />
    public void Dispose() => _timer?.Dispose();

    private void Check()
    {
        if (_timeProvider.GetElapsedTime(Volatile.Read(ref _lastActivity)) >= _timeout && Interlocked.Exchange(ref _fired, 1) == 0)
        {
            _onIdle();
        }
    }
}
