using CoPrA.Diagnostics;

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
    public virtual async Task<TimeSpan> SyncTimeAsync(CancellationToken cancellationToken = default)
    {
        long started = _timeProvider.GetTimestamp();
        var sentAt = _timeProvider.GetUtcNow();
        var server = await ServerTimeAsync(cancellationToken).ConfigureAwait(false);

        // The server read its clock about half-way through the round trip.
        var localMidpoint = sentAt + (_timeProvider.GetElapsedTime(started) / 2);
        var serverNow = server.Epoch > 0 ? DateTimeOffset.FromUnixTimeMilliseconds((long)(server.Epoch * 1000)) : server.Iso;
        var offset = serverNow - localMidpoint;
        // On the session, so that every client of the key (REST or feed) signs with it.
        _session.ClockOffset = offset;

        Log.ClockSynced(_logger, offset.TotalMilliseconds);
        var serverAddress = new KeyValuePair<string, object?>("server.address", _pipeline.BaseUri.Host);
        CoPrATelemetry.ClockCorrections.Add(1, serverAddress);
        CoPrATelemetry.ClockOffset.Record(offset.TotalSeconds, serverAddress);
        return offset;
    }
}
