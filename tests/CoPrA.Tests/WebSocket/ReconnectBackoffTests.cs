using CoPrA.WebSocket;

namespace CoPrA.Tests.WebSocket;

public class ReconnectBackoffTests
{
    [Fact]
    public void Delays_double_up_to_the_cap()
    {
        var backoff = new ReconnectBackoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(10), jitter: 0);

        var delays = Enumerable.Range(0, 6).Select(_ => backoff.Next().TotalSeconds).ToList();

        Assert.Equal([1, 2, 4, 8, 10, 10], delays);
    }

    [Fact]
    public void Reset_starts_again_from_the_initial_delay()
    {
        var backoff = new ReconnectBackoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(10), jitter: 0);
        backoff.Next();
        backoff.Next();

        backoff.Reset();

        Assert.Equal(0, backoff.Failures);
        Assert.Equal(TimeSpan.FromSeconds(1), backoff.Next());
    }

    [Theory]
    [InlineData(0.0, 0.8)]
    [InlineData(0.5, 1.0)]
    [InlineData(0.999999, 1.2)]
    public void Jitter_spreads_the_delay_within_its_fraction(double random, double expectedSeconds)
    {
        var backoff = new ReconnectBackoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(10), jitter: 0.2, () => random);

        Assert.Equal(expectedSeconds, backoff.Next().TotalSeconds, precision: 3);
    }

    [Fact]
    public void Jitter_never_exceeds_the_cap()
    {
        var backoff = new ReconnectBackoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(4), jitter: 1, () => 0.999);

        for (int i = 0; i < 40; i++)
        {
            Assert.True(backoff.Next() <= TimeSpan.FromSeconds(4));
        }
    }
}
