using System.Globalization;
using System.Text.Json;
using CoPrA.Sandbox.Json;

namespace CoPrA.Sandbox.Rest.Wire;

/// <summary>
/// Member writers of the Exchange API's wire style, used by the sandbox's own answer writers (never the
/// client library's models or JSON context, so that a wrong name in a client model fails the sandbox
/// tests instead of passing them): snake_case names, amounts as strings, instants
/// <c>...123456Z</c>, members without a value left out.
/// </summary>
internal static class WireWriter
{
    /// <summary>An amount as a string, as Coinbase writes amounts.</summary>
    public static void WriteDecimal(this Utf8JsonWriter writer, string name, decimal value) =>
        writer.WriteString(name, value.ToString(CultureInfo.InvariantCulture));

    /// <summary>An amount as a string, or nothing.</summary>
    public static void WriteOptional(this Utf8JsonWriter writer, string name, decimal? value)
    {
        if (value is { } amount)
        {
            writer.WriteDecimal(name, amount);
        }
    }

    /// <summary>A string, or nothing.</summary>
    public static void WriteOptional(this Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    /// <summary>A boolean, or nothing.</summary>
    public static void WriteOptional(this Utf8JsonWriter writer, string name, bool? value)
    {
        if (value is { } flag)
        {
            writer.WriteBoolean(name, flag);
        }
    }

    /// <summary>An instant, or nothing.</summary>
    public static void WriteOptional(this Utf8JsonWriter writer, string name, DateTimeOffset? value)
    {
        if (value is { } instant)
        {
            writer.WriteString(name, UtcTimestampConverter.Format(instant));
        }
    }

    /// <summary>An instant as the exchange writes it.</summary>
    public static void WriteInstant(this Utf8JsonWriter writer, string name, DateTimeOffset value) =>
        writer.WriteString(name, UtcTimestampConverter.Format(value));

    /// <summary>An array of strings, or nothing.</summary>
    public static void WriteOptional(this Utf8JsonWriter writer, string name, IEnumerable<string>? values)
    {
        if (values is null)
        {
            return;
        }

        writer.WriteStartArray(name);
        foreach (string value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    /// <summary>A JSON array with one element per item.</summary>
    public static void WriteArray<T>(this Utf8JsonWriter writer, IEnumerable<T> items, Action<Utf8JsonWriter, T> write)
    {
        writer.WriteStartArray();
        foreach (var item in items)
        {
            write(writer, item);
        }

        writer.WriteEndArray();
    }
}
