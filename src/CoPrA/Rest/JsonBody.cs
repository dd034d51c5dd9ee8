using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;

namespace CoPrA.Rest;

/// <summary>
/// Writes a request body with its keys in a fixed order, amounts as invariant-culture strings and
/// times as ISO 8601 UTC. The text produced is exactly what is sent and signed. Every body of both
/// client families is written here: flat members, nested request records (<see cref="IJsonBodyPart"/>),
/// arrays, models the client also reads (written by their JSON contract) and a caller's JsonObject.
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

    /// <summary>Unlike <see cref="AddIfPresent(string, string?)"/>, sends an empty text: only null is left out.</summary>
    public JsonBody AddIfNotNull(string key, string? value) => value is null ? this : Add(key, value);

    public JsonBody AddIfPresent(string key, decimal? value) => value is { } amount ? Add(key, amount) : this;

    public JsonBody AddIfPresent(string key, bool? value) => value is { } flag ? Add(key, flag) : this;

    public JsonBody AddIfPresent(string key, DateTimeOffset? value) => value is { } instant ? Add(key, instant) : this;

    public JsonBody AddIfPresent(string key, long? value)
    {
        if (value is { } number)
        {
            _parts.Json.WriteNumber(key, number);
        }

        return this;
    }

    /// <summary>Opens a nested object; close it with <see cref="EndObject"/>.</summary>
    public JsonBody StartObject(string key)
    {
        _parts.Json.WriteStartObject(key);
        return this;
    }

    public JsonBody EndObject()
    {
        _parts.Json.WriteEndObject();
        return this;
    }

    /// <summary>A nested object whose members the record writes.</summary>
    public JsonBody Add(string key, IJsonBodyPart part)
    {
        StartObject(key);
        part.WriteTo(this);
        return EndObject();
    }

    public JsonBody AddIfPresent(string key, IJsonBodyPart? part) => part is null ? this : Add(key, part);

    /// <summary>An array of strings, in order.</summary>
    public JsonBody AddArray(string key, IEnumerable<string> values)
    {
        _parts.Json.WriteStartArray(key);
        foreach (string value in values)
        {
            _parts.Json.WriteStringValue(value);
        }

        _parts.Json.WriteEndArray();
        return this;
    }

    /// <summary>An array of objects, each written by its record, in order.</summary>
    public JsonBody AddArray<TPart>(string key, IEnumerable<TPart> parts)
        where TPart : IJsonBodyPart
    {
        _parts.Json.WriteStartArray(key);
        foreach (var part in parts)
        {
            _parts.Json.WriteStartObject();
            part.WriteTo(this);
            _parts.Json.WriteEndObject();
        }

        _parts.Json.WriteEndArray();
        return this;
    }

    /// <summary>
    /// A model the client also reads (an order configuration), written by its JSON contract so that
    /// what is sent has the shape that is read, members kept from an answer included.
    /// </summary>
    public JsonBody AddIfPresent<T>(string key, T? value, JsonTypeInfo<T> contract)
        where T : class
    {
        if (value is not null)
        {
            _parts.Json.WritePropertyName(key);
            JsonSerializer.Serialize(_parts.Json, value, contract);
        }

        return this;
    }

    /// <summary>The members of a caller's object, in its order, as <see cref="JsonNode.ToJsonString"/> writes them.</summary>
    public JsonBody AddMembers(JsonObject data)
    {
        foreach (var (key, value) in data)
        {
            _parts.Json.WritePropertyName(key);
            if (value is null)
            {
                _parts.Json.WriteNullValue();
            }
            else
            {
                value.WriteTo(_parts.Json);
            }
        }

        return this;
    }

    /// <summary>The text of a caller's object (the base verbs' body), written through the same writer as every other body.</summary>
    public static string Of(JsonObject data)
    {
        using var body = new JsonBody();
        return body.AddMembers(data).Build();
    }

    /// <summary>The members of a request record, in the open object (after members the endpoint writes first).</summary>
    public JsonBody AddMembers(IJsonBodyPart part)
    {
        part.WriteTo(this);
        return this;
    }

    /// <summary>The text of a request record that is a whole body.</summary>
    public static string Of(IJsonBodyPart part)
    {
        using var body = new JsonBody();
        return body.AddMembers(part).Build();
    }

    public JsonBody AddIfPresent<TEnum>(string key, TEnum? value)
        where TEnum : struct, Enum => value is { } set ? Add(key, set) : this;

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
