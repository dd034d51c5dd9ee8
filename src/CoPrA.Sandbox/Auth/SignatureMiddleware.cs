using System.Text;
using CoPrA.Sandbox.AdvancedTrade;
using CoPrA.Sandbox.Rest;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace CoPrA.Sandbox.Auth;

/// <summary>
/// Guards private endpoints: reads the raw body and the request target exactly as received and
/// has them verified with the CB-ACCESS headers, or, on Advanced Trade endpoints, checks the
/// Bearer JWT; 401 with the API's error body when they fail.
/// </summary>
internal sealed class SignatureMiddleware
{
    private const int MaxBodyBytes = 1024 * 1024;
    private readonly RequestDelegate _next;
    private readonly RequestAuthenticator _authenticator;
    private readonly JwtVerifier _jwtVerifier;

    public SignatureMiddleware(RequestDelegate next, RequestAuthenticator authenticator, JwtVerifier jwtVerifier)
    {
        _next = next;
        _authenticator = authenticator;
        _jwtVerifier = jwtVerifier;
    }

    public async Task InvokeAsync(HttpContext context)
    {
        var marker = context.GetEndpoint()?.Metadata.GetMetadata<PrivateEndpoint>();
        if (marker is null)
        {
            await _next(context).ConfigureAwait(false);
            return;
        }

        if (marker.UsesJwt)
        {
            await VerifyJwtAsync(context).ConfigureAwait(false);
            return;
        }

        var headers = context.Request.Headers;
        var fields = new AuthFields(
            Header(headers, "CB-ACCESS-KEY"), Header(headers, "CB-ACCESS-SIGN"), Header(headers, "CB-ACCESS-TIMESTAMP"), Header(headers, "CB-ACCESS-PASSPHRASE"));
        if (fields.FirstMissing("CB-ACCESS-KEY", "CB-ACCESS-SIGN", "CB-ACCESS-TIMESTAMP", "CB-ACCESS-PASSPHRASE") is { } missing)
        {
            await Respond.Error(context, StatusCodes.Status401Unauthorized, $"{missing} header is required").ConfigureAwait(false);
            return;
        }

        string body = await ReadBodyAsync(context).ConfigureAwait(false);

        // The signature covers the request target as it came off the wire, not a decoded path.
        string target = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? (context.Request.Path + context.Request.QueryString).ToString();
        var result = _authenticator.Authenticate(fields, context.Request.Method, target, body);
        if (result.User is null)
        {
            await Respond.Error(context, StatusCodes.Status401Unauthorized, result.Error!).ConfigureAwait(false);
            return;
        }

        RequestInfo.Set(context, result.User, body);
        await _next(context).ConfigureAwait(false);
    }

    /// <summary>The JWT signs method, host (no port) and path (no query); the body is read only to keep it for the endpoint.</summary>
    private async Task VerifyJwtAsync(HttpContext context)
    {
        var request = context.Request;
        var result = _jwtVerifier.Verify(Header(request.Headers, "Authorization"), request.Method, request.Host.Host, request.PathBase + request.Path);
        if (result.User is null)
        {
            await Respond.Error(context, StatusCodes.Status401Unauthorized, result.Error!, "UNAUTHENTICATED").ConfigureAwait(false);
            return;
        }

        RequestInfo.Set(context, result.User, await ReadBodyAsync(context).ConfigureAwait(false));
        await _next(context).ConfigureAwait(false);
    }

    private static string? Header(IHeaderDictionary headers, string name) => headers[name].ToString() is { Length: > 0 } value ? value : null;

    private static async Task<string> ReadBodyAsync(HttpContext context)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await context.Request.Body.ReadAsync(chunk, context.RequestAborted).ConfigureAwait(false)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MaxBodyBytes)
            {
                throw SandboxApiException.BadRequest("request body too large");
            }
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
