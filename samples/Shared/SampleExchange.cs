using CoPrA;
using CoPrA.Rest;
using CoPrA.Sandbox;

namespace CoPrA.Samples;

/// <summary>
/// Where a sample runs: by default an in-process sandbox exchange (no network, no account);
/// with <c>--url &lt;rest-url&gt; --key &lt;key&gt; --secret &lt;secret&gt; --passphrase &lt;passphrase&gt;</c>
/// any Coinbase Exchange compatible server, such as a standalone sandbox or Coinbase's own
/// sandbox. For samples that place orders, a host that is neither loopback nor a sandbox also
/// needs <c>--live</c>: the orders would be real.
/// </summary>
internal sealed class SampleExchange : IAsyncDisposable
{
    private readonly SandboxExchange? _sandbox;

    private SampleExchange(RestClient client, string description, SandboxExchange? sandbox, string? accountId)
    {
        Client = client;
        Description = description;
        _sandbox = sandbox;
        AccountId = accountId;
    }

    /// <summary>The REST client, signed when credentials are known.</summary>
    public RestClient Client { get; }

    /// <summary>One line saying where the sample is talking to.</summary>
    public string Description { get; }

    /// <summary>
    /// Opens the exchange the arguments name, or starts a sandbox. Returns null (after printing
    /// the usage) when the arguments are wrong.
    /// </summary>
    public static async Task<SampleExchange?> OpenAsync(
        string[] args, string sampleName, bool needsCredentials = true, bool placesOrders = false, CancellationToken cancellationToken = default)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        bool live = false;
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] == "--live")
            {
                live = true;
            }
            else if (args[i] is "--url" or "--key" or "--secret" or "--passphrase" or "--account-id" && i + 1 < args.Length)
            {
                values[args[i][2..]] = args[++i];
            }
            else
            {
                return Usage(sampleName, $"unknown argument '{args[i]}'");
            }
        }

        string? accountId = values.GetValueOrDefault("account-id");
        if (!values.TryGetValue("url", out string? url))
        {
            var sandbox = await SandboxExchange.StartAsync(cancellationToken: cancellationToken);
            var sandboxClient = new RestClient(new RestClientOptions { BaseUrl = sandbox.RestUrl, Credentials = sandbox.Credentials });
            return new SampleExchange(sandboxClient, $"the CoPrA sandbox at {sandbox.RestUrl} (in-process: no network, no account)", sandbox, accountId);
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            return Usage(sampleName, $"--url must be an http or https URL, got '{url}'");
        }

        if (placesOrders && !uri.IsLoopback && !uri.Host.Contains("sandbox", StringComparison.OrdinalIgnoreCase) && !live)
        {
            return Usage(sampleName, $"{uri.Host} is not a sandbox: add --live to trade real money there");
        }

        Credentials? credentials = null;
        if (values.TryGetValue("key", out string? key) && values.TryGetValue("secret", out string? secret) && values.TryGetValue("passphrase", out string? passphrase))
        {
            credentials = new Credentials(key, secret, passphrase);
        }
        else if (needsCredentials)
        {
            return Usage(sampleName, "--key, --secret and --passphrase are needed with --url");
        }

        var client = new RestClient(new RestClientOptions { BaseUrl = url, Credentials = credentials });
        return new SampleExchange(client, url, null, accountId);
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

    private static SampleExchange? Usage(string sampleName, string problem)
    {
        Console.Error.WriteLine($"{sampleName}: {problem}");
        Console.Error.WriteLine($"usage: dotnet run --project samples/{sampleName} [-- --url <rest-url> --key <key> --secret <secret> --passphrase <passphrase> [--account-id <id>] [--live]]");
        Console.Error.WriteLine("Without --url the sample starts an in-process sandbox exchange.");
        return null;
    }
}
