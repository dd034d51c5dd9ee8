using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CoPrA.Sandbox.Json;

/// <summary>
/// Writes amounts as the exchange does, as strings in invariant culture (<c>"0.01"</c>); the sandbox's
/// own converter, so that its feed messages owe nothing to the client library's JSON code. Reads a
/// string or a number.
/// </summary>
internal sealed class AmountConverter : JsonConverter<decimal>
{
    /// <inheritdoc />
    public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String
            ? decimal.Parse(reader.GetString()!, NumberStyles.Number | NumberStyles.AllowExponent, CultureInfo.InvariantCulture)
            : reader.GetDecimal();

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString(CultureInfo.InvariantCulture));
}
