using System.Globalization;
using CoPrA.AdvancedTrade;
using CoPrA.Sandbox;

namespace CoPrA.Samples;

/// <summary>
/// Where an Advanced Trade feed sample runs: by default an in-process sandbox (no network, no
/// account, signed with the key the sandbox generates); with <c>--url &lt;rest-url&gt;</c> a real
/// host, signed with the CDP key in the environment (<see cref="SampleCdpKey"/>, never the command
/// line), its feeds at Coinbase's hosts unless <c>--feed-url</c> (market data) and
/// <c>--user-feed-url</c> name others. A sample that trades needs <c>--live</c> on a host that may be
/// real money (<see cref="TradingHosts"/>). <c>--seconds</c> bounds the run (5 by default),
/// <c>--product</c> names the product (BTC-USD by default).
/// </summary>
internal sealed class AdvancedTradeSampleExchange : IAsyncDisposable
{
    private readonly Settings _settings;

    private AdvancedTradeSampleExchange(Settings settings, SandboxExchange? sandbox)
    {
        _settings = settings;
        Sandbox = sandbox;
    }

    /// <summary>The in-process sandbox, or null when the sample talks to <c>--url</c>.</summary>
    public SandboxExchange? Sandbox { get; }

    /// <summary>One line saying where the sample is talking to.</summary>
    public string Description => Sandbox is null
        ? $"{_settings.RestUrl} and {_settings.MarketDataUrl}"
        : $"the CoPrA sandbox at {_settings.RestUrl} (in-process: no network, no account)";

    /// <summary>The product the sample watches.</summary>
    public string ProductId => _settings.ProductId;

    /// <summary>How long the sample runs at most.</summary>
    public TimeSpan RunFor => _settings.RunFor;

    /// <summary>Options of a REST client of this exchange.</summary>
    public AdvancedTradeClientOptions RestOptions() => new() { BaseUrl = _settings.RestUrl, ApiKey = _settings.Key };

    /// <summary>Options of a feed client of this exchange, signed when a key is known.</summary>
    public AdvancedTradeWebSocketClientOptions FeedOptions(string name) => new()
    {
        MarketDataUrl = _settings.MarketDataUrl,
        UserDataUrl = _settings.UserDataUrl,
        ApiKey = _settings.Key,
        Name = name,
    };

    /// <summary>
    /// Starts a sandbox or opens the host the arguments name. Returns null, after printing the usage
    /// to <paramref name="error"/>, when the arguments are wrong.
    /// </summary>
    /// <param name="args">The command line.</param>
    /// <param name="sampleName">The sample's project name, for the usage text.</param>
    /// <param name="error">Where problems go.</param>
    /// <param name="needsKey">Whether <c>--url</c> needs a CDP key.</param>
    /// <param name="placesOrders">Whether the sample trades (a real exchange then needs <c>--live</c>).</param>
    /// <param name="sandboxOptions">Options of the in-process sandbox, when one is started.</param>
    /// <param name="cancellationToken">Stops starting the sandbox.</param>
    public static async Task<AdvancedTradeSampleExchange?> OpenAsync(
        string[] args,
        string sampleName,
        TextWriter error,
        bool needsKey = false,
        bool placesOrders = false,
        SandboxOptions? sandboxOptions = null,
        CancellationToken cancellationToken = default)
    {
        var (arguments, problem) = SampleArguments.Parse(args);
        if (arguments is null)
        {
            return Usage(error, sampleName, problem!);
        }

        var values = arguments.Values;
        var runFor = TimeSpan.FromSeconds(5);
        if (values.TryGetValue("seconds", out string? seconds))
        {
            if (!double.TryParse(seconds, NumberStyles.Float, CultureInfo.InvariantCulture, out double parsed) || parsed is <= 0 or > 86_400)
            {
                return Usage(error, sampleName, $"--seconds must be a number of seconds from 0 to 86400, got '{seconds}'");
            }

            runFor = TimeSpan.FromSeconds(parsed);
        }

        string productId = values.GetValueOrDefault("product", "BTC-USD");
        if (!values.TryGetValue("url", out string? url))
        {
            var sandbox = await SandboxExchange.StartAsync(sandboxOptions, cancellationToken);
            var key = new CdpApiKey(sandbox.AdvancedTradeKeyName, sandbox.AdvancedTradeEcdsaKeyPem);
            return new AdvancedTradeSampleExchange(
                new Settings(sandbox.RestUrl, sandbox.AdvancedTradeMarketDataWebSocketUrl, sandbox.AdvancedTradeUserWebSocketUrl, key, productId, runFor), sandbox);
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            return Usage(error, sampleName, $"--url must be an http or https URL, got '{url}'");
        }

        if (placesOrders && !TradingHosts.IsPlayMoney(uri) && !arguments.Live)
        {
            return Usage(error, sampleName, $"{uri.Host} is not a known sandbox: add --live to trade real money there");
        }

        string marketData = values.GetValueOrDefault("feed-url", AdvancedTradeWebSocketClient.ProductionMarketDataUrl);
        string userData = values.GetValueOrDefault("user-feed-url", AdvancedTradeWebSocketClient.ProductionUserDataUrl);
        foreach (string feed in (string[])[marketData, userData])
        {
            if (!Uri.TryCreate(feed, UriKind.Absolute, out var feedUri) || feedUri.Scheme is not ("ws" or "wss"))
            {
                return Usage(error, sampleName, $"--feed-url and --user-feed-url must be ws or wss URLs, got '{feed}'");
            }
        }

        var (liveKey, keyProblem) = SampleCdpKey.From(Environment.GetEnvironmentVariable);
        if (keyProblem is not null || (liveKey is null && needsKey))
        {
            return Usage(error, sampleName, keyProblem ?? $"set {SampleCdpKey.FileVariable}, or {SampleCdpKey.NameVariable} and {SampleCdpKey.PrivateKeyVariable}, to use --url");
        }

        return new AdvancedTradeSampleExchange(new Settings(url, marketData, userData, liveKey, productId, runFor), null);
    }

    public async ValueTask DisposeAsync()
    {
        if (Sandbox is not null)
        {
            await Sandbox.DisposeAsync();
        }
    }

    private static AdvancedTradeSampleExchange? Usage(TextWriter error, string sampleName, string problem)
    {
        error.WriteLine($"{sampleName}: {problem}");
        error.WriteLine($"usage: dotnet run --project samples/{sampleName} [-- --url <rest-url> [--feed-url <ws-url>] [--user-feed-url <ws-url>] [--product <id>] [--seconds <n>] [--live]]");
        error.WriteLine("Without --url the sample starts an in-process sandbox.");
        error.WriteLine($"With --url the CDP key comes from the environment: {SampleCdpKey.FileVariable}, or {SampleCdpKey.NameVariable} and {SampleCdpKey.PrivateKeyVariable}.");
        return null;
    }

    private sealed record Settings(string RestUrl, string MarketDataUrl, string UserDataUrl, CdpApiKey? Key, string ProductId, TimeSpan RunFor);
}
