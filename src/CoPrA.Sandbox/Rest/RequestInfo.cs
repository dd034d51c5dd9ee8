using CoPrA.Sandbox.Accounts;
using Microsoft.AspNetCore.Http;

namespace CoPrA.Sandbox.Rest;

/// <summary>What the authentication step learned about a request: its user and its raw body.</summary>
internal static class RequestInfo
{
    private const string UserKey = "CoPrA.Sandbox.User";
    private const string BodyKey = "CoPrA.Sandbox.Body";

    public static void Set(HttpContext context, SandboxUser user, string body)
    {
        context.Items[UserKey] = user;
        context.Items[BodyKey] = body;
    }

    /// <summary>The authenticated user of a private endpoint.</summary>
    public static SandboxUser User(HttpContext context) => (SandboxUser)context.Items[UserKey]!;

    /// <summary>The raw body, exactly as signed.</summary>
    public static string Body(HttpContext context) => (string)context.Items[BodyKey]!;

    /// <summary>A route value such as <c>product_id</c>.</summary>
    public static string Route(HttpContext context, string name) => context.Request.RouteValues[name] as string ?? "";

    /// <summary>A query value, or null when absent or empty.</summary>
    public static string? Query(HttpContext context, string name) =>
        context.Request.Query[name].ToString() is { Length: > 0 } value ? value : null;
}
