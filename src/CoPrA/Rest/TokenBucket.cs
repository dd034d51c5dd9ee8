namespace CoPrA.Rest;

/// <summary>
/// A lazily refilled token bucket. A caller takes its token at once, even into debt, and then
/// waits until the debt is paid: waiters are served in arrival order with no polling loop.
/// </summary>
internal sealed class TokenBucket
{
    private readonly Lock _lock = new();
    private readonly TimeProvider _time;
    private readonly double _ratePerSecond;
    private readonly double _capacity;
    private double _tokens;
    private long _lastRefill;

    public TokenBucket(RateLimit limit, TimeProvider time)
    {
        // RateLimit checked its rate and burst when it was made.
        ArgumentNullException.ThrowIfNull(limit);
        _time = time;
        _ratePerSecond = limit.RequestsPerSecond;
        _capacity = limit.Burst;
        _tokens = limit.Burst;
        _lastRefill = time.GetTimestamp();
    }

    /// <summary>Takes one token; returns how long the caller waited for it.</summary>
    public async ValueTask<TimeSpan> AcquireAsync(CancellationToken cancellationToken)
    {
        TimeSpan wait;
        lock (_lock)
        {
            Refill();
            _tokens -= 1;
            wait = _tokens >= 0 ? TimeSpan.Zero : TimeSpan.FromSeconds(-_tokens / _ratePerSecond);
        }

        if (wait == TimeSpan.Zero)
        {
            return wait;
        }

        try
        {
            await Task.Delay(wait, _time, cancellationToken).ConfigureAwait(false);
            return wait;
        }
        catch (OperationCanceledException)
        {
            // A caller that gave up hands its token back so later callers do not wait for it.
            lock (_lock)
            {
                _tokens += 1;
            }

            throw;
        }
    }

    private void Refill()
    {
        long now = _time.GetTimestamp();
        double elapsed = _time.GetElapsedTime(_lastRefill, now).TotalSeconds;
        _lastRefill = now;
        _tokens = Math.Min(_capacity, _tokens + (elapsed * _ratePerSecond));
    }
}
