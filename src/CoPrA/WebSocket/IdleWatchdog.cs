namespace CoPrA.WebSocket;

/// <summary>
/// Declares a connection dead when nothing has arrived for the idle timeout. The receive loop
/// only bumps a counter per frame (no clock read on the hot path); a timer looks at it a few
/// times per timeout, notes the time whenever it moved, and calls <c>onIdle</c> once when it has
/// stood still for the whole timeout.
/// </summary>
internal sealed class IdleWatchdog : IDisposable
{
    private readonly TimeProvider _timeProvider;
    private readonly TimeSpan _timeout;
    private readonly Action _onIdle;
    private readonly ITimer? _timer;
    private long _frames;
    private long _framesAtLastCheck;
    private long _lastActivity;
    private int _fired;

    /// <summary>Starts watching; an infinite timeout never fires.</summary>
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

    /// <summary>Records that a frame arrived. Called by the receive loop only.</summary>
    public void Touch() => _frames++;

    /// <inheritdoc />
    public void Dispose() => _timer?.Dispose();

    // Timer callbacks do not overlap in practice (the period is a quarter of the timeout); a rare
    // overlap can only delay the verdict by one period.
    private void Check()
    {
        long frames = Volatile.Read(ref _frames);
        if (frames != _framesAtLastCheck)
        {
            _framesAtLastCheck = frames;
            _lastActivity = _timeProvider.GetTimestamp();
        }
        else if (_timeProvider.GetElapsedTime(_lastActivity) >= _timeout && Interlocked.Exchange(ref _fired, 1) == 0)
        {
            _onIdle();
        }
    }
}
