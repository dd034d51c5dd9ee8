using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CoPrA.AdvancedTrade;

/// <summary>
/// Reads and writes a duration the way Advanced Trade writes one, seconds with an <c>s</c> suffix
/// (<c>"300s"</c>, protobuf style); a fraction is read, whole seconds are written.
/// </summary>
internal sealed class SecondsDurationConverter : JsonConverter<TimeSpan?>
{
    public override bool HandleNull => true;

    public override TimeSpan? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        string text = reader.TokenType == JsonTokenType.String
            ? reader.GetString()!
            : throw new JsonException($"Expected a duration string such as \"300s\", got {reader.TokenType}.");
        if (text.Length == 0)
        {
            return null;
        }

        return text.EndsWith('s')
            && decimal.TryParse(text.AsSpan(0, text.Length - 1), NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out decimal seconds)
            ? TimeSpan.FromTicks((long)(seconds * TimeSpan.TicksPerSecond))
            : throw new JsonException($"'{text}' is not a duration such as \"300s\".");
    }

    public override void Write(Utf8JsonWriter writer, TimeSpan? value, JsonSerializerOptions options)
    {
        if (value is { } duration)
        {
            writer.WriteStringValue(Format(duration));
        }
        else
        {
            writer.WriteNullValue();
        }
    }

    /// <summary>Whole seconds and an <c>s</c>, for example <c>300s</c>.</summary>
    public static string Format(TimeSpan duration) =>
        JsonFormat.Integer(duration.Ticks / TimeSpan.TicksPerSecond) + "s";
}
