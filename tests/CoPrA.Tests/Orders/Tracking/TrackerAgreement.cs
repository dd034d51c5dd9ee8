using CoPrA.Orders.Tracking;

namespace CoPrA.Tests.Orders.Tracking;

/// <summary>Waits, without polling, until a tracker agrees with what the sandbox says of every order.</summary>
internal static class TrackerAgreement
{
    /// <summary>Completes with true once <paramref name="allAgree"/> holds (checked at once and after each tracker event), or with false after <paramref name="patience"/>.</summary>
    public static async Task<bool> WaitAsync(OrderTrackerBase tracker, Func<bool> allAgree, TimeSpan patience)
    {
        var agreed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void Check(object? sender, EventArgs e)
        {
            if (allAgree())
            {
                agreed.TrySetResult();
            }
        }

        tracker.StateChanged += Check;
        tracker.Filled += Check;
        tracker.Reconciled += Check;
        try
        {
            Check(null, EventArgs.Empty);
            return await agreed.Task.WaitAsync(patience).ContinueWith(t => t.IsCompletedSuccessfully, TaskScheduler.Default);
        }
        finally
        {
            tracker.StateChanged -= Check;
            tracker.Filled -= Check;
            tracker.Reconciled -= Check;
        }
    }
}
