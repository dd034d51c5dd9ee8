using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace CoPrA.WebSocket;

/// <summary>
/// One enumeration of two cores' ReadAllAsync (a feed client with a connection per host). The
/// hand-over holds one message, so the backlog stays in the cores' queues, under their limits and
/// drop reports. Ends when both end.
/// </summary>
internal static class FeedMerge
{
    /// <summary>The messages of both sources as they come, each source's in its order.</summary>
    public static async IAsyncEnumerable<T> ReadAllAsync<T>(IAsyncEnumerable<T> first, IAsyncEnumerable<T> second, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var handOver = System.Threading.Channels.Channel.CreateBounded<T>(new BoundedChannelOptions(1) { SingleReader = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var pumps = Task.WhenAll(PumpAsync(first, handOver.Writer, stop.Token), PumpAsync(second, handOver.Writer, stop.Token));
        _ = pumps.ContinueWith(static (done, writer) => ((ChannelWriter<T>)writer!).TryComplete(), handOver.Writer, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        try
        {
            await foreach (var item in handOver.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                yield return item;
            }
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
            await pumps.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    private static async Task PumpAsync<T>(IAsyncEnumerable<T> source, ChannelWriter<T> writer, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var item in source.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                await writer.WriteAsync(item, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The reader stopped.
        }
    }
}
