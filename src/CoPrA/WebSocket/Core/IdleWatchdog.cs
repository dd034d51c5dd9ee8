namespace CoPrA.WebSocket;

/// <summary>
/// Declares a connection dead when nothing has arrived for the idle timeout. The receive loop
/// only bumps a counter per frame (no clock read on the hot path). A one-shot timer looks at it
/// every fiftieth of the timeout and notes the time whenever it moved; once it has stood still,
/// the timer is set for the exact moment the timeout runs out, and <c>onIdle</c> is called once
/// then if nothing came meanwhile. A frame is noted at most a fiftieth of the timeout late, so
/// silence is noticed within 2 % of the timeout (plus the timer's and the thread pool's lateness,
/// which on a loaded machine is the larger part).
/// </summary>
internal sealed class IdleWatchdog : IDisposable
{
    /// <summary>Checks per timeout: the bound on how late silence is noticed, as a fraction of the timeout.</summary>
    internal const int ChecksPerTimeout = 50;

    private readonly TimeProvider _timeProvider;
    private readonly TimeSpan _timeout;
    private readonly TimeSpan _period;
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
            _period = TimeSpan.FromTicks(Math.Max(timeout.Ticks / ChecksPerTimeout, TimeSpan.TicksPerMillisecond));
            // Armed only once assigned: the first check re-arms the timer through this field.
            _timer = timeProvider.CreateTimer(static state => ((IdleWatchdog)state!).Check(), this, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            _timer.Change(_period, Timeout.InfiniteTimeSpan);
        }
    }

    /// <summary>Whether the timeout fired.</summary>
    public bool HasFired => Volatile.Read(ref _fired) != 0;

    /// <summary>Records that a frame arrived. Called by the receive loop only.</summary>
    public void Touch() => _frames++;

    /// <inheritdoc />
    public void Dispose() => _timer?.Dispose();

    // The timer is one-shot and re-armed here, so checks never overlap.
    private void Check()
    {
        long frames = Volatile.Read(ref _frames);
        long now = _timeProvider.GetTimestamp();
        if (frames != _framesAtLastCheck)
        {
            _framesAtLastCheck = frames;
            _lastActivity = now;
        }

        var left = _timeout - _timeProvider.GetElapsedTime(_lastActivity, now);
        if (left <= TimeSpan.Zero)
        {
            if (Interlocked.Exchange(ref _fired, 1) == 0)
            {
                _onIdle();
            }

            return;
        }

        try
        {
            _timer!.Change(left < _period ? left : _period, Timeout.InfiniteTimeSpan);
        }
        catch (ObjectDisposedException)
        {
            // The connection ended while this check ran.
        }
    }
}
