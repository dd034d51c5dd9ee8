using System.Text.Json;
using System.Text.Json.Serialization;

namespace CoPrA.AdvancedTrade;

/// <summary>
/// Member readers and writers shared by the hand-written converters of the feed's busiest records
/// (<see cref="Level2UpdateConverter"/>, <see cref="FeedTickerConverter"/>). They read and write
/// each member as the generated code with <see cref="AdvancedTradeFeedJsonContext"/>'s options
/// does, without its per-member boxing: amounts from strings or numbers, an empty amount as null,
/// lenient times, unknown members kept as <see cref="JsonElement"/>s.
/// </summary>
internal static class FeedRecordMembers
{
    private static readonly LenientTimestampConverter Times = new();

    /// <summary>Checks that the reader is on the start of an object.</summary>
    /// <exception cref="JsonException">It is not.</exception>
    public static void Start(ref Utf8JsonReader reader, string what)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"Expected a {what} object, got {reader.TokenType}.");
        }
    }

    /// <summary>Moves to the next member's name and returns true, or false at the end of the object.</summary>
    public static bool NextMember(ref Utf8JsonReader reader) => reader.Read() && reader.TokenType == JsonTokenType.PropertyName;

    /// <summary>The current member name's length once unescaped, to choose among names quickly.</summary>
    public static int NameLength(ref Utf8JsonReader reader) =>
        reader.ValueIsEscaped || reader.HasValueSequence ? reader.GetString()!.Length : reader.ValueSpan.Length;

    /// <summary>A string member (pooled: the feed repeats sides, types and product ids); null reads as empty.</summary>
    /// <exception cref="JsonException">The value is not a string.</exception>
    public static string PooledString(ref Utf8JsonReader reader)
    {
        reader.Read();
        return reader.TokenType switch
        {
            JsonTokenType.String when !reader.ValueIsEscaped && !reader.HasValueSequence => CoPrA.WebSocket.StringPool.Get(reader.ValueSpan),
            JsonTokenType.String => reader.GetString()!,
            JsonTokenType.Null => "",
            _ => throw new JsonException($"Expected a string, got {reader.TokenType}."),
        };
    }

    /// <summary>A required amount, as <see cref="DecimalStringConverter"/> reads it.</summary>
    public static decimal Decimal(ref Utf8JsonReader reader)
    {
        reader.Read();
        return JsonArrayReader.ReadDecimal(ref reader);
    }

    /// <summary>An optional amount, as <see cref="OptionalDecimalConverter"/> reads it.</summary>
    public static decimal? OptionalDecimal(ref Utf8JsonReader reader)
    {
        reader.Read();
        return reader.TokenType == JsonTokenType.Null || (reader.TokenType == JsonTokenType.String && reader.ValueSpan.IsEmpty && !reader.HasValueSequence)
            ? null
            : JsonArrayReader.ReadDecimal(ref reader);
    }

    /// <summary>An optional time, as <see cref="LenientTimestampConverter"/> reads it.</summary>
    public static DateTimeOffset? Time(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        reader.Read();
        return Times.Read(ref reader, typeof(DateTimeOffset?), options);
    }

    /// <summary>An optional integer sent as a number or a numeric string; null for JSON null.</summary>
    /// <exception cref="JsonException">The value is not an integer.</exception>
    public static long? OptionalInt64(ref Utf8JsonReader reader)
    {
        reader.Read();
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

    /// <summary>An array member read item by item with <paramref name="item"/>; null reads as empty.</summary>
    /// <exception cref="JsonException">The value is not an array, or an item is null.</exception>
    public static List<T> List<T>(ref Utf8JsonReader reader, JsonConverter<T> item, JsonSerializerOptions options)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.Null)
        {
            return [];
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException($"Expected an array, got {reader.TokenType}.");
        }

        // Items gather in a per-thread scratch list, so the result is sized once instead of grown by doubling.
        var scratch = Scratch<T>.Take();
        try
        {
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                scratch.Add(reader.TokenType == JsonTokenType.Null ? throw new JsonException("Expected an object, got null.") : item.Read(ref reader, typeof(T), options)!);
            }

            return [.. System.Runtime.InteropServices.CollectionsMarshal.AsSpan(scratch)];
        }
        finally
        {
            Scratch<T>.Return(scratch);
        }
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

    /// <summary>Keeps the current member, whatever its value, as <c>[JsonExtensionData]</c> would.</summary>
    public static void KeepUnknown(ref Utf8JsonReader reader, ref Dictionary<string, JsonElement>? extensionData)
    {
        string name = reader.GetString()!;
        reader.Read();
        (extensionData ??= new Dictionary<string, JsonElement>(StringComparer.Ordinal))[name] = JsonElement.ParseValue(ref reader);
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
