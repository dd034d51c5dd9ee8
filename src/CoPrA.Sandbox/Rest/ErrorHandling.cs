using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace CoPrA.Sandbox.Rest;

/// <summary>Turns refusals into the exchange's error bodies, and anything unexpected into a 500.</summary>
internal static partial class ErrorHandling
{
    public static async Task InvokeAsync(HttpContext context, RequestDelegate next, ILogger logger)
    {
        try
        {
            await next(context).ConfigureAwait(false);
        }
        catch (SandboxApiException ex) when (!context.Response.HasStarted)
        {
            await Respond.Error(context, ex.StatusCode, ex.Message, ex.ErrorCode).ConfigureAwait(false);
        }
        catch (BadHttpRequestException ex) when (!context.Response.HasStarted)
        {
            await Respond.Error(context, ex.StatusCode, ex.Message).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away.
        }
        catch (Exception ex) when (!context.Response.HasStarted)
        {
            LogFailure(logger, ex, context.Request.Method, context.Request.Path);
            await Respond.Error(context, StatusCodes.Status500InternalServerError, "Internal server error").ConfigureAwait(false);
        }
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Error, Message = "The sandbox failed to answer {Method} {Path}")]
    private static partial void LogFailure(ILogger logger, Exception exception, string method, string path);
}
