using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace CoPrA.Diagnostics;

/// <summary>
/// The names under which CoPrA publishes traces and metrics through System.Diagnostics, for
/// OpenTelemetry's <c>AddSource</c> and <c>AddMeter</c> (or an ActivityListener and MeterListener).
/// Nothing is recorded, and nothing costs more than a flag check, until something listens.
/// The instruments and their attributes are listed in docs/observability.md.
/// </summary>
public static class CoPrATelemetry
{
    /// <summary>The ActivitySource of REST call spans: <c>CoPrA</c>.</summary>
    public const string ActivitySourceName = "CoPrA";

    /// <summary>The Meter of every CoPrA instrument: <c>CoPrA</c>.</summary>
    public const string MeterName = "CoPrA";

    internal static readonly ActivitySource Source = new(ActivitySourceName, LibraryInfo.Version);

    internal static readonly Meter Meter = new(MeterName, LibraryInfo.Version);

    /// <summary>One REST call from the caller's view: pacing, every attempt and the waits between them.</summary>
    internal static readonly Histogram<double> RequestDuration = Meter.CreateHistogram<double>(
        "http.client.request.duration", "s", "Duration of a REST call, from the first attempt to the last answer, retries and pacing included.",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10] });

    internal static readonly Counter<long> Retries = Meter.CreateCounter<long>(
        "copra.rest.retries", "{retry}", "REST attempts sent again after a transient failure.");

    internal static readonly Counter<long> LostOrderAnswers = Meter.CreateCounter<long>(
        "copra.rest.order.lost_answers", "{order}", "Order placements whose answer was lost, by what the lookup by client_oid decided: found, resent or unknown.");

    internal static readonly Histogram<double> RateLimitWait = Meter.CreateHistogram<double>(
        "copra.rest.rate_limit.wait.duration", "s", "Time a request waited for the client-side rate limit before it was sent.");

    internal static readonly Counter<long> ClockCorrections = Meter.CreateCounter<long>(
        "copra.clock.corrections", "{correction}", "Times the offset between the local clock and the server's was learned.");

    internal static readonly Gauge<double> ClockOffset = Meter.CreateGauge<double>(
        "copra.clock.offset", "s", "Server time minus local time, as last learned.");

    internal static readonly Counter<long> FeedMessages = Meter.CreateCounter<long>(
        "copra.feed.messages", "{message}", "Feed messages received and parsed.");

    internal static readonly Counter<long> FeedGaps = Meter.CreateCounter<long>(
        "copra.feed.gaps", "{gap}", "Gaps reported to OnGapAsync: sequence numbers skipped on the wire, or runs of messages dropped from the ReadAllAsync queue.");

    internal static readonly Counter<long> FeedDropped = Meter.CreateCounter<long>(
        "copra.feed.messages.dropped", "{message}", "Messages dropped from the ReadAllAsync queue because the reader fell behind.");

    internal static readonly Counter<long> FeedReconnects = Meter.CreateCounter<long>(
        "copra.feed.reconnects", "{reconnect}", "Reconnect attempts after a connection was lost or refused.");

    internal static readonly Counter<long> BookResyncs = Meter.CreateCounter<long>(
        "copra.book.resyncs", "{resync}", "Times a book keeper stopped trusting a book and synchronised it again.");
}
