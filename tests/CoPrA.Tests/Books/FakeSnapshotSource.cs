using System.Threading.Channels;

namespace CoPrA.Tests.Books;

/// <summary>
/// A level-3 snapshot source whose answers the test gives: each fetch waits until the test takes
/// it from <see cref="NextRequestAsync"/> and answers it, so a test decides what the feed does
/// while a snapshot is on its way.
/// </summary>
internal sealed class FakeSnapshotSource
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    private readonly Channel<Request> _requests = Channel.CreateUnbounded<Request>();
    private int _count;

    public int RequestCount => Volatile.Read(ref _count);

    public Task<OrderBook> FetchAsync(string productId, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _count);
        var request = new Request(productId, cancellationToken);
        _requests.Writer.TryWrite(request);
        return request.Answer.Task.WaitAsync(cancellationToken);
    }

    /// <summary>The next fetch the keeper makes.</summary>
    public async Task<Request> NextRequestAsync() => await _requests.Reader.ReadAsync().AsTask().WaitAsync(Timeout);

    /// <summary>Whether a fetch is waiting to be taken.</summary>
    public bool HasWaitingRequest => _requests.Reader.Count > 0;

    public sealed class Request(string productId, CancellationToken cancellationToken)
    {
        public string ProductId { get; } = productId;

        public CancellationToken CancellationToken { get; } = cancellationToken;

        public TaskCompletionSource<OrderBook> Answer { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
