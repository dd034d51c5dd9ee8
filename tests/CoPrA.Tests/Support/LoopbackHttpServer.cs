using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

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
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.Run(async context =>
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
        await app.StartAsync();
        server.Url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        server._app = app;
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
