using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CoPrA.Sandbox.AdvancedTrade;
using CoPrA.Sandbox.Json;
using CoPrA.Sandbox.Rest.Wire;
using Microsoft.AspNetCore.Http;

namespace CoPrA.Sandbox.Rest;

/// <summary>Writes REST answers: JSON bodies, the exchange's error body, and pages with their cursor headers.</summary>
internal static class Respond
{
    private const string JsonContentType = "application/json; charset=utf-8";

    public static async Task Json<T>(HttpContext context, T value, JsonTypeInfo<T> typeInfo, int status = StatusCodes.Status200OK)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = JsonContentType;
        await JsonSerializer.SerializeAsync(context.Response.Body, value, typeInfo, context.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>Writes one value with the sandbox's own wire writer.</summary>
    public static Task Json<T>(HttpContext context, T value, Action<Utf8JsonWriter, T> write) =>
        AdvancedTradeJson.Write(context, writer => write(writer, value));

    /// <summary>Writes a JSON array, one element per item, with the sandbox's own wire writer.</summary>
    public static Task List<T>(HttpContext context, IEnumerable<T> items, Action<Utf8JsonWriter, T> write) =>
        AdvancedTradeJson.Write(context, writer => writer.WriteArray(items, write));

    /// <summary>The Exchange API's <c>{"message"}</c>, or with an Advanced Trade error code <c>{"error", "error_details", "message"}</c>.</summary>
    public static Task Error(HttpContext context, int status, string message, string? errorCode = null) =>
        errorCode is null
            ? Json(context, new ErrorBody(message), SandboxJsonContext.Default.ErrorBody, status)
            : Json(context, new AdvancedTradeErrorBody(errorCode, message, message), SandboxJsonContext.Default.AdvancedTradeErrorBody, status);

    /// <summary>Writes a page and its cursors as <c>cb-before</c> and <c>cb-after</c> (lower case, as Coinbase sends them).</summary>
    public static Task Page<T>(HttpContext context, PageResult<T> page, Action<Utf8JsonWriter, T> write)
    {
        if (page.Before is not null)
        {
            context.Response.Headers["cb-before"] = page.Before;
        }

        if (page.After is not null)
        {
            context.Response.Headers["cb-after"] = page.After;
        }

        return List(context, page.Items, write);
    }
}
