using System.Buffers.Text;
using System.Text;
using System.Text.Json;

namespace CoPrA.WebSocket;

/// <summary>
/// A forward-only reader of one flat JSON object, for the hand-written readers of the busiest
/// message types: it walks the members once, reads each value straight from the UTF-8 bytes
/// (amounts with <see cref="FastDecimal"/>, repeating strings from <see cref="StringPool"/>) and
/// keeps unknown members as <see cref="JsonElement"/>s, as <c>[JsonExtensionData]</c> would.
/// </summary>
internal ref struct FeedObjectReader
{
    private Utf8JsonReader _reader;
    private Dictionary<string, JsonElement>? _extensionData;

    /// <summary>Goes on reading a message from a reader that has read its first member.</summary>
    /// <param name="reader">A reader positioned on the value of a member.</param>
    public FeedObjectReader(Utf8JsonReader reader) => _reader = reader;

    /// <summary>Starts reading a message.</summary>
    /// <exception cref="JsonException">The message is not a JSON object.</exception>
    public FeedObjectReader(ReadOnlySpan<byte> utf8)
    {
        _reader = new Utf8JsonReader(utf8);
        if (!_reader.Read() || _reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("A feed message must be a JSON object.");
        }
    }

    /// <summary>The members no reader asked for, or null when there were none.</summary>
    public readonly Dictionary<string, JsonElement>? ExtensionData => _extensionData;

    /// <summary>Moves to the next member's name; false after the last member.</summary>
    public bool NextMember()
    {
        Advance();
        return _reader.TokenType != JsonTokenType.EndObject;
    }

    /// <summary>The length of the current member's name in UTF-8 bytes, once unescaped.</summary>
    public readonly int NameLength => _reader.ValueIsEscaped ? Encoding.UTF8.GetByteCount(_reader.GetString()!) : _reader.ValueSpan.Length;

    /// <summary>Checks that nothing but white space follows the object, as the general reader does.</summary>
    /// <exception cref="JsonException">Something follows the object.</exception>
    public void EndOfMessage()
    {
        if (_reader.Read())
        {
            throw new JsonException($"Unexpected {_reader.TokenType} after the message.");
        }
    }

    /// <summary>Whether the current member has this name.</summary>
    public readonly bool Is(ReadOnlySpan<byte> name) =>
        _reader.ValueIsEscaped ? _reader.ValueTextEquals(name) : _reader.ValueSpan.SequenceEqual(name);

    /// <summary>Reads a string that repeats across messages (type, product id) from the pool.</summary>
    public string PooledString()
    {
        Advance();
        return _reader.TokenType == JsonTokenType.String && !_reader.ValueIsEscaped ? StringPool.Get(_reader.ValueSpan) : RequireString() ?? "";
    }

    /// <summary>Reads a string or null.</summary>
    public string? String()
    {
        Advance();
        return RequireString();
    }

    /// <summary>Reads an integer sent as a number or a numeric string.</summary>
    public long Int64()
    {
        Advance();
        return CurrentInt64();
    }

    /// <summary>Reads an optional integer; null for JSON null.</summary>
    public long? OptionalInt64()
    {
        Advance();
        return _reader.TokenType == JsonTokenType.Null ? null : CurrentInt64();
    }

    /// <summary>Reads an amount sent as a string or a number.</summary>
    public decimal Decimal()
    {
        Advance();
        return JsonArrayReader.ReadDecimal(ref _reader);
    }

    /// <summary>Reads an amount that is always sent but may be blank; JSON null or an empty string reads as 0.</summary>
    public decimal DecimalOrZero() => OptionalDecimal() ?? 0;

    /// <summary>Reads an optional amount; null for JSON null or an empty string.</summary>
    public decimal? OptionalDecimal()
    {
        Advance();
        if (_reader.TokenType == JsonTokenType.Null || (_reader.TokenType == JsonTokenType.String && _reader.ValueSpan.IsEmpty))
        {
            return null;
        }

        return JsonArrayReader.ReadDecimal(ref _reader);
    }

    /// <summary>Reads an ISO 8601 time.</summary>
    public DateTimeOffset Time()
    {
        Advance();
        return CurrentTime();
    }

    /// <summary>Reads an optional ISO 8601 time; null for JSON null.</summary>
    public DateTimeOffset? OptionalTime()
    {
        Advance();
        return _reader.TokenType == JsonTokenType.Null ? null : CurrentTime();
    }

    /// <summary>Reads a side; Unknown for a name this version does not know or null.</summary>
    public Side Side()
    {
        Advance();
        if (_reader.ValueTextEquals("buy"u8))
        {
            return CoPrA.Side.Buy;
        }

        if (_reader.ValueTextEquals("sell"u8))
        {
            return CoPrA.Side.Sell;
        }

        return _reader.TokenType == JsonTokenType.String ? WireEnum<Side>.Parse(_reader.GetString()) : default;
    }

    /// <summary>Skips the current member's value.</summary>
    public void SkipValue()
    {
        Advance();
        _reader.Skip();
    }

    /// <summary>Keeps the current member, whatever its value, in <see cref="ExtensionData"/>.</summary>
    public void KeepUnknown()
    {
        string name = _reader.GetString()!;
        Advance();
        (_extensionData ??= new Dictionary<string, JsonElement>(StringComparer.Ordinal))[name] = JsonElement.ParseValue(ref _reader);
    }

    private void Advance()
    {
        if (!_reader.Read())
        {
            throw new JsonException("The message ended early.");
        }
    }

    private readonly string? RequireString() => _reader.TokenType switch
    {
        JsonTokenType.String => _reader.GetString(),
        JsonTokenType.Null => null,
        _ => throw new JsonException($"Expected a string, got {_reader.TokenType}."),
    };

    private readonly long CurrentInt64()
    {
        if (_reader.TokenType == JsonTokenType.Number && _reader.TryGetInt64(out long number))
        {
            return number;
        }

        if (_reader.TokenType == JsonTokenType.String && !_reader.ValueIsEscaped
            && Utf8Parser.TryParse(_reader.ValueSpan, out number, out int consumed) && consumed == _reader.ValueSpan.Length)
        {
            return number;
        }

        throw new JsonException($"Expected an integer, got {_reader.TokenType}.");
    }

    private readonly DateTimeOffset CurrentTime()
    {
        if (_reader.TokenType == JsonTokenType.String && !_reader.ValueIsEscaped && FastTimestamp.TryParse(_reader.ValueSpan, out var time))
        {
            return time;
        }

        return _reader.TokenType == JsonTokenType.String && _reader.TryGetDateTimeOffset(out time)
            ? time
            : throw new JsonException($"Expected an ISO 8601 time, got {_reader.TokenType}.");
    }
}
