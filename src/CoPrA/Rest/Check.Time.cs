using CoPrA.AdvancedTrade;

namespace CoPrA.Rest;

// Checks of time windows: filters, candle requests, trade windows.
internal static partial class Check
{
    /// <summary>The most candles one request may ask for; the server refuses more with a 400.</summary>
    public const int MaxCandles = 350;

    /// <summary>A time range filter: either end may be open, but the end must not come before the start.</summary>
    public static void DateRange(DateTimeOffset? startDate, DateTimeOffset? endDate, string startName = "startDate", string endName = "endDate")
    {
        if (startDate > endDate)
        {
            throw new ArgumentException($"{endName} must not be earlier than {startName}.", endName);
        }
    }

    /// <summary>
    /// Checks a candle request: end after start in whole seconds, a granularity set, a limit of 1 to
    /// <see cref="MaxCandles"/>, and, where the granularity's width is known, no more than
    /// <see cref="MaxCandles"/> candles in the window.
    /// </summary>
    public static void CandleWindow(DateTimeOffset start, DateTimeOffset end, Granularity granularity, int? limit)
    {
        EndAfterStart(start, end);
        if (string.IsNullOrEmpty(granularity.ToString()))
        {
            throw new ArgumentException("granularity must be set, for example Granularity.OneHour.", nameof(granularity));
        }

        Limit(limit, nameof(limit), MaxCandles);
        long seconds = end.ToUnixTimeSeconds() - start.ToUnixTimeSeconds();
        if (GranularitySeconds(granularity) is { } width && (seconds + width - 1) / width is var count && count > MaxCandles)
        {
            throw new ArgumentException($"The window from start to end holds {count} {granularity} candles; the API answers at most {MaxCandles} per request.", nameof(end));
        }
    }

    /// <summary>Throws when both instants are given and end is not after start, counted in the whole seconds that are sent.</summary>
    public static void EndAfterStart(DateTimeOffset? start, DateTimeOffset? end)
    {
        if (start is { } from && end is { } to && to.ToUnixTimeSeconds() <= from.ToUnixTimeSeconds())
        {
            throw new ArgumentException("end must be after start (both count in whole seconds).", nameof(end));
        }
    }

    /// <summary>The width of the documented granularities in seconds; null for one this version does not know.</summary>
    private static long? GranularitySeconds(Granularity granularity) => granularity.ToString() switch
    {
        "ONE_MINUTE" => 60,
        "FIVE_MINUTE" => 5 * 60,
        "FIFTEEN_MINUTE" => 15 * 60,
        "THIRTY_MINUTE" => 30 * 60,
        "ONE_HOUR" => 60 * 60,
        "TWO_HOUR" => 2 * 60 * 60,
        "SIX_HOUR" => 6 * 60 * 60,
        "ONE_DAY" => 24 * 60 * 60,
        _ => null,
    };
}
