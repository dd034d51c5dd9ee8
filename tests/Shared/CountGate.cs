namespace CoPrA.Testing;

/// <summary>
/// A counter that can be awaited to reach a number: a feed client's receive loop increments it,
/// a test or driver on another thread waits for it. Shared by the fault tests and the soak driver
/// (linked into both projects).
/// </summary>
internal sealed class CountGate
{
    private readonly Lock _gate = new();
    private long _count;
    private long _target = long.MaxValue;
    private TaskCompletionSource? _reached;

    /// <summary>The count so far.</summary>
    public long Count => Interlocked.Read(ref _count);

    /// <summary>Adds one, releasing the waiter when its number is reached.</summary>
    public void Increment()
    {
        if (Interlocked.Increment(ref _count) >= Volatile.Read(ref _target))
        {
            Release();
        }
    }

    /// <summary>Completes once the count is at least <paramref name="count"/>; one waiter at a time.</summary>
    public Task WaitForAsync(long count)
    {
        Task reached;
        lock (_gate)
        {
            if (Count >= count)
            {
                return Task.CompletedTask;
            }

            _reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            reached = _reached.Task;
            Volatile.Write(ref _target, count);
        }

        // An increment between the check and the target's write saw no target: look once more.
        if (Count >= count)
        {
            Release();
        }

        return reached;
    }

    private void Release()
    {
        TaskCompletionSource? reached;
        lock (_gate)
        {
            reached = _reached;
            _reached = null;
            Volatile.Write(ref _target, long.MaxValue);
        }

        reached?.TrySetResult();
    }
}
