using System.Text.Json;
using System.Text.Json.Serialization;

namespace CoPrA;

/// <summary>Reads a candle row <c>[time, low, high, open, close, volume]</c> of raw numbers and writes it back.</summary>
public sealed class CandleConverter : JsonConverter<Candle>
{
    /// <inheritdoc />
    public override Candle Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonArrayReader.Start(ref reader, "candle");
        var time = DateTimeOffset.FromUnixTimeSeconds((long)JsonArrayReader.Decimal(ref reader));
        var candle = new Candle(
            time,
            Low: JsonArrayReader.Decimal(ref reader),
            High: JsonArrayReader.Decimal(ref reader),
            Open: JsonArrayReader.Decimal(ref reader),
            Close: JsonArrayReader.Decimal(ref reader),
            Volume: JsonArrayReader.Decimal(ref reader));
        JsonArrayReader.SkipRest(ref reader);
        return candle;
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Candle value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartArray();
        writer.WriteNumberValue(value.Time.ToUnixTimeSeconds());
        writer.WriteNumberValue(value.Low);
        writer.WriteNumberValue(value.High);
        writer.WriteNumberValue(value.Open);
        writer.WriteNumberValue(value.Close);
        writer.WriteNumberValue(value.Volume);
        writer.WriteEndArray();
    }
}
