using System.Text.Json;
using System.Text.Json.Serialization;

namespace CoPrA;

/// <summary>Reads a book row <c>[price, size, num_orders | order_id]</c> and writes it back the same way.</summary>
public sealed class BookLevelConverter : JsonConverter<BookLevel>
{
    /// <inheritdoc />
    public override BookLevel Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonArrayReader.Start(ref reader, "book level");
        decimal price = JsonArrayReader.Decimal(ref reader);
        decimal size = JsonArrayReader.Decimal(ref reader);
        int? numOrders = null;
        string? orderId = null;
        if (JsonArrayReader.Next(ref reader))
        {
            if (reader.TokenType == JsonTokenType.Number)
            {
                numOrders = reader.GetInt32();
            }
            else
            {
                orderId = reader.GetString();
            }

            JsonArrayReader.SkipRest(ref reader);
        }

        return new BookLevel(price, size, numOrders, orderId);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, BookLevel value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartArray();
        writer.WriteStringValue(JsonFormat.Decimal(value.Price));
        writer.WriteStringValue(JsonFormat.Decimal(value.Size));
        if (value.OrderId is not null)
        {
            writer.WriteStringValue(value.OrderId);
        }
        else if (value.NumOrders is int count)
        {
            writer.WriteNumberValue(count);
        }

        writer.WriteEndArray();
    }
}
