using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CoPrA.WebSocket;

/// <summary>
/// Reads strings that repeat in every message (message types, product ids) from a shared pool, so
/// that a busy feed does not allocate the same short string again and again.
/// </summary>
internal sealed class InternedStringConverter : JsonConverter<string>
{
    /// <inheritdoc />
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType switch
        {
            JsonTokenType.String when !reader.ValueIsEscaped && !reader.HasValueSequence => StringPool.Get(reader.ValueSpan),
            JsonTokenType.String or JsonTokenType.Null => reader.GetString(),
            _ => throw new JsonException($"Expected a string, got {reader.TokenType}."),
        };

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value);
    }
}

/// <summary>
/// A bounded, thread-safe pool of short strings looked up by their UTF-8 bytes. A small
/// direct-mapped table in front answers the few strings of a busy feed (its product ids) with
/// one byte comparison; the dictionary behind it holds up to 4,096 strings.
/// </summary>
internal static class StringPool
{
    private const int MaxLength = 64;
    private const int MaxEntries = 4096;
    private const int RecentSlots = 64;
    private static readonly ConcurrentDictionary<string, string> Pool = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Pool.GetAlternateLookup<ReadOnlySpan<char>>();

    // Filled once per slot and never replaced, so that two strings sharing a slot cannot make it churn.
    private static readonly Recent?[] RecentTable = new Recent?[RecentSlots];

    /// <summary>The pooled string for these bytes; a new one when the text is long or the pool is full.</summary>
    public static string Get(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length > MaxLength)
        {
            return Encoding.UTF8.GetString(utf8);
        }

        ref Recent? slot = ref RecentTable[Slot(utf8)];
        var recent = Volatile.Read(ref slot);
        if (recent is not null && utf8.SequenceEqual(recent.Utf8))
        {
            return recent.Text;
        }

        string text = FromPool(utf8);
        if (recent is null)
        {
            Interlocked.CompareExchange(ref slot, new Recent(utf8.ToArray(), text), null);
        }

        return text;
    }

    private static string FromPool(ReadOnlySpan<byte> utf8)
    {
        Span<char> chars = stackalloc char[MaxLength];
        int length = Encoding.UTF8.GetChars(utf8, chars);
        var text = chars[..length];
        if (Lookup.TryGetValue(text, out string? pooled))
        {
            return pooled;
        }

        string created = new(text);
        return Pool.Count < MaxEntries ? Pool.GetOrAdd(created, created) : created;
    }

    private static int Slot(ReadOnlySpan<byte> utf8)
    {
        uint hash = (uint)utf8.Length;
        foreach (byte b in utf8)
        {
            hash = (hash * 31) + b;
        }

        return (int)(hash % RecentSlots);
    }

    private sealed record Recent(byte[] Utf8, string Text);
}
