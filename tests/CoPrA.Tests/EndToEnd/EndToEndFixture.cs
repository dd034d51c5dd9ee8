using CoPrA.Rest;
using CoPrA.Sandbox;
using CoPrA.Tests.Sandbox;
using CoPrA.WebSocket;

namespace CoPrA.Tests.EndToEnd;

/// <summary>
/// One sandbox, market maker off, for the end-to-end tests of the feed: books and sequences move
/// only when a test moves them. The tests of the collection run one at a time.
/// </summary>
public sealed class EndToEndFixture : IAsyncLifetime
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    public SandboxExchange Sandbox { get; private set; } = null!;

    /// <summary>A signed REST client without retries or pacing.</summary>
    public RestClient Client { get; private set; } = null!;

    public SandboxControls Controls => Sandbox.Controls;

    public async Task InitializeAsync()
    {
        Sandbox = await SandboxExchange.StartAsync(new SandboxOptions { MarketMakerEnabled = false });
        Client = SandboxFixture.CreateClient(Sandbox);
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Sandbox.DisposeAsync();
    }

    /// <summary>Feed options for a sandbox: quick reconnects, signed when <paramref name="authenticated"/>.</summary>
    public static WebSocketClientOptions FeedOptions(SandboxExchange sandbox, bool authenticated) => new()
    {
        FeedUrl = sandbox.FeedUrl,
        Credentials = authenticated ? sandbox.Credentials : null,
        ReconnectDelay = TimeSpan.FromMilliseconds(100),
        MaxReconnectDelay = TimeSpan.FromSeconds(1),
        Name = "end-to-end feed",
    };

    /// <summary>A recording client of this sandbox's feed (not connected yet).</summary>
    public RecordingFeed Feed(bool authenticated, params Channel[] channels) => new(channels, FeedOptions(Sandbox, authenticated));

    /// <summary>Cancels the API user's orders and empties a product's book of everyone else's.</summary>
    public async Task ResetAsync(string productId)
    {
        await Client.CancelAllAsync(stop: true);
        Controls.ClearBook(productId);
    }
}

[CollectionDefinition(Name)]
public sealed class EndToEndCollection : ICollectionFixture<EndToEndFixture>
{
    public const string Name = "EndToEnd";
}
