namespace CoPrA.Orders.Tracking;

/// <summary>
/// The order source of a tracker made by a mocking framework: it has no client, so a lookup fails
/// plainly instead of each mock building (and never disposing) a real client with its own HttpClient.
/// </summary>
internal sealed class DetachedOrderSource : IOrderSource
{
    public static readonly DetachedOrderSource Instance = new();

    private DetachedOrderSource()
    {
    }

    /// <inheritdoc />
    public Task<OrderUpdate?> FetchAsync(TrackedOrder order, CancellationToken cancellationToken) =>
        Task.FromException<OrderUpdate?>(new InvalidOperationException("This tracker was made for mocking and has no client to look orders up with."));
}
