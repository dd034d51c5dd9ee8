namespace CoPrA.Sandbox;

/// <summary>
/// Lets tests await a condition on the sandbox's state (for example "two feed connections")
/// instead of polling: waiters are checked whenever the state changes.
/// </summary>
internal sealed class ChangeNotifier
{
    private readonly Lock _gate = new();
    private readonly List<(Func<bool> Condition, TaskCompletionSource Done)> _waiters = [];

    /// <summary>Completes once <paramref name="condition"/> holds (at once if it already does).</summary>
    public Task WaitAsync(Func<bool> condition, CancellationToken cancellationToken)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            if (condition())
            {
                return Task.CompletedTask;
            }

            _waiters.Add((condition, done));
        }

        if (cancellationToken.CanBeCanceled)
        {
            // A cancelled waiter leaves the list, so that waiting never leaks.
            var registration = cancellationToken.Register(() =>
            {
                lock (_gate)
                {
                    _waiters.RemoveAll(waiter => waiter.Done == done);
                }

                done.TrySetCanceled(cancellationToken);
            });
            done.Task.ContinueWith(_ => registration.Dispose(), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }

        return done.Task;
    }

    /// <summary>Re-checks every waiter; call after each state change.</summary>
    public void Notify()
    {
        List<TaskCompletionSource>? ready = null;
        lock (_gate)
        {
            for (int i = _waiters.Count - 1; i >= 0; i--)
            {
                if (_waiters[i].Condition())
                {
                    (ready ??= []).Add(_waiters[i].Done);
                    _waiters.RemoveAt(i);
                }
            }
        }

        ready?.ForEach(done => done.TrySetResult());
    }
}
