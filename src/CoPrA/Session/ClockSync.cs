using CoPrA.Diagnostics;
using Microsoft.Extensions.Logging;

namespace CoPrA;

/// <summary>
/// Learns a session's clock offset from one server-time round trip, for every client family: the
/// server read its clock about half-way through the round trip.
/// </summary>
internal static partial class ClockSync
{
    /// <summary>Asks the server for its time and stores the offset on the session.</summary>
    /// <param name="session">The session whose signers will use the offset.</param>
    /// <param name="askServer">Fetches the server's time.</param>
    /// <param name="logger">Where the new offset is logged.</param>
    /// <param name="serverAddress">The host, for telemetry.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>Server time minus local time.</returns>
    public static async Task<TimeSpan> LearnAsync(CoinbaseSession session, Func<CancellationToken, Task<DateTimeOffset>> askServer, ILogger logger, string serverAddress, CancellationToken cancellationToken)
    {
        var time = session.TimeProvider;
        long started = time.GetTimestamp();
        var sentAt = time.GetUtcNow();
        var serverNow = await askServer(cancellationToken).ConfigureAwait(false);

        var localMidpoint = sentAt + (time.GetElapsedTime(started) / 2);
        var offset = serverNow - localMidpoint;
        // On the session, so that every client of the key (REST or feed) signs with it.
        session.ClockOffset = offset;

        ClockSynced(logger, offset.TotalMilliseconds);
        var address = new KeyValuePair<string, object?>("server.address", serverAddress);
        CoPrATelemetry.ClockCorrections.Add(1, address);
        CoPrATelemetry.ClockOffset.Record(offset.TotalSeconds, address);
        return offset;
    }

    [LoggerMessage(EventId = 4, Level = LogLevel.Information, Message = "Clock synchronised with the server: offset {OffsetMs:F0} ms")]
    private static partial void ClockSynced(ILogger logger, double offsetMs);
}
