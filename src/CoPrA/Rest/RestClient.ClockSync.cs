namespace CoPrA.Rest;

// The clock synchronisation that keeps signatures valid.
public partial class RestClient
{
    /// <summary>
    /// Learns the offset between the local clock and the server's from <c>GET /time</c> and applies
    /// it to every signature from now on, by this client and every other client of its
    /// <see cref="Session"/>. The client also does this by itself, once, when the
    /// server answers "request timestamp expired".
    /// </summary>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>Server time minus local time.</returns>
    public virtual Task<TimeSpan> SyncTimeAsync(CancellationToken cancellationToken = default) =>
        ClockSync.LearnAsync(
            _session,
            async ct =>
            {
                var server = await ServerTimeAsync(ct).ConfigureAwait(false);
                return server.Epoch > 0 ? DateTimeOffset.FromUnixTimeMilliseconds((long)(server.Epoch * 1000)) : server.Iso;
            },
            _logger,
            _pipeline.BaseUri.Host,
            cancellationToken);
}
