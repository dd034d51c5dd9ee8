using CoPrA.Tests.Support;
using CoPrA.WebSocket;

namespace CoPrA.Tests.WebSocket;

/// <summary>The idle watchdog on a manual clock: when, in the clock's time, it declares a connection dead.</summary>
public class IdleWatchdogTests
{
    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(100);

    [Theory]
    [InlineData(30)]
    [InlineData(3)]
    public void Silence_after_a_frame_is_noticed_within_a_tenth_of_the_timeout(int timeoutSeconds)
    {
        var timeout = TimeSpan.FromSeconds(timeoutSeconds);
        var clock = new ManualClock();
        var start = clock.GetUtcNow();
        DateTimeOffset? firedAt = null;
        using var watchdog = new IdleWatchdog(clock, timeout, () => firedAt = clock.GetUtcNow());

        // A frame just after a check is the worst case for a watchdog that only looks now and then.
        clock.Advance(timeout / 4 + Step);
        watchdog.Touch();
        var lastFrame = clock.GetUtcNow();
        while (firedAt is null && clock.GetUtcNow() - lastFrame < timeout * 2)
        {
            clock.Advance(Step);
        }

        Assert.NotNull(firedAt);
        Assert.True(watchdog.HasFired);
        Assert.InRange(firedAt.Value - lastFrame, timeout, timeout * 1.1);
        Assert.True(firedAt > start);
    }

    [Fact]
    public void Frames_keep_it_quiet_and_an_infinite_timeout_never_fires()
    {
        var clock = new ManualClock();
        int fired = 0;
        using var watchdog = new IdleWatchdog(clock, TimeSpan.FromSeconds(1), () => fired++);
        using var never = new IdleWatchdog(clock, Timeout.InfiniteTimeSpan, () => fired += 100);

        for (int i = 0; i < 100; i++)
        {
            watchdog.Touch();
            clock.Advance(Step);
        }

        Assert.Equal(0, fired);
        clock.Advance(TimeSpan.FromSeconds(5));
        Assert.Equal(1, fired);
    }
}
