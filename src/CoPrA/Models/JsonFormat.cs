using System.Globalization;

namespace CoPrA;

/// <summary>Formats values the way Coinbase expects them on the wire, never with the current culture.</summary>
public static class JsonFormat
{
    /// <summary>A decimal in the invariant culture with no exponent and no thousands separator, for example <c>0.01</c>.</summary>
    /// <param name="value">The amount.</param>
    public static string Decimal(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>An instant as ISO 8601 UTC, with the fraction only when there is one, for example <c>2019-01-01T00:00:00Z</c>.</summary>
    /// <param name="value">The instant.</param>
    public static string Timestamp(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);

    /// <summary>An integer in the invariant culture.</summary>
    /// <param name="value">The number.</param>
    public static string Integer(long value) => value.ToString(CultureInfo.InvariantCulture);
}
