using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CoPrA;

/// <summary>
/// Reads an optional instant written either as ISO 8601 or in the PostgreSQL style some endpoints
/// still use (<c>2020-03-12 00:14:12.397805+00</c>, the transfers' timestamps); null or an empty
/// string is null. Writes ISO 8601 UTC.
/// </summary>
internal sealed class LenientTimestampConverter : JsonConverter<DateTimeOffset?>
{
    public override bool HandleNull => true;

    public override DateTimeOffset? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadTime(ref reader);

    /// <summary>Reads the time at the reader's current token, as the converter does.</summary>
    /// <exception cref="JsonException">The token is not a time.</exception>
    public static DateTimeOffset? ReadTime(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a timestamp string, got {reader.TokenType}.");
        }

        if (reader.TryGetDateTimeOffset(out var iso))
        {
            return iso;
        }

        string text = reader.GetString()!;
        if (text.Length == 0)
        {
            return null;
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)
            ? parsed
            : throw new JsonException($"'{text}' is not a timestamp.");
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset? value, JsonSerializerOptions options)
    {
        if (value is { } instant)
        {
            writer.WriteStringValue(JsonFormat.Timestamp(instant));
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
