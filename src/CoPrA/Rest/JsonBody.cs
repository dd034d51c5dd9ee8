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
    // Bodies are small, but a new Utf8JsonWriter asks its buffer for 4 KB on its first write: each
    // thread keeps one buffer and writer and reuses them (unless a body made the buffer large).
    private const int LargestKeptBuffer = 16 * 1024;

    [ThreadStatic]
    private static Writer? t_spare;

    private readonly Writer _parts;
    private bool _disposed;

    public JsonBody()
    {
        var spare = t_spare;
        t_spare = null;
        _parts = spare ?? new Writer();
        _parts.Reset();
        _parts.Json.WriteStartObject();
    }

    public JsonBody Add(string key, string value)
    {
        _parts.Json.WriteString(key, value);
        return this;
    }

    public JsonBody Add(string key, decimal value) => Add(key, JsonFormat.Decimal(value));

    public JsonBody Add(string key, DateTimeOffset value) => Add(key, JsonFormat.Timestamp(value));

    public JsonBody Add(string key, bool value)
    {
        _parts.Json.WriteBoolean(key, value);
        return this;
    }

    public JsonBody Add<TEnum>(string key, TEnum value)
        where TEnum : struct, Enum => Add(key, WireEnum<TEnum>.ToWire(value));

    public JsonBody AddIfPresent(string key, string? value) => string.IsNullOrEmpty(value) ? this : Add(key, value);

    public JsonBody AddIfPresent(string key, decimal? value) => value is { } amount ? Add(key, amount) : this;

    public JsonBody AddIfPresent(string key, bool? value) => value is { } flag ? Add(key, flag) : this;

    public JsonBody AddIfPresent(string key, long? value)
    {
        if (value is { } number)
        {
            _parts.Json.WriteNumber(key, number);
        }

        return this;
    }

    public JsonBody AddIfPresent<TEnum>(string key, TEnum? value)
        where TEnum : struct, Enum => value is { } set ? Add(key, set) : this;

    /// <summary>Writes a nested object or array with a callback.</summary>
    public JsonBody AddRaw(string key, Action<Utf8JsonWriter> write)
    {
        _parts.Json.WritePropertyName(key);
        write(_parts.Json);
        return this;
    }

    /// <summary>Closes the object and returns its text.</summary>
    public string Build()
    {
        _parts.Json.WriteEndObject();
        _parts.Json.Flush();
        return Encoding.UTF8.GetString(_parts.Buffer.WrittenSpan);
    }

    /// <summary>Hands the buffer and writer back to this thread for the next body.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (_parts.Buffer.Capacity <= LargestKeptBuffer)
        {
            t_spare = _parts;
        }
    }

    /// <summary>A buffer and the JSON writer over it.</summary>
    private sealed class Writer
    {
        public ArrayBufferWriter<byte> Buffer { get; } = new(256);

        public Utf8JsonWriter Json { get; }

        public Writer() => Json = new Utf8JsonWriter(Buffer);

        public void Reset()
        {
            Buffer.ResetWrittenCount();
            Json.Reset(Buffer);
        }
    }
}
