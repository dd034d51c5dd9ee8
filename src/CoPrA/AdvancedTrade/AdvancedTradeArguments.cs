using System.Globalization;
using CoPrA.Rest;

namespace CoPrA.AdvancedTrade;

/// <summary>Checks and query formats shared by the Advanced Trade account, product, market and portfolio methods.</summary>
internal static class AdvancedTradeArguments
{
    /// <summary>Throws when a page size is given and is below 1 or above <paramref name="max"/>.</summary>
    public static void Limit(int? limit, string paramName, int max = int.MaxValue)
    {
        if (limit is { } value && (value < 1 || value > max))
        {
            throw new ArgumentOutOfRangeException(paramName, value, max == int.MaxValue ? $"{paramName} must be at least 1." : $"{paramName} must be between 1 and {max}.");
        }
    }

    /// <summary>Throws when an optional text is given but empty or blank: the caller meant something and would get the default.</summary>
    public static void NotBlank(string? value, string paramName)
    {
        if (value is not null)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(value, paramName);
        }
    }

    /// <summary>An instant as Unix seconds, as candles and market trades take it.</summary>
    public static string UnixSeconds(DateTimeOffset value) => value.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    /// <summary>An optional instant as Unix seconds, or null to leave the key out.</summary>
    public static string? UnixSeconds(DateTimeOffset? value) => value is { } instant ? UnixSeconds(instant) : null;

    /// <summary>The most candles one request may ask for; the server refuses more with a 400.</summary>
    public const int MaxCandles = 350;

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

    /// <summary>The path of a product, or of one of its resources, under <paramref name="root"/> (the signed or the public prefix).</summary>
    public static string ProductPath(string root, string productId, string? resource) =>
        root + "/products/" + UrlEncoding.Encode(productId) + resource;

    /// <summary>Adds a list as repeated keys, in order, nothing when null; a null or blank entry throws, naming <paramref name="paramName"/>.</summary>
    public static QueryBuilder AddAll(QueryBuilder query, string key, IEnumerable<string>? values, string paramName)
    {
        foreach (string value in values ?? [])
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                throw new ArgumentException($"{paramName} cannot hold null or blank entries.", paramName);
            }

            query.Add(key, value);
        }

        return query;
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
