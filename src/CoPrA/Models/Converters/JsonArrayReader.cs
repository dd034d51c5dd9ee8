using System.Buffers.Text;
using System.Text.Json;

namespace CoPrA;

/// <summary>Helpers for reading the positional arrays Coinbase uses for book rows and candles.</summary>
internal static class JsonArrayReader
{
    public static void Start(ref Utf8JsonReader reader, string what)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException($"Expected a JSON array for a {what}, got {reader.TokenType}.");
        }
    }

    /// <summary>Moves to the next element; false at the end of the array.</summary>
    public static bool Next(ref Utf8JsonReader reader) => reader.Read() && reader.TokenType != JsonTokenType.EndArray;

    /// <summary>Reads the next element as a decimal, whether it is a JSON number or a numeric string.</summary>
    public static decimal Decimal(ref Utf8JsonReader reader)
    {
        if (!Next(ref reader))
        {
            throw new JsonException("The array ended before all of its fields were read.");
        }

        return ReadDecimal(ref reader);
    }

    /// <summary>Reads the current token as a decimal, whether it is a JSON number or a numeric string.</summary>
    public static decimal ReadDecimal(ref Utf8JsonReader reader)
    {
        // The plain amounts Coinbase sends take the fast path; anything else the general one.
        if (reader.TokenType is JsonTokenType.String or JsonTokenType.Number && !reader.ValueIsEscaped && !reader.HasValueSequence
            && FastDecimal.TryParse(reader.ValueSpan, out decimal fast))
        {
            return fast;
        }

        if (reader.TokenType == JsonTokenType.Number)
        {
            return reader.GetDecimal();
        }

        if (reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped && !reader.HasValueSequence
            && Utf8Parser.TryParse(reader.ValueSpan, out decimal value, out int consumed, 'G') && consumed == reader.ValueSpan.Length)
        {
            return value;
        }

        if (reader.TokenType == JsonTokenType.String
            && decimal.TryParse(reader.GetString(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out value))
        {
            return value;
        }

        throw new JsonException($"Expected a number, got {reader.TokenType}.");
    }

    /// <summary>Skips any elements left and stops on the array's end.</summary>
    public static void SkipRest(ref Utf8JsonReader reader)
    {
        while (reader.TokenType != JsonTokenType.EndArray)
        {
            if (!reader.Read())
            {
                throw new JsonException("Unterminated array.");
            }

            if (reader.TokenType is JsonTokenType.StartArray or JsonTokenType.StartObject)
            {
                reader.Skip();
            }
        }
    }
}
