using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CoPrA.Benchmarks.Feed;

/// <summary>The drivers' feed servers: a quiet Kestrel on 127.0.0.1 and a free port, one handler for every request.</summary>
internal static class LoopbackWebHost
{
    /// <summary>Starts the host and returns it with its base <c>ws://</c> URL.</summary>
    /// <param name="handler">Answers every request.</param>
    /// <param name="configure">Adds middleware before the handler (for example WebSockets), or null.</param>
    public static async Task<(WebApplication App, Uri Url)> StartAsync(RequestDelegate handler, Action<WebApplication>? configure = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        configure?.Invoke(app);
        app.Run(handler);
        await app.StartAsync();
        string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return (app, new Uri("ws" + address["http".Length..] + "/"));
    }
}
