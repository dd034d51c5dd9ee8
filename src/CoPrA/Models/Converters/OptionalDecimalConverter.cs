using System.Text.Json;
using System.Text.Json.Serialization;

namespace CoPrA;

/// <summary>
/// Reads an optional amount: a JSON number, a numeric string, <c>null</c> or an empty string
/// (which Coinbase sends for some absent amounts) and writes it as a JSON string, as Coinbase does.
/// </summary>
public sealed class OptionalDecimalConverter : JsonConverter<decimal?>
{
    /// <inheritdoc />
    public override bool HandleNull => true;

    /// <inheritdoc />
    public override decimal? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null || (reader.TokenType == JsonTokenType.String && reader.ValueSpan.IsEmpty && !reader.HasValueSequence))
        {
            return null;
        }

        return JsonArrayReader.ReadDecimal(ref reader);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, decimal? value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value is decimal amount)
        {
            writer.WriteStringValue(JsonFormat.Decimal(amount));
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}

/// <summary>Reads a required amount from a JSON number or a numeric string and writes it as a JSON string.</summary>
public sealed class DecimalStringConverter : JsonConverter<decimal>
{
    /// <inheritdoc />
    public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonArrayReader.ReadDecimal(ref reader);

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(JsonFormat.Decimal(value));
    }
}
