using System.Globalization;
using System.Net;
using CoPrA.Sandbox.AdvancedTrade;
using CoPrA.Sandbox.AdvancedTrade.Feed;
using CoPrA.Sandbox.Auth;
using CoPrA.Sandbox.Feed;
using CoPrA.Sandbox.MarketMaker;
using CoPrA.Sandbox.Rest;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CoPrA.Sandbox;

/// <summary>
/// An in-process Coinbase Exchange on 127.0.0.1: the REST API (with HMAC verification and the
/// 30-second timestamp window), the WebSocket feed on the same port, seeded products and
/// accounts, a price-time matching engine, and a background market maker. Start one with
/// <see cref="StartAsync"/>, point a client at <see cref="RestUrl"/> and <see cref="FeedUrl"/>
/// with <see cref="Credentials"/>, and dispose it to stop it.
/// </summary>
public sealed partial class SandboxExchange : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly CancellationTokenSource _stopping;
    private readonly Task _background;
    private int _disposed;

    private SandboxExchange(WebApplication app, SandboxServices services, SandboxControls controls, int port, Task background, CancellationTokenSource stopping)
    {
        _app = app;
        _stopping = stopping;
        Services = services;
        Controls = controls;
        Port = port;
        _background = background;
        RestUrl = string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}");
        FeedUrl = string.Create(CultureInfo.InvariantCulture, $"ws://127.0.0.1:{port}/");
        AdvancedTradeMarketDataWebSocketUrl = string.Create(CultureInfo.InvariantCulture, $"ws://127.0.0.1:{port}{AdvancedTradeFeedHub.MarketDataPath}");
        AdvancedTradeUserWebSocketUrl = string.Create(CultureInfo.InvariantCulture, $"ws://127.0.0.1:{port}{AdvancedTradeFeedHub.UserDataPath}");
    }

    /// <summary>
    /// The key every sandbox accepts unless told otherwise: always the same, so that scripts and
    /// other languages' clients can be configured once.
    /// </summary>
    public static Credentials DefaultCredentials { get; } = SandboxApiKey.Default.ToCredentials();

    /// <summary>The REST root, for example <c>http://127.0.0.1:54321</c>.</summary>
    public string RestUrl { get; }

    /// <summary>The feed's WebSocket URL, for example <c>ws://127.0.0.1:54321/</c>.</summary>
    public string FeedUrl { get; }

    /// <summary>
    /// The Advanced Trade WebSocket feed's market-data endpoint, for example
    /// <c>ws://127.0.0.1:54321/advanced-trade-ws</c>: heartbeats, candles, status, ticker, ticker_batch,
    /// level2, market_trades, and user and futures_balance_summary with a JWT (the documented failover).
    /// </summary>
    public string AdvancedTradeMarketDataWebSocketUrl { get; }

    /// <summary>
    /// The Advanced Trade WebSocket feed's user-data endpoint, for example
    /// <c>ws://127.0.0.1:54321/advanced-trade-ws-user</c>: heartbeats, user and futures_balance_summary only.
    /// </summary>
    public string AdvancedTradeUserWebSocketUrl { get; }

    /// <summary>The port the sandbox listens on.</summary>
    public int Port { get; }

    /// <summary>The API key the sandbox accepts.</summary>
    public Credentials Credentials => Services.Credentials;

    /// <summary>
    /// The CDP API key name the Advanced Trade API (<c>/api/v3/brokerage/...</c>) accepts, as JWT
    /// <c>kid</c> and <c>sub</c>: <c>organizations/sandbox/apiKeys/&lt;uuid&gt;</c>, new in every run unless
    /// <see cref="SandboxOptions.AdvancedTradeKeyName"/> fixes it. Both keys below go with it.
    /// </summary>
    public string AdvancedTradeKeyName => Services.AdvancedTradeKeys.KeyName;

    /// <summary>
    /// The Advanced Trade ECDSA P-256 private key (JWT alg ES256) as Coinbase hands it out: a SEC1 PEM,
    /// <c>-----BEGIN EC PRIVATE KEY-----</c>. A secret for the sandbox only.
    /// </summary>
    public string AdvancedTradeEcdsaKeyPem => Services.AdvancedTradeKeys.EcdsaPem;

    /// <summary>
    /// The Advanced Trade Ed25519 private key (JWT alg EdDSA) as Coinbase hands it out: base64 of the
    /// 32-byte seed followed by the 32-byte public key. A secret for the sandbox only.
    /// </summary>
    public string AdvancedTradeEd25519Key => Services.AdvancedTradeKeys.Ed25519Base64;

    /// <summary>Levers and gauges for tests.</summary>
    public SandboxControls Controls { get; }

    internal SandboxServices Services { get; }

    /// <summary>Starts a sandbox and returns once it accepts connections.</summary>
    /// <param name="options">Settings; the defaults when null.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    /// <exception cref="ArgumentException">A fixed Advanced Trade key in the options cannot be read, or the Exchange key is set in part.</exception>
    public static async Task<SandboxExchange> StartAsync(SandboxOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new SandboxOptions();
        Validate(options);
        var services = new SandboxServices(options, SandboxApiKey.FromOptions(options));
        if (options.SeedTradeHistory)
        {
            HistorySeeder.Seed(services.Engine, services.Catalog, services.Clock.UtcNow, options.Seed);
        }

        var marketMaker = new MarketMaker.MarketMaker(services);
        if (options.SeedOrderBook)
        {
            marketMaker.SeedBooks();
        }

        var app = BuildApp(services, options.Port);
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            // A port in use or a cancelled start: nothing may be left listening.
            await app.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        int port = BoundPort(app);

        var stopping = new CancellationTokenSource();
        void OnError(Exception ex) => LogBackgroundFailure(services.Logger, ex);
        var background = Task.WhenAll(
            new FeedTimers(services.Hub, services.Publisher, services.Engine, services.Clock, options).RunAsync(OnError, stopping.Token),
            new AdvancedTradeFeedTimers(services.AdvancedTradeFeed, services.AdvancedTradePublisher, services.Engine, services.Clock, options).RunAsync(OnError, stopping.Token),
            PeriodicLoop.RunAsync(TimeSpan.FromMilliseconds(250), services.Clock.TimeProvider, services.Engine.ExpireDueOrders, OnError, stopping.Token),
            options.MarketMakerEnabled ? marketMaker.RunAsync(stopping.Token) : Task.CompletedTask);
        return new SandboxExchange(app, services, new SandboxControls(services, marketMaker), port, background, stopping);
    }

    /// <summary>Stops the server, closes every connection and ends the background work.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        await _stopping.CancelAsync().ConfigureAwait(false);
        Controls.AbortFeedConnections();
        Controls.AbortAdvancedTradeFeedConnections();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        try
        {
            await _app.StopAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Requests still running after the grace period are cut off by the disposal below.
        }

        await _app.DisposeAsync().ConfigureAwait(false);
        await _background.ConfigureAwait(false);
        _stopping.Dispose();
    }

    private static WebApplication BuildApp(SandboxServices services, int port)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(SandboxExchange).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, port);
            kestrel.AddServerHeader = false;
        });
        builder.Services.AddRoutingCore();

        var app = builder.Build();
        app.Use((context, next) => ErrorHandling.InvokeAsync(context, next, services.Logger));
        app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.FromSeconds(30) });
        app.Use((context, next) => services.Handshakes.InvokeAsync(context, next, services.Hub, services.AdvancedTradeFeed));
        app.Use((context, next) => services.Faults.InvokeAsync(context, next));
        app.UseRouting();
        app.UseMiddleware<SignatureMiddleware>(services.Authenticator, services.JwtVerifier);

        MarketDataEndpoints.Map(app, services);
        AccountEndpoints.Map(app, services);
        OrderEndpoints.Map(app, services);
        FillEndpoints.Map(app, services);
        TransferEndpoints.Map(app, services);
        ConversionEndpoints.Map(app, services);
        FeeEndpoints.Map(app, services);
        ReportEndpoints.Map(app, services);
        AdvancedTradeRoutes.Map(app, services);
        app.MapFallback(context => Respond.Error(context, StatusCodes.Status404NotFound, "NotFound"));
        return app;
    }

    private static int BoundPort(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
        return new Uri(addresses.First()).Port;
    }

    private static void Validate(SandboxOptions options)
    {
        Require(options.Port is >= 0 and <= 65535, "Port must be between 0 (any free port) and 65535.", options.Port);
        Require(options.SubscribeTimeout > TimeSpan.Zero, "SubscribeTimeout must be positive.", options.SubscribeTimeout);
        Require(options.AdvancedTradeSubscribeTimeout > TimeSpan.Zero, "AdvancedTradeSubscribeTimeout must be positive.", options.AdvancedTradeSubscribeTimeout);
        Require(options.AdvancedTradeTickerBatchInterval > TimeSpan.Zero, "AdvancedTradeTickerBatchInterval must be positive.", options.AdvancedTradeTickerBatchInterval);
        Require(options.HeartbeatInterval > TimeSpan.Zero, "HeartbeatInterval must be positive.", options.HeartbeatInterval);
        Require(options.StatusInterval > TimeSpan.Zero, "StatusInterval must be positive.", options.StatusInterval);
        Require(options.Level2BatchInterval > TimeSpan.Zero, "Level2BatchInterval must be positive.", options.Level2BatchInterval);
        Require(options.AuthenticationWindow > TimeSpan.Zero, "AuthenticationWindow must be positive.", options.AuthenticationWindow);
        Require(options.MakerFeeRate is >= 0 and < 1, "MakerFeeRate must be at least 0 and below 1.", options.MakerFeeRate);
        Require(options.TakerFeeRate is >= 0 and < 1, "TakerFeeRate must be at least 0 and below 1.", options.TakerFeeRate);
        Require(options.MarketMakerActionsPerSecond > 0 && double.IsFinite(options.MarketMakerActionsPerSecond), "MarketMakerActionsPerSecond must be positive.", options.MarketMakerActionsPerSecond);
        Require(options.FeedQueueCapacity >= 16, "FeedQueueCapacity must be at least 16.", options.FeedQueueCapacity);
        Require(options.Balances.Values.All(balance => balance >= 0), "Balances must not be negative.", null);

        static void Require(bool valid, string message, object? value)
        {
            if (!valid)
            {
                throw new ArgumentOutOfRangeException(nameof(options), value, message);
            }
        }
    }

    private static void LogBackgroundFailure(ILogger logger, Exception exception) => Log.BackgroundFailure(logger, exception);

    private static partial class Log
    {
        [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "A background task of the sandbox failed")]
        public static partial void BackgroundFailure(ILogger logger, Exception exception);
    }
}
