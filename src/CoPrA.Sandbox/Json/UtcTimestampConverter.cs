using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CoPrA.Sandbox.Json;

/// <summary>
/// Writes instants as Coinbase does, ISO 8601 UTC with microseconds and a <c>Z</c>
/// (<c>2014-11-06T10:34:47.123456Z</c>), and reads any ISO 8601 instant.
/// </summary>
internal sealed class UtcTimestampConverter : JsonConverter<DateTimeOffset>
{
    /// <summary>The wire format of every instant the sandbox writes.</summary>
    public static string Format(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);

    /// <summary>Reads an ISO 8601 instant; false when the text is not one.</summary>
    public static bool TryParse(string? text, out DateTimeOffset value) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out value);

    /// <inheritdoc />
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        TryParse(reader.GetString(), out var value) ? value : throw new JsonException("Expected an ISO 8601 instant.");

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(Format(value));
}
