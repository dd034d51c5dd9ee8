using System.Buffers;
using System.Buffers.Text;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;

namespace CoPrA.WebSocket;

/// <summary>
/// A forward-only reader of one JSON object, for the hand-written readers of the busiest message
/// types. It scans the bytes itself: the object's structure, member names, strings without escapes
/// and numbers are read in place and held to the JSON grammar as strictly as
/// <see cref="Utf8JsonReader"/> holds them. Objects and arrays the caller asks for
/// (<see cref="StartObject"/>, <see cref="StartArray"/>) are scanned the same way; anything less
/// common (escapes, other nested values, numbers with exponents) goes to a <see cref="Utf8JsonReader"/>
/// over that one value, so the rare forms read exactly as the general readers read them. Scanning in
/// place costs less than walking the same message's tokens with <see cref="Utf8JsonReader"/> (see
/// docs/performance.md). Unknown members are kept as <see cref="JsonElement"/>s, as
/// <c>[JsonExtensionData]</c> would keep them.
/// </summary>
internal ref struct FeedObjectReader
{
    // What ends a string's plain run: the closing quote, an escape, or a control character (invalid in a string).
    private static readonly SearchValues<byte> StringStops = SearchValues.Create(
        [(byte)'"', (byte)'\\', 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]);

    private readonly ReadOnlySpan<byte> _json;
    private int _position;
    private bool _memberRead;
    private ReadOnlySpan<byte> _name;
    private Dictionary<string, JsonElement>? _extensionData;

    /// <summary>Starts reading a message.</summary>
    /// <exception cref="JsonException">The message is not a JSON object.</exception>
    public FeedObjectReader(ReadOnlySpan<byte> utf8)
    {
        _json = utf8;
        _position = utf8.StartsWith("\uFEFF"u8) ? 3 : 0;
        SkipWhiteSpace();
        if (_position >= _json.Length || _json[_position] != '{')
        {
            throw new JsonException("A feed message must be a JSON object.");
        }

        _position++;
    }

    private FeedObjectReader(ReadOnlySpan<byte> utf8, int position, bool memberRead)
    {
        _json = utf8;
        _position = position;
        _memberRead = memberRead;
    }

    /// <summary>The members no reader asked for, or null when there were none.</summary>
    public readonly Dictionary<string, JsonElement>? ExtensionData => _extensionData;

    /// <summary>The length of the current member's name in UTF-8 bytes, once unescaped.</summary>
    public readonly int NameLength => _name.Length;

    /// <summary>
    /// Goes on reading a message whose first member the caller has matched byte for byte, for
    /// example <c>{"type":"ticker"</c>.
    /// </summary>
    /// <param name="utf8">The whole message.</param>
    /// <param name="prefixLength">The length of the matched first member, from the opening brace.</param>
    public static FeedObjectReader AfterFirstMember(ReadOnlySpan<byte> utf8, int prefixLength) => new(utf8, prefixLength, memberRead: true);

    /// <summary>
    /// Reads one JSON value of any kind from its first byte: an object or array is then entered with
    /// <see cref="StartObject"/> or <see cref="StartArray"/>, and <see cref="EndOfMessage"/> checks the end.
    /// </summary>
    /// <param name="utf8">The value.</param>
    public static FeedObjectReader AtValue(ReadOnlySpan<byte> utf8) =>
        new(utf8, WhiteSpaceEnd(utf8, utf8.StartsWith("\uFEFF"u8) ? 3 : 0), memberRead: false);

    /// <summary>Moves to the next member's name; false after the last member.</summary>
    /// <exception cref="JsonException">The object is malformed.</exception>
    public bool NextMember()
    {
        if (!NextEntry((byte)'}', "',' or '}' after a value"))
        {
            return false;
        }

        _name = ReadName();

        // Locals, not fields, on this hot path: the JIT reloads a field after every store through this.
        var json = _json;
        int i = WhiteSpaceEnd(json, _position);
        if (i >= json.Length || json[i] != ':')
        {
            _position = i;
            throw Unexpected("':' after a member name");
        }

        _position = WhiteSpaceEnd(json, i + 1);
        return true;
    }

    /// <summary>Enters the object at the current value; its members follow with <see cref="NextMember"/>.</summary>
    /// <param name="what">What the object is, for the exception.</param>
    /// <exception cref="JsonException">The value is not an object.</exception>
    public void StartObject(string what)
    {
        if (_position >= _json.Length || _json[_position] != '{')
        {
            throw NotA(what, "object");
        }

        _position++;
        _memberRead = false;
    }

    /// <summary>Enters the array at the current value (its items follow with <see cref="NextItem"/>); false, past it, for JSON null.</summary>
    /// <param name="what">What the array is, for the exception.</param>
    /// <exception cref="JsonException">The value is neither an array nor null.</exception>
    public bool StartArray(string what)
    {
        if (TryNull())
        {
            return false;
        }

        if (_position >= _json.Length || _json[_position] != '[')
        {
            throw NotA(what, "array");
        }

        _position++;
        _memberRead = false;
        return true;
    }

    /// <summary>Moves to the next item of the array entered last; false, past its end, after the last item.</summary>
    /// <exception cref="JsonException">The array is malformed.</exception>
    public bool NextItem()
    {
        if (!NextEntry((byte)']', "',' or ']' after an item"))
        {
            return false;
        }

        return _position < _json.Length ? true : throw EndedEarly();
    }

    /// <summary>At a JSON number that is a whole <see cref="long"/>, reads it; otherwise false without moving.</summary>
    /// <exception cref="JsonException">The number breaks the JSON grammar.</exception>
    public bool TryInt64Number(out long value)
    {
        value = 0;
        int start = _position;
        if (TryNumber(out var text) && Utf8Parser.TryParse(text, out value, out int consumed) && consumed == text.Length)
        {
            return true;
        }

        _position = start;
        return false;
    }

    /// <summary>Keeps the current member, whatever its value, in <paramref name="extensionData"/>: for the unknown members of a nested object.</summary>
    public void KeepUnknown(ref Dictionary<string, JsonElement>? extensionData)
    {
        string name = Encoding.UTF8.GetString(_name);
        (extensionData ??= new Dictionary<string, JsonElement>(StringComparer.Ordinal))[name] = ReadGeneral(JsonElement.ParseValue);
    }

    /// <summary>
    /// Moves to the start of the container's next entry, past the comma a later entry needs; false,
    /// past it, at the container's closing byte.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool NextEntry(byte close, string expected)
    {
        var json = _json;
        int i = WhiteSpaceEnd(json, _position);
        if (i < json.Length && json[i] == close)
        {
            // The container was the value of its parent's member or item, which has now been read.
            _position = i + 1;
            _memberRead = true;
            return false;
        }

        if (_memberRead)
        {
            if (i >= json.Length || json[i] != ',')
            {
                _position = i;
                throw Unexpected(expected);
            }

            i = WhiteSpaceEnd(json, i + 1);
        }

        _memberRead = true;
        _position = i;
        return true;
    }

    /// <summary>Checks that nothing but white space follows the object, as the general reader does.</summary>
    /// <exception cref="JsonException">Something follows the object.</exception>
    public void EndOfMessage()
    {
        SkipWhiteSpace();
        if (_position < _json.Length)
        {
            throw Unexpected("nothing after the message");
        }
    }

    /// <summary>Whether the current member has this name.</summary>
    public readonly bool Is(ReadOnlySpan<byte> name) => _name.SequenceEqual(name);

    /// <summary>Reads a string that repeats across messages (type, product id) from the pool.</summary>
    public string PooledString()
    {
        if (TryPlainString(out var text))
        {
            return StringPool.Get(text);
        }

        return ReadGeneral(static (ref value) => value.TokenType switch
        {
            JsonTokenType.String => value.GetString()!,
            JsonTokenType.Null => "",
            _ => throw new JsonException($"Expected a string, got {value.TokenType}."),
        });
    }

    /// <summary>Reads an integer sent as a number or a numeric string.</summary>
    public long Int64()
    {
        int start = _position;
        if ((TryPlainString(out var text) || TryNumber(out text)) && Utf8Parser.TryParse(text, out long number, out int consumed) && consumed == text.Length)
        {
            return number;
        }

        _position = start;
        return ReadGeneral<long>(static (ref value) => throw new JsonException($"Expected an integer, got {value.TokenType}."));
    }

    /// <summary>Reads an optional integer; null for JSON null.</summary>
    public long? OptionalInt64() => TryNull() ? null : Int64();

    /// <summary>Reads an amount sent as a string or a number.</summary>
    public decimal Decimal()
    {
        // The exchange's quoted amounts are found and read in one pass: digits, a point and a minus need no string checks.
        int afterQuote = _position + 1;
        if (afterQuote < _json.Length && _json[_position] == '"' && FastDecimal.TryParsePrefix(_json[afterQuote..], out decimal amount, out int length)
            && afterQuote + length < _json.Length && _json[afterQuote + length] == '"')
        {
            _position = afterQuote + length + 1;
            return amount;
        }

        // A quoted amount the line above did not take would fail FastDecimal again: only numbers get a second try.
        int start = _position;
        if (TryNumber(out var text) && FastDecimal.TryParse(text, out amount))
        {
            return amount;
        }

        _position = start;
        return ReadGeneral(JsonArrayReader.ReadDecimal);
    }

    /// <summary>Reads an amount that is always sent but may be blank; JSON null or an empty string reads as 0.</summary>
    public decimal DecimalOrZero() => OptionalDecimal() ?? 0;

    /// <summary>Reads an optional amount; null for JSON null or an empty string.</summary>
    public decimal? OptionalDecimal()
    {
        if (TryNull())
        {
            return null;
        }

        if (_json[_position..].StartsWith("\"\""u8))
        {
            _position += 2;
            return null;
        }

        return Decimal();
    }

    /// <summary>Reads an optional ISO 8601 time; null for JSON null.</summary>
    public DateTimeOffset? OptionalTime() =>
        Time(static (ref value) => value.TokenType == JsonTokenType.String && value.TryGetDateTimeOffset(out var time)
            ? time
            : throw new JsonException($"Expected an ISO 8601 time, got {value.TokenType}."));

    /// <summary>
    /// Reads an optional time as <see cref="LenientTimestampConverter"/> does: JSON null or an empty
    /// string is null, any form <see cref="DateTimeOffset"/> reads is accepted.
    /// </summary>
    /// <exception cref="JsonException">The value is not a time.</exception>
    public DateTimeOffset? LenientTime() => Time(LenientTimestampConverter.ReadTime);

    /// <summary>JSON null as null, the exchange's own form in place, any other with <paramref name="general"/>.</summary>
    private DateTimeOffset? Time(GeneralRead<DateTimeOffset?> general)
    {
        if (TryNull())
        {
            return null;
        }

        int start = _position;
        if (TryPlainString(out var text) && FastTimestamp.TryParse(text, out var time))
        {
            return time;
        }

        _position = start;
        return ReadGeneral(general);
    }

    /// <summary>Reads a side; Unknown for a name this version does not know or null.</summary>
    public Side Side()
    {
        int start = _position;
        if (TryPlainString(out var text))
        {
            if (text.SequenceEqual("buy"u8))
            {
                return CoPrA.Side.Buy;
            }

            if (text.SequenceEqual("sell"u8))
            {
                return CoPrA.Side.Sell;
            }
        }

        _position = start;
        return ReadGeneral(static (ref value) => value.TokenType == JsonTokenType.String ? WireEnum<Side>.Parse(value.GetString()) : default);
    }

    /// <summary>Skips the current member's value.</summary>
    public void SkipValue()
    {
        if (!TryPlainString(out _))
        {
            ReadGeneral(static (ref _) => true);
        }
    }

    /// <summary>Keeps the current member, whatever its value, in <see cref="ExtensionData"/>.</summary>
    public void KeepUnknown() => KeepUnknown(ref _extensionData);

    private static JsonException EndedEarly() => new("The message ended early.");

    // The message Utf8JsonReader-based converters give for a value of the wrong kind, with the token found.
    private JsonException NotA(string what, string kind)
    {
        if (_position >= _json.Length)
        {
            return EndedEarly();
        }

        var value = new Utf8JsonReader(_json[_position..]);
        string found = value.Read() ? value.TokenType.ToString() : "nothing";
        return new JsonException($"Expected a {what} {kind}, got {found}.");
    }

    private static bool IsWhiteSpace(byte b) => b is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t';

    // Whether a scalar may end before index i: the end of the message, white space, or what can follow a member's value or an item.
    private readonly bool IsValueEnd(int i) => i >= _json.Length || IsWhiteSpace(_json[i]) || _json[i] is (byte)',' or (byte)'}' or (byte)']';

    private readonly byte Current() => _position < _json.Length ? _json[_position] : throw EndedEarly();

    private readonly JsonException Unexpected(string expected) =>
        _position < _json.Length
            ? new JsonException($"Unexpected '{(char)_json[_position]}' at byte {_position}; expected {expected}.")
            : EndedEarly();

    private void SkipWhiteSpace() => _position = WhiteSpaceEnd(_json, _position);

    private static int WhiteSpaceEnd(ReadOnlySpan<byte> json, int i)
    {
        while (i < json.Length && IsWhiteSpace(json[i]))
        {
            i++;
        }

        return i;
    }

    private ReadOnlySpan<byte> ReadName()
    {
        if (Current() != '"')
        {
            throw Unexpected("a member name");
        }

        if (TryPlainString(out var name))
        {
            return name;
        }

        return ReadGeneral(static (ref value) => Encoding.UTF8.GetBytes(value.GetString()!));
    }

    /// <summary>At a string without escapes, its UTF-8 content, moving past it; otherwise false without moving.</summary>
    public bool TryPlainString(out ReadOnlySpan<byte> text)
    {
        text = default;
        if (_position >= _json.Length || _json[_position] != '"')
        {
            return false;
        }

        var rest = _json[(_position + 1)..];
        int end = rest.IndexOfAny(StringStops);
        if (end < 0 || rest[end] != '"')
        {
            return false; // escapes, a control character or no end: the general reader decides
        }

        text = rest[..end];
        _position += end + 2;
        return true;
    }

    /// <summary>At a number, its text, moving past it; false without moving when the value is not a number.</summary>
    /// <exception cref="JsonException">The number breaks the JSON grammar.</exception>
    private bool TryNumber(out ReadOnlySpan<byte> text)
    {
        text = default;
        if (_position >= _json.Length || !(_json[_position] == '-' || FastDecimal.IsDigit(_json[_position])))
        {
            return false;
        }

        int end = NumberEnd(_position);
        text = _json[_position..end];
        _position = end;
        return true;
    }

    // -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)? followed by a delimiter; anything else is what the general reader rejects.
    private readonly int NumberEnd(int i)
    {
        if (_json[i] == '-')
        {
            i++;
        }

        i = _json[i..].StartsWith("0"u8) ? i + 1 : Digits(i);
        if (i < _json.Length && _json[i] == '.')
        {
            i = Digits(i + 1);
        }

        if (i < _json.Length && (_json[i] | 0x20) == 'e')
        {
            i++;
            if (i < _json.Length && _json[i] is (byte)'+' or (byte)'-')
            {
                i++;
            }

            i = Digits(i);
        }

        if (!IsValueEnd(i))
        {
            throw new JsonException($"Invalid number at byte {_position}.");
        }

        return i;
    }

    // One or more digits from i; where they end.
    private readonly int Digits(int i)
    {
        int start = i;
        while (i < _json.Length && FastDecimal.IsDigit(_json[i]))
        {
            i++;
        }

        return i > start ? i : throw new JsonException($"Invalid number at byte {_position}.");
    }

    /// <summary>Whether the current value is JSON null; moves past it if so.</summary>
    public bool TryNull()
    {
        int end = _position + 4;
        if (!_json[_position..].StartsWith("null"u8) || !IsValueEnd(end))
        {
            return false;
        }

        _position = end;
        return true;
    }

    /// <summary>
    /// Reads the value at the current position with a <see cref="Utf8JsonReader"/> on its first token,
    /// then moves past it: the general path for the rare forms. Kept out of line so that the fast
    /// paths do not pay for the reader's stack frame.
    /// </summary>
    /// <typeparam name="T">What the value reads as.</typeparam>
    /// <param name="read">Reads the value; an object or array it leaves unread is skipped.</param>
    /// <exception cref="JsonException">The value is not valid JSON, or <paramref name="read"/> threw it.</exception>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public T ReadGeneral<T>(GeneralRead<T> read)
    {
        var value = new Utf8JsonReader(_json[_position..]);
        if (!value.Read())
        {
            throw EndedEarly();
        }

        T result = read(ref value);
        if (value.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
        {
            value.Skip();
        }

        _position += (int)value.BytesConsumed;
        return result;
    }
}

/// <summary>Reads one value from a reader on its first token.</summary>
internal delegate T GeneralRead<T>(ref Utf8JsonReader value);
