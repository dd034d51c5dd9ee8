using System.Globalization;
using CoPrA;
using CoPrA.Rest;
using CoPrA.Sandbox;
using CoPrA.WebSocket;

namespace CoPrA.Samples;

/// <summary>
/// Where a sample runs: by default an in-process sandbox exchange (no network, no account);
/// with <c>--url &lt;rest-url&gt;</c> any Coinbase Exchange compatible server, such as a standalone
/// sandbox or Coinbase's own sandbox, signed with the key in the environment variables
/// <c>COINBASE_API_KEY</c>, <c>COINBASE_API_SECRET</c> and <c>COINBASE_API_PASSPHRASE</c>
/// (<see cref="SampleCredentials"/>; never on the command line). For samples that place orders, a
/// host that is neither loopback nor exactly one of Coinbase's sandbox hosts also needs
/// <c>--live</c>: the orders would be real (<see cref="TradingHosts"/>). Feed samples take the feed from
/// <c>--feed-url</c> (Coinbase's own hosts are known without it), run for <c>--seconds</c>
/// (5 by default) and watch <c>--product</c> (BTC-USD by default).
/// </summary>
internal sealed class SampleExchange : IAsyncDisposable
{
    private readonly SandboxExchange? _sandbox;

    private SampleExchange(RestClient client, string description, SandboxExchange? sandbox, string? accountId, Settings settings)
    {
        Client = client;
        Description = description;
        _sandbox = sandbox;
        AccountId = accountId;
        FeedUrl = settings.FeedUrl;
        Credentials = settings.Credentials;
        RunFor = settings.RunFor;
        ProductId = settings.ProductId;
    }

    /// <summary>The REST client, signed when credentials are known.</summary>
    public RestClient Client { get; }

    /// <summary>One line saying where the sample is talking to.</summary>
    public string Description { get; }

    /// <summary>The WebSocket feed, or null when none is known (<c>--url</c> without <c>--feed-url</c>).</summary>
    public string? FeedUrl { get; }

    /// <summary>The API key, when known.</summary>
    public Credentials? Credentials { get; }

    /// <summary>How long a feed sample runs (<c>--seconds</c>, 5 by default).</summary>
    public TimeSpan RunFor { get; }

    /// <summary>The product a sample watches (<c>--product</c>, BTC-USD by default).</summary>
    public string ProductId { get; }

    /// <summary>Options for a feed client of this exchange, signed when <paramref name="authenticated"/> and credentials are known.</summary>
    /// <exception cref="InvalidOperationException">No feed is known.</exception>
    public WebSocketClientOptions FeedOptions(string name, bool authenticated = false) => new()
    {
        FeedUrl = FeedUrl ?? throw new InvalidOperationException("No feed URL is known: pass --feed-url."),
        Credentials = authenticated ? Credentials : null,
        Name = name,
    };

    /// <summary>
    /// Opens the exchange the arguments name, or starts a sandbox. Returns null (after printing
    /// the usage) when the arguments are wrong.
    /// </summary>
    /// <param name="args">The command line.</param>
    /// <param name="sampleName">The sample's project name, for the usage text.</param>
    /// <param name="needsCredentials">Whether <c>--url</c> needs a key too.</param>
    /// <param name="placesOrders">Whether the sample trades (a real exchange then needs <c>--live</c>).</param>
    /// <param name="needsFeed">Whether <c>--url</c> needs a feed too (<c>--feed-url</c>, unless the host is Coinbase's).</param>
    /// <param name="sandboxOptions">Options of the in-process sandbox, when one is started.</param>
    /// <param name="cancellationToken">Stops starting the sandbox.</param>
    public static async Task<SampleExchange?> OpenAsync(
        string[] args,
        string sampleName,
        bool needsCredentials = true,
        bool placesOrders = false,
        bool needsFeed = false,
        SandboxOptions? sandboxOptions = null,
        CancellationToken cancellationToken = default)
    {
        var (arguments, problem) = SampleArguments.Parse(args);
        if (arguments is null)
        {
            return Usage(sampleName, problem!);
        }

        var values = arguments.Values;
        string? accountId = values.GetValueOrDefault("account-id");
        var runFor = TimeSpan.FromSeconds(5);
        if (values.TryGetValue("seconds", out string? seconds))
        {
            if (!double.TryParse(seconds, NumberStyles.Float, CultureInfo.InvariantCulture, out double parsed) || parsed is <= 0 or > 86_400)
            {
                return Usage(sampleName, $"--seconds must be a number of seconds from 0 to 86400, got '{seconds}'");
            }

            runFor = TimeSpan.FromSeconds(parsed);
        }

        string productId = values.GetValueOrDefault("product", "BTC-USD");
        if (values.TryGetValue("feed-url", out string? feedUrl) && (!Uri.TryCreate(feedUrl, UriKind.Absolute, out var feedUri) || feedUri.Scheme is not ("ws" or "wss")))
        {
            return Usage(sampleName, $"--feed-url must be a ws or wss URL, got '{feedUrl}'");
        }

        if (!values.TryGetValue("url", out string? url))
        {
            var sandbox = await SandboxExchange.StartAsync(sandboxOptions, cancellationToken);
            var sandboxClient = new RestClient(new RestClientOptions { BaseUrl = sandbox.RestUrl, Credentials = sandbox.Credentials });
            var sandboxSettings = new Settings(feedUrl ?? sandbox.FeedUrl, sandbox.Credentials, runFor, productId);
            return new SampleExchange(sandboxClient, $"the CoPrA sandbox at {sandbox.RestUrl} (in-process: no network, no account)", sandbox, accountId, sandboxSettings);
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            return Usage(sampleName, $"--url must be an http or https URL, got '{url}'");
        }

        if (placesOrders && !TradingHosts.IsPlayMoney(uri) && !arguments.Live)
        {
            return Usage(sampleName, $"{uri.Host} is not a known sandbox: add --live to trade real money there");
        }

        var (credentials, credentialsProblem) = SampleCredentials.From(Environment.GetEnvironmentVariable);
        if (credentialsProblem is not null)
        {
            return Usage(sampleName, credentialsProblem);
        }

        if (credentials is null && needsCredentials)
        {
            return Usage(sampleName, $"set {SampleCredentials.KeyVariable}, {SampleCredentials.SecretVariable} and {SampleCredentials.PassphraseVariable} in the environment to use --url");
        }

        feedUrl ??= KnownFeed(url);
        if (needsFeed && feedUrl is null)
        {
            return Usage(sampleName, "--feed-url is needed with --url");
        }

        var client = new RestClient(new RestClientOptions { BaseUrl = url, Credentials = credentials });
        return new SampleExchange(client, feedUrl is null ? url : $"{url} and {feedUrl}", null, accountId, new Settings(feedUrl, credentials, runFor, productId));
    }

    /// <summary>The value of <c>--account-id</c>, when given.</summary>
    public string? AccountId { get; }

    public async ValueTask DisposeAsync()
    {
        await Client.DisposeAsync();
        if (_sandbox is not null)
        {
            await _sandbox.DisposeAsync();
        }
    }

    /// <summary>The feed of a Coinbase REST host, or null for any other host.</summary>
    private static string? KnownFeed(string restUrl) => restUrl.TrimEnd('/') switch
    {
        RestClient.ProductionUrl => WebSocketClient.ProductionFeedUrl,
        RestClient.SandboxUrl => WebSocketClient.SandboxFeedUrl,
        _ => null,
    };

    private static SampleExchange? Usage(string sampleName, string problem)
    {
        Console.Error.WriteLine($"{sampleName}: {problem}");
        Console.Error.WriteLine($"usage: dotnet run --project samples/{sampleName} [-- --url <rest-url> [--feed-url <ws-url>] [--account-id <id>] [--product <id>] [--seconds <n>] [--live]]");
        Console.Error.WriteLine("Without --url the sample starts an in-process sandbox exchange.");
        Console.Error.WriteLine($"With --url the key comes from the environment: {SampleCredentials.KeyVariable}, {SampleCredentials.SecretVariable}, {SampleCredentials.PassphraseVariable}.");
        return null;
    }

    private sealed record Settings(string? FeedUrl, Credentials? Credentials, TimeSpan RunFor, string ProductId);
}
