using CoPrA.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace CoPrA.Tests.Support;

/// <summary>One request as the <see cref="LoopbackHttpServer"/> received it.</summary>
/// <param name="Method">HTTP method.</param>
/// <param name="PathAndQuery">Path and query.</param>
/// <param name="Headers">Request headers, names case-insensitive.</param>
/// <param name="Body">The body text (empty when none).</param>
internal sealed record ReceivedRequest(string Method, string PathAndQuery, IReadOnlyDictionary<string, string> Headers, string Body);

/// <summary>
/// A Kestrel server on 127.0.0.1 (an ephemeral port) that records every request it receives and
/// answers it with the test's handler: a real origin for tests of what reaches which host.
/// </summary>
internal sealed class LoopbackHttpServer : IAsyncDisposable
{
    private readonly List<ReceivedRequest> _requests = [];
    private WebApplication _app = null!;

    private LoopbackHttpServer()
    {
    }

    /// <summary>The http:// root of the server, without a trailing slash.</summary>
    public string Url { get; private set; } = "";

    /// <summary>Every request received so far, in order.</summary>
    public IReadOnlyList<ReceivedRequest> Requests
    {
        get
        {
            lock (_requests)
            {
                return [.. _requests];
            }
        }
    }

    /// <summary>Starts a server that records each request, then answers it with <paramref name="answer"/>.</summary>
    public static async Task<LoopbackHttpServer> StartAsync(Func<HttpContext, Task> answer)
    {
        var server = new LoopbackHttpServer();
        (server._app, server.Url) = await LoopbackWebHost.StartAsync(async context =>
        {
            using var reader = new StreamReader(context.Request.Body);
            string body = await reader.ReadToEndAsync();
            var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
            lock (server._requests)
            {
                server._requests.Add(new ReceivedRequest(context.Request.Method, context.Request.Path + context.Request.QueryString, headers, body));
            }

            await answer(context);
        });
        return server;
    }

    /// <summary>Starts a server that answers every request with <paramref name="status"/> and a Location header.</summary>
    public static Task<LoopbackHttpServer> RedirectingAsync(int status, string location) =>
        StartAsync(context =>
        {
            context.Response.StatusCode = status;
            context.Response.Headers.Location = location;
            return Task.CompletedTask;
        });

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
