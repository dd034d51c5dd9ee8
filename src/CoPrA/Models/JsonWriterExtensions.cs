using System.Text.Json;

namespace CoPrA;

/// <summary>
/// Writes the optional members of request bodies: absent values are left out, amounts are
/// invariant-culture strings and times ISO 8601 UTC, as <c>JsonBody</c> writes them at the top level.
/// </summary>
internal static class JsonWriterExtensions
{
    public static void WriteIfPresent(this Utf8JsonWriter writer, string key, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            writer.WriteString(key, value);
        }
    }

    public static void WriteIfPresent(this Utf8JsonWriter writer, string key, bool? value)
    {
        if (value is { } flag)
        {
            writer.WriteBoolean(key, flag);
        }
    }

    public static void WriteIfPresent(this Utf8JsonWriter writer, string key, decimal? value)
    {
        if (value is { } amount)
        {
            writer.WriteString(key, JsonFormat.Decimal(amount));
        }
    }

    public static void WriteIfPresent(this Utf8JsonWriter writer, string key, DateTimeOffset? value)
    {
        if (value is { } instant)
        {
            writer.WriteString(key, JsonFormat.Timestamp(instant));
        }
    }

    public static void WriteIfPresent<TEnum>(this Utf8JsonWriter writer, string key, TEnum? value)
        where TEnum : struct, Enum
    {
        if (value is { } set)
        {
            writer.WriteString(key, WireEnum<TEnum>.ToWire(set));
        }
    }
}
