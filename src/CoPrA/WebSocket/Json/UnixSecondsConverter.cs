using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CoPrA.WebSocket;

/// <summary>Reads an instant sent as Unix seconds with a fraction (string or number), as in <c>activate</c>, and writes it back as a string.</summary>
public sealed class UnixSecondsConverter : JsonConverter<DateTimeOffset?>
{
    /// <inheritdoc />
    public override bool HandleNull => true;

    /// <inheritdoc />
    public override DateTimeOffset? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null || (reader.TokenType == JsonTokenType.String && reader.ValueSpan.IsEmpty && !reader.HasValueSequence))
        {
            return null;
        }

        decimal seconds = JsonArrayReader.ReadDecimal(ref reader);
        return DateTimeOffset.UnixEpoch.AddTicks((long)(seconds * TimeSpan.TicksPerSecond));
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, DateTimeOffset? value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value is { } instant)
        {
            decimal seconds = (decimal)(instant - DateTimeOffset.UnixEpoch).Ticks / TimeSpan.TicksPerSecond;
            writer.WriteStringValue(seconds.ToString(CultureInfo.InvariantCulture));
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
