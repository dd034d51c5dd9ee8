using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CoPrA.AdvancedTrade;

/// <summary>An extensible enum: a value type made from any wire string, so values this version does not know survive.</summary>
/// <typeparam name="TSelf">The value type itself.</typeparam>
internal interface IWireValue<TSelf>
    where TSelf : struct, IWireValue<TSelf>
{
    /// <summary>Makes a value from text the server sent, which may be empty.</summary>
    static abstract TSelf FromWire(string wire);
}

/// <summary>Checks and stores the text of an extensible enum.</summary>
internal static class WireValue
{
    /// <summary>The text a caller gives, which must not be null or empty.</summary>
    public static string Require(string value, string paramName)
    {
        ArgumentException.ThrowIfNullOrEmpty(value, paramName);
        return value;
    }

    /// <summary>The text the server sent; empty is stored as null, so it equals the default value.</summary>
    public static string? Stored(string wire) => wire.Length == 0 ? null : wire;
}

/// <summary>
/// Reads an extensible enum from a JSON string (a number is kept as its text) and writes it as the
/// plain string; no value ever throws for being unknown.
/// </summary>
/// <typeparam name="T">The extensible enum.</typeparam>
internal sealed class WireValueConverter<T> : JsonConverter<T>
    where T : struct, IWireValue<T>
{
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType switch
        {
            JsonTokenType.String => T.FromWire(reader.GetString()!),
            JsonTokenType.Number => T.FromWire(Encoding.UTF8.GetString(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan)),
            _ => throw new JsonException($"Expected a string for {typeof(T).Name}, got {reader.TokenType}."),
        };

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}
