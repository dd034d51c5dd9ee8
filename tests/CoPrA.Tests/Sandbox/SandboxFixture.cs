using CoPrA.Rest;
using CoPrA.Sandbox;

namespace CoPrA.Tests.Sandbox;

/// <summary>
/// One sandbox for every test of the "Sandbox" collection, with the market maker off so that
/// books and sequences move only when a test moves them. Tests of the collection run one at a
/// time; each tidies the product it uses with <see cref="ResetAsync"/> first.
/// </summary>
public sealed class SandboxFixture : IAsyncLifetime
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);

    public SandboxExchange Sandbox { get; private set; } = null!;

    /// <summary>A signed client without retries or pacing, so that every answer shows.</summary>
    public RestClient Client { get; private set; } = null!;

    public SandboxControls Controls => Sandbox.Controls;

    public async Task InitializeAsync()
    {
        Sandbox = await SandboxExchange.StartAsync(new SandboxOptions { MarketMakerEnabled = false });
        Client = CreateClient();
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Sandbox.DisposeAsync();
    }

    /// <summary>A client of this sandbox; credentials default to the sandbox's own.</summary>
    public RestClient CreateClient(Credentials? credentials = null, Action<RestClientOptions>? configure = null) =>
        CreateClient(Sandbox, credentials, configure);

    public static RestClient CreateClient(SandboxExchange sandbox, Credentials? credentials = null, Action<RestClientOptions>? configure = null, HttpClient? httpClient = null)
    {
        var options = new RestClientOptions
        {
            BaseUrl = sandbox.RestUrl,
            Credentials = credentials ?? sandbox.Credentials,
            Retry = new RetryOptions { Enabled = false },
            RateLimits = new RateLimitOptions { Enabled = false },
            SyncClockOnExpiredTimestamp = false,
            Timeout = Timeout,
        };
        configure?.Invoke(options);
        return httpClient is null ? new RestClient(options) : new RestClient(options, httpClient);
    }

    /// <summary>Cancels the API user's orders (stops too) and empties a product's book of everyone else's.</summary>
    public async Task ResetAsync(string productId)
    {
        await Client.CancelAllAsync(stop: true);
        Controls.ClearBook(productId);
        Controls.ClockSkew = TimeSpan.Zero;
        Controls.FailNextRequests(0, System.Net.HttpStatusCode.ServiceUnavailable);
    }

    /// <summary>The API user's account in a currency.</summary>
    public async Task<Account> AccountAsync(string currency) =>
        (await Client.AccountsAsync()).Single(account => account.Currency == currency);
}

[CollectionDefinition(Name)]
public sealed class SandboxCollection : ICollectionFixture<SandboxFixture>
{
    public const string Name = "Sandbox";
}
