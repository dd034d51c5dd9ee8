using System.Net;
using CoPrA.Rest;
using CoPrA.Sandbox;

namespace CoPrA.Tests.Faults;

/// <summary>
/// One sandbox, market maker off, for the REST fault tests. The tests of the "Faults" collection
/// run one at a time, so that the faults one arms and the request counts it reads are its own;
/// each starts with <see cref="ResetAsync"/>.
/// </summary>
public sealed class FaultSandboxFixture : IAsyncLifetime
{
    /// <summary>How long a test waits for anything that should happen: generous, for a loaded 2-core machine.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    /// <summary>The product the order tests trade; resting buys far under the seeded price never fill.</summary>
    public const string OrderProduct = "LTC-USD";

    public SandboxExchange Sandbox { get; private set; } = null!;

    public SandboxControls Controls => Sandbox.Controls;

    public async Task InitializeAsync() =>
        Sandbox = await SandboxExchange.StartAsync(new SandboxOptions { MarketMakerEnabled = false, SeedTradeHistory = false });

    public async Task DisposeAsync() => await Sandbox.DisposeAsync();

    /// <summary>
    /// A signed client of the sandbox with fast retries (3, from 10 ms), no pacing, the clock sync
    /// on, no per-request timeout, and safe placement with a 100 ms settle delay;
    /// <paramref name="configure"/> changes any of it.
    /// </summary>
    public RestClient CreateClient(Action<RestClientOptions>? configure = null)
    {
        var options = new RestClientOptions
        {
            BaseUrl = Sandbox.RestUrl,
            Credentials = Sandbox.Credentials,
            Retry = new RetryOptions { MaxRetries = 3, BaseDelay = TimeSpan.FromMilliseconds(10), MaxDelay = TimeSpan.FromMilliseconds(100) },
            RateLimits = new RateLimitOptions { Enabled = false },
            Timeout = Patience,
            SafePlacement = new SafePlacementOptions { SettleDelay = TimeSpan.FromMilliseconds(100) },
        };
        configure?.Invoke(options);
        return new RestClient(options);
    }

    /// <summary>Disarms every fault, sets the clock straight and cancels the API user's orders.</summary>
    public async Task ResetAsync()
    {
        Controls.FailNextRequests(0, HttpStatusCode.ServiceUnavailable);
        Controls.ClearRequestFailuresByTarget();
        Controls.AnswerNextRequests(0, HttpStatusCode.OK, "");
        Controls.DelayNextRequests(0, TimeSpan.Zero);
        Controls.CutNextResponses(0);
        Controls.RefuseNextHandshakes(0);
        Controls.ClockSkew = TimeSpan.Zero;
        using var client = CreateClient();
        await client.CancelAllAsync(stop: true).WaitAsync(Patience);
    }

    /// <summary>The API user's orders on <see cref="OrderProduct"/> that are still open.</summary>
    public async Task<IReadOnlyList<Order>> OpenOrdersAsync()
    {
        using var client = CreateClient();
        var page = await client.OrdersAsync(OrderStatus.Open, OrderProduct, limit: 1000).WaitAsync(Patience);
        return page.Results;
    }

    /// <summary>The ids of the API user's orders on <see cref="OrderProduct"/> listed as active, open or pending (stop orders among them).</summary>
    public async Task<IReadOnlyList<string>> LiveOrderIdsAsync()
    {
        using var client = CreateClient();
        var page = await client.OrdersAsync([OrderStatus.Active, OrderStatus.Open, OrderStatus.Pending], OrderProduct, limit: 1000).WaitAsync(Patience);
        return [.. page.Results.Select(order => order.Id)];
    }
}

[CollectionDefinition(Name)]
public sealed class FaultCollection : ICollectionFixture<FaultSandboxFixture>
{
    public const string Name = "Faults";
}
