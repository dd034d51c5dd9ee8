using CoPrA.Sandbox.AdvancedTrade.Feed;
using CoPrA.Sandbox.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace CoPrA.Sandbox.Feed;

/// <summary>Accepts WebSocket handshakes for the feed, or refuses the next few with a status code when a test asks.</summary>
internal sealed class HandshakeGate
{
    private readonly Lock _gate = new();
    private int _refusalsLeft;
    private int _refusalStatus;

    public void RefuseNext(int count, int status)
    {
        lock (_gate)
        {
            _refusalsLeft = count;
            _refusalStatus = status;
        }
    }

    /// <summary>
    /// The middleware: WebSocket requests on the Advanced Trade paths are that feed, on any other path
    /// the Exchange feed; other requests go on.
    /// </summary>
    public async Task InvokeAsync(HttpContext context, RequestDelegate next, FeedHub hub, AdvancedTradeFeedHub advancedTrade)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        int refusal = 0;
        lock (_gate)
        {
            if (_refusalsLeft > 0)
            {
                _refusalsLeft--;
                refusal = _refusalStatus;
            }
        }

        if (refusal != 0)
        {
            await Rest.Respond.Json(context, new ErrorBody(ReasonPhrases.GetReasonPhrase(refusal)), SandboxJsonContext.Default.ErrorBody, refusal).ConfigureAwait(false);
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync().ConfigureAwait(false);
        if (AdvancedTradeFeedHub.UserEndpoint(context.Request.Path) is { } userEndpoint)
        {
            await advancedTrade.RunConnectionAsync(context, socket, userEndpoint, context.RequestAborted).ConfigureAwait(false);
        }
        else
        {
            await hub.RunConnectionAsync(context, socket, context.RequestAborted).ConfigureAwait(false);
        }
    }
}
