using System.Buffers;
using System.Text;
using System.Text.Json;

namespace CoPrA.Rest;

/// <summary>
/// Writes a request body with its keys in a fixed order, amounts as invariant-culture strings and
/// times as ISO 8601 UTC. The text produced is exactly what is sent and signed.
/// </summary>
internal sealed class JsonBody : IDisposable
{
    private readonly ArrayBufferWriter<byte> _buffer = new(256);
    private readonly Utf8JsonWriter _writer;

    public JsonBody()
    {
        _writer = new Utf8JsonWriter(_buffer);
        _writer.WriteStartObject();
    }

    public JsonBody Add(string key, string value)
    {
        _writer.WriteString(key, value);
        return this;
    }

    public JsonBody Add(string key, decimal value) => Add(key, JsonFormat.Decimal(value));

    public JsonBody Add(string key, DateTimeOffset value) => Add(key, JsonFormat.Timestamp(value));

    public JsonBody Add(string key, bool value)
    {
        _writer.WriteBoolean(key, value);
        return this;
    }

    public JsonBody Add<TEnum>(string key, TEnum value)
        where TEnum : struct, Enum => Add(key, WireEnum<TEnum>.ToWire(value));

    public JsonBody AddIfPresent(string key, string? value) => string.IsNullOrEmpty(value) ? this : Add(key, value);

    public JsonBody AddIfPresent(string key, decimal? value) => value is { } amount ? Add(key, amount) : this;

    public JsonBody AddIfPresent(string key, bool? value) => value is { } flag ? Add(key, flag) : this;

    public JsonBody AddIfPresent<TEnum>(string key, TEnum? value)
        where TEnum : struct, Enum => value is { } set ? Add(key, set) : this;

    /// <summary>Writes a nested object or array with a callback.</summary>
    public JsonBody AddRaw(string key, Action<Utf8JsonWriter> write)
    {
        _writer.WritePropertyName(key);
        write(_writer);
        return this;
    }

    /// <summary>Closes the object and returns its text.</summary>
    public string Build()
    {
        _writer.WriteEndObject();
        _writer.Flush();
        return Encoding.UTF8.GetString(_buffer.WrittenSpan);
    }

    public void Dispose() => _writer.Dispose();
}
