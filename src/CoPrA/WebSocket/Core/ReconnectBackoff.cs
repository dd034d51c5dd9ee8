namespace CoPrA.WebSocket;

/// <summary>
/// Exponential reconnect delays with jitter and a cap: <c>min(cap, initial * 2^failures)</c>, then
/// scaled by a random factor in <c>[1 - jitter, 1 + jitter]</c> and capped again. A connection that
/// worked resets the count, so the next outage starts again from the initial delay.
/// </summary>
internal sealed class ReconnectBackoff
{
    private readonly TimeSpan _initial;
    private readonly TimeSpan _max;
    private readonly double _jitter;
    private readonly Func<double> _random;
    private int _failures;

    /// <summary>Creates the generator.</summary>
    /// <param name="initial">Delay after the first failure.</param>
    /// <param name="max">Largest delay.</param>
    /// <param name="jitter">Fraction of random spread, 0 to 1.</param>
    /// <param name="random">Source of numbers in [0, 1); <see cref="Random.Shared"/> when null.</param>
    public ReconnectBackoff(TimeSpan initial, TimeSpan max, double jitter, Func<double>? random = null)
    {
        _initial = initial;
        _max = max;
        _jitter = jitter;
        _random = random ?? Random.Shared.NextDouble;
    }

    /// <summary>Failures since the last connection that worked.</summary>
    public int Failures => Volatile.Read(ref _failures);

    /// <summary>Counts one more failure and returns the delay before the next attempt.</summary>
    public TimeSpan Next()
    {
        int exponent = Math.Min(Interlocked.Increment(ref _failures) - 1, 30);
        double baseMs = Math.Min(_max.TotalMilliseconds, _initial.TotalMilliseconds * Math.Pow(2, exponent));
        double factor = 1 + (_jitter * ((2 * _random()) - 1));
        return TimeSpan.FromMilliseconds(Math.Min(_max.TotalMilliseconds, baseMs * factor));
    }

    /// <summary>Starts over from the initial delay, after a connection that worked.</summary>
    public void Reset() => Interlocked.Exchange(ref _failures, 0);
}
