namespace CoPrA.Sandbox;

/// <summary>Runs an action at a fixed interval until cancelled; an action that throws does not stop the loop.</summary>
internal static class PeriodicLoop
{
    public static async Task RunAsync(TimeSpan interval, TimeProvider timeProvider, Action tick, Action<Exception> onError, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(interval, timeProvider);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false))
            {
                try
                {
                    tick();
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    onError(ex);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopped with the sandbox.
        }
    }
}
