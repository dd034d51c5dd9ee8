using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CoPrA.Testing;

/// <summary>
/// The test servers and the drivers' feed servers: a quiet Kestrel on 127.0.0.1, one handler for
/// every request. Linked into the test and benchmark projects.
/// </summary>
internal static class LoopbackWebHost
{
    /// <summary>Starts the host and returns it with its root, for example <c>http://127.0.0.1:54321</c>.</summary>
    /// <param name="handler">Answers every request.</param>
    /// <param name="configure">Adds middleware before the handler (for example WebSockets), or null.</param>
    /// <param name="port">The port, or 0 for a free one.</param>
    public static async Task<(WebApplication App, string Root)> StartAsync(RequestDelegate handler, Action<WebApplication>? configure = null, int port = 0)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        var app = builder.Build();
        configure?.Invoke(app);
        app.Run(handler);
        await app.StartAsync();
        string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return (app, address.TrimEnd('/'));
    }

    /// <summary>The <c>ws://</c> URL of a host's root.</summary>
    /// <param name="root">What <see cref="StartAsync"/> returned.</param>
    public static Uri WebSocketUrl(string root) => new("ws" + root["http".Length..] + "/");
}
