namespace CoPrA.Tests.Support;

/// <summary>A TimeProvider that always reads the same instant, so timestamps and token times are known.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
