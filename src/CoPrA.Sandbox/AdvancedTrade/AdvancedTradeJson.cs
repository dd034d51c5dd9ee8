using System.Buffers;
using System.Globalization;
using System.Text.Json;
using CoPrA.Sandbox.Json;
using Microsoft.AspNetCore.Http;

namespace CoPrA.Sandbox.AdvancedTrade;

/// <summary>
/// Writes Advanced Trade answers with the sandbox's own <see cref="Utf8JsonWriter"/> code (never the
/// client library's models), in Coinbase's style: snake_case names, numbers as strings, times RFC 3339
/// UTC with fractional seconds. Also makes the API's errors.
/// </summary>
internal static class AdvancedTradeJson
{
    /// <summary>
    /// Writes a JSON answer. The body is built first, so that a refusal thrown while building it still
    /// becomes an error answer.
    /// </summary>
    public static async Task Write(HttpContext context, Action<Utf8JsonWriter> body, int status = StatusCodes.Status200OK)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            body(writer);
        }

        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=utf-8";
        await context.Response.Body.WriteAsync(buffer.WrittenMemory, context.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>Writes an object with the members <paramref name="members"/> writes.</summary>
    public static Task WriteObject(HttpContext context, Action<Utf8JsonWriter> members) => Write(context, writer =>
    {
        writer.WriteStartObject();
        members(writer);
        writer.WriteEndObject();
    });

    /// <summary>A number as a string, as Coinbase writes amounts.</summary>
    public static void WriteAmount(this Utf8JsonWriter writer, string name, decimal value) =>
        writer.WriteString(name, value.ToString(CultureInfo.InvariantCulture));

    /// <summary>A number as a string; an empty string when there is none, as Coinbase does.</summary>
    public static void WriteAmount(this Utf8JsonWriter writer, string name, decimal? value) =>
        writer.WriteString(name, value?.ToString(CultureInfo.InvariantCulture) ?? "");

    /// <summary><c>{"value": "...", "currency": "..."}</c>.</summary>
    public static void WriteMoney(this Utf8JsonWriter writer, string name, decimal value, string currency)
    {
        writer.WriteStartObject(name);
        writer.WriteAmount("value", value);
        writer.WriteString("currency", currency);
        writer.WriteEndObject();
    }

    /// <summary>An RFC 3339 UTC time with fractional seconds; null when there is none.</summary>
    public static void WriteTime(this Utf8JsonWriter writer, string name, DateTimeOffset? value)
    {
        if (value is { } time)
        {
            writer.WriteString(name, UtcTimestampConverter.Format(time));
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    /// <summary>Starts an object: a property when named, else an array element or the root.</summary>
    public static void WriteStartObjectNamed(this Utf8JsonWriter writer, string? name)
    {
        if (name is null)
        {
            writer.WriteStartObject();
        }
        else
        {
            writer.WriteStartObject(name);
        }
    }

    /// <summary>A candle's members: <c>start</c> (Unix seconds) and its prices and volume, all as strings.</summary>
    public static void WriteCandleFields(this Utf8JsonWriter writer, Candle candle)
    {
        writer.WriteString("start", candle.Time.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
        writer.WriteAmount("low", candle.Low);
        writer.WriteAmount("high", candle.High);
        writer.WriteAmount("open", candle.Open);
        writer.WriteAmount("close", candle.Close);
        writer.WriteAmount("volume", candle.Volume);
    }

    /// <summary>
    /// A public trade's members: <c>trade_id</c>, <c>product_id</c>, <c>price</c>, <c>size</c>, <c>time</c> and
    /// <c>side</c>, the taker's (the engine's trade side is the maker's).
    /// </summary>
    public static void WriteTradeFields(this Utf8JsonWriter writer, Trade trade, string productId)
    {
        writer.WriteString("trade_id", trade.TradeId.ToString(CultureInfo.InvariantCulture));
        writer.WriteString("product_id", productId);
        writer.WriteAmount("price", trade.Price);
        writer.WriteAmount("size", trade.Size);
        writer.WriteTime("time", trade.Time);
        writer.WriteString("side", trade.Side == Side.Buy ? "SELL" : "BUY");
    }

    /// <summary><c>"name": []</c>.</summary>
    public static void WriteEmptyArray(this Utf8JsonWriter writer, string name)
    {
        writer.WriteStartArray(name);
        writer.WriteEndArray();
    }

    /// <summary>A string member of a JSON object, or null when absent or not a string.</summary>
    public static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>An array of the items, each written by <paramref name="item"/>.</summary>
    public static void WriteArray<T>(this Utf8JsonWriter writer, string name, IEnumerable<T> items, Action<Utf8JsonWriter, T> item)
    {
        writer.WriteStartArray(name);
        foreach (var value in items)
        {
            item(writer, value);
        }

        writer.WriteEndArray();
    }

    /// <summary>400 <c>INVALID_ARGUMENT</c>.</summary>
    public static SandboxApiException InvalidArgument(string message) =>
        SandboxApiException.AdvancedTrade(StatusCodes.Status400BadRequest, "INVALID_ARGUMENT", message);

    /// <summary>404 <c>NOT_FOUND</c>.</summary>
    public static SandboxApiException NotFound(string message) =>
        SandboxApiException.AdvancedTrade(StatusCodes.Status404NotFound, "NOT_FOUND", message);

    /// <summary>A query value, or null when absent or empty.</summary>
    public static string? Query(HttpContext context, string name) =>
        context.Request.Query[name].ToString() is { Length: > 0 } value ? value : null;

    /// <summary>Every value of a repeated query key (<c>product_ids=A&amp;product_ids=B</c>), empties left out.</summary>
    public static List<string> QueryList(HttpContext context, string name) =>
        [.. context.Request.Query[name].Where(value => !string.IsNullOrEmpty(value)).Select(value => value!)];

    /// <summary>An optional whole-number query value within a range; 400 when it is not one.</summary>
    public static int? QueryInt(HttpContext context, string name, int min, int max) =>
        Query(context, name) switch
        {
            null => null,
            var text when int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int value) && value >= min && value <= max => value,
            _ => throw InvalidArgument($"{name} must be a whole number from {min} to {max}"),
        };

    /// <summary>An optional Unix-seconds query value; 400 when it is not one.</summary>
    public static DateTimeOffset? QueryUnixSeconds(HttpContext context, string name) =>
        Query(context, name) switch
        {
            null => null,
            var text when long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out long seconds) && seconds < 253402300800 => DateTimeOffset.FromUnixTimeSeconds(seconds),
            _ => throw InvalidArgument($"{name} must be Unix seconds"),
        };

    /// <summary>An optional RFC 3339 query value; 400 when it is not one.</summary>
    public static DateTimeOffset? QueryTime(HttpContext context, string name) =>
        Query(context, name) switch
        {
            null => null,
            var text => UtcTimestampConverter.TryParse(text, out var value) ? value : throw InvalidArgument($"{name} must be an RFC 3339 time"),
        };
}
