using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Serialization;
using CoPrA.WebSocket;

namespace CoPrA.AdvancedTrade;

/// <summary>
/// Member readers and writers shared by the hand-written readers of the feed's busiest records
/// (<c>l2_data</c> and <c>ticker</c> messages, their events, levels and tickers). They read with a
/// <see cref="FeedObjectReader"/> over the frame's bytes, one pass, no token walk, and read each
/// member as the generated code with <see cref="AdvancedTradeFeedJsonContext"/>'s options does:
/// amounts from strings or numbers, an empty amount as null, lenient times, unknown members kept as
/// <see cref="JsonElement"/>s. Their <see cref="JsonConverter{T}"/>s (for <see cref="JsonSerializer"/>)
/// run the same readers over the value's bytes.
/// </summary>
internal static class FeedRecordMembers
{
    /// <summary>
    /// Reads the value at <paramref name="reader"/> with a scanning <paramref name="read"/>: the
    /// converters' path, so that <see cref="JsonSerializer"/> and the feed read alike.
    /// </summary>
    public static T Scan<T>(ref Utf8JsonReader reader, ObjectRead<T> read)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        var json = FeedObjectReader.AtValue(JsonMarshal.GetRawUtf8Value(document.RootElement));
        T value = read(ref json);
        json.EndOfMessage();
        return value;
    }

    /// <summary>An optional integer sent as a number or a numeric string; null for JSON null.</summary>
    /// <exception cref="JsonException">The value is not an integer.</exception>
    public static long? OptionalInt64(ref FeedObjectReader json) =>
        json.TryInt64Number(out long number) ? number : json.ReadGeneral(LenientInt64);

    /// <summary>
    /// An array member read item by item with <paramref name="item"/>, which enters each item
    /// itself; null reads as empty.
    /// </summary>
    /// <exception cref="JsonException">The value is not an array, or an item is null.</exception>
    public static List<T> List<T>(ref FeedObjectReader json, ObjectRead<T> item, string what)
    {
        if (!json.StartArray(what))
        {
            return [];
        }

        // Items gather in a per-thread scratch list, so the result is sized once instead of grown by doubling.
        var scratch = Scratch<T>.Take();
        try
        {
            while (json.NextItem())
            {
                scratch.Add(json.TryNull() ? throw new JsonException("Expected an object, got null.") : item(ref json));
            }

            return [.. CollectionsMarshal.AsSpan(scratch)];
        }
        finally
        {
            Scratch<T>.Return(scratch);
        }
    }

    private static long? LenientInt64(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out long number))
        {
            return number;
        }

        return reader.TokenType == JsonTokenType.String && long.TryParse(reader.GetString(), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out number)
            ? number
            : throw new JsonException($"Expected an integer, got {reader.TokenType}.");
    }

    /// <summary>One reusable list per thread and item type; taken out while in use, so a nested read of the same type gets its own.</summary>
    private static class Scratch<T>
    {
        [ThreadStatic]
        private static List<T>? _list;

        public static List<T> Take()
        {
            var list = _list ?? new List<T>(16);
            _list = null;
            return list;
        }

        public static void Return(List<T> list)
        {
            // A snapshot's thousands of levels are not kept for the updates' handful.
            if (list.Capacity <= 256)
            {
                list.Clear();
                _list = list;
            }
        }
    }

    /// <summary>Writes an array member item by item with <paramref name="item"/>.</summary>
    public static void WriteList<T>(Utf8JsonWriter writer, string name, List<T> values, JsonConverter<T> item, JsonSerializerOptions options)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            item.Write(writer, value, options);
        }

        writer.WriteEndArray();
    }

    /// <summary>Writes an amount as a string; nothing for null, as the context's options leave nulls out.</summary>
    public static void WriteDecimal(Utf8JsonWriter writer, string name, decimal? value)
    {
        if (value is { } amount)
        {
            writer.WriteString(name, JsonFormat.Decimal(amount));
        }
    }

    /// <summary>Writes a string member; nothing for null.</summary>
    public static void WriteString(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    /// <summary>Writes the kept unknown members and ends the object.</summary>
    public static void End(Utf8JsonWriter writer, ApiObject value)
    {
        foreach (var (name, element) in value.ExtensionData ?? [])
        {
            writer.WritePropertyName(name);
            element.WriteTo(writer);
        }

        writer.WriteEndObject();
    }
}

/// <summary>Reads one record with a <see cref="FeedObjectReader"/> on its first byte.</summary>
internal delegate T ObjectRead<T>(ref FeedObjectReader json);
