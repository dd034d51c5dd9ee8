using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CoPrA;

/// <summary>
/// Reads and writes an enum by its wire name. An unknown name reads as the enum's default
/// (<c>Unknown</c>) instead of throwing, so a new value from the server never breaks parsing.
/// </summary>
/// <typeparam name="T">The enum.</typeparam>
public sealed class WireEnumConverter<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] T> : JsonConverter<T>
    where T : struct, Enum
{
    /// <inheritdoc />
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String ? WireEnum<T>.Parse(reader.GetString()) : SkipUnknown(ref reader);

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(WireEnum<T>.ToWire(value));
    }

    private static T SkipUnknown(ref Utf8JsonReader reader)
    {
        reader.Skip();
        return default;
    }
}
