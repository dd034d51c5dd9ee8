using System.Text.Json;
using System.Text.Json.Serialization;

namespace CoPrA.WebSocket;

/// <summary>Reads an <c>l2update</c> row <c>[side, price, size]</c> and writes it back the same way.</summary>
public sealed class L2ChangeConverter : JsonConverter<L2Change>
{
    /// <inheritdoc />
    public override L2Change Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonArrayReader.Start(ref reader, "level-2 change");
        if (!JsonArrayReader.Next(ref reader))
        {
            throw new JsonException("A level-2 change needs a side, a price and a size.");
        }

        Side side = ReadSide(ref reader);
        decimal price = JsonArrayReader.Decimal(ref reader);
        decimal size = JsonArrayReader.Decimal(ref reader);
        JsonArrayReader.SkipRest(ref reader);
        return new L2Change(side, price, size);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, L2Change value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartArray();
        writer.WriteStringValue(WireEnum<Side>.ToWire(value.Side));
        writer.WriteStringValue(JsonFormat.Decimal(value.Price));
        writer.WriteStringValue(JsonFormat.Decimal(value.Size));
        writer.WriteEndArray();
    }

    // Compared as bytes: a busy book sends thousands of rows a second.
    private static Side ReadSide(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected the side as a string, got {reader.TokenType}.");
        }

        if (reader.ValueTextEquals("buy"u8))
        {
            return Side.Buy;
        }

        return reader.ValueTextEquals("sell"u8) ? Side.Sell : WireEnum<Side>.Parse(reader.GetString());
    }
}
