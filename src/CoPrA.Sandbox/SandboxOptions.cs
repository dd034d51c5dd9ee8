using Microsoft.Extensions.Logging;

namespace CoPrA.Sandbox;

/// <summary>Settings of a <see cref="SandboxExchange"/>. The defaults simulate a small, lively exchange.</summary>
public sealed class SandboxOptions
{
    /// <summary>TCP port on 127.0.0.1; 0 (the default) picks a free one.</summary>
    public int Port { get; set; }

    /// <summary>
    /// The API key id the sandbox accepts; with <see cref="ApiSecret"/> and <see cref="ApiPassphrase"/>
    /// (all three or none), else <see cref="SandboxExchange.DefaultCredentials"/>.
    /// </summary>
    public string? ApiKey { get; set; }

    /// <summary>The base64 secret of <see cref="ApiKey"/> (play money on loopback, like the default key).</summary>
    public string? ApiSecret { get; set; }

    /// <summary>The passphrase of <see cref="ApiKey"/>.</summary>
    public string? ApiPassphrase { get; set; }

    /// <summary>The host clock behind the exchange's clock and timers; <see cref="TimeProvider.System"/> when null.</summary>
    public TimeProvider? TimeProvider { get; set; }

    /// <summary>Seed of every random choice (seeded history, market maker), so that runs repeat.</summary>
    public int Seed { get; set; } = 20190101;

    /// <summary>Whether a background market maker quotes and trades every product (on by default).</summary>
    public bool MarketMakerEnabled { get; set; } = true;

    /// <summary>Actions per second per product of the market maker (quotes, cancels and trades).</summary>
    public double MarketMakerActionsPerSecond { get; set; } = 3;

    /// <summary>Whether every product starts with a few levels of quotes on each side (on by default).</summary>
    public bool SeedOrderBook { get; set; } = true;

    /// <summary>Whether every product starts with 30 days of trades behind it, for candles and statistics (on by default).</summary>
    public bool SeedTradeHistory { get; set; } = true;

    /// <summary>A feed connection with no accepted subscribe after this long is closed (5 s, as Coinbase).</summary>
    public TimeSpan SubscribeTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>An Advanced Trade feed connection with no accepted subscribe after this long is closed (5 s, as Coinbase).</summary>
    public TimeSpan AdvancedTradeSubscribeTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Interval of the Advanced Trade feed's ticker_batch updates (5 s, as Coinbase).</summary>
    public TimeSpan AdvancedTradeTickerBatchInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Interval of heartbeat messages, on both feeds (1 s, as Coinbase).</summary>
    public TimeSpan HeartbeatInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Interval of status channel messages.</summary>
    public TimeSpan StatusInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Interval of level2_batch updates (50 ms, as Coinbase).</summary>
    public TimeSpan Level2BatchInterval { get; set; } = TimeSpan.FromMilliseconds(50);

    /// <summary>How far a request's timestamp may be from the exchange's clock (30 s, as Coinbase).</summary>
    public TimeSpan AuthenticationWindow { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Fee rate charged to the resting side of a trade.</summary>
    public decimal MakerFeeRate { get; set; } = 0.004m;

    /// <summary>Fee rate charged to the incoming side of a trade.</summary>
    public decimal TakerFeeRate { get; set; } = 0.006m;

    /// <summary>Starting balances of the API key's accounts, by currency.</summary>
    public IDictionary<string, decimal> Balances { get; } = new Dictionary<string, decimal>(StringComparer.OrdinalIgnoreCase)
    {
        ["USD"] = 100_000m,
        ["BTC"] = 10m,
        ["ETH"] = 100m,
        ["LTC"] = 1_000m,
        ["USDC"] = 10_000m,
    };

    /// <summary>Frames a feed connection may have waiting before it is dropped as a slow consumer.</summary>
    public int FeedQueueCapacity { get; set; } = 65_536;

    /// <summary>Trades kept per product for the trades endpoint (older ones still count in candles).</summary>
    public int MaxTradesPerProduct { get; set; } = 100_000;

    /// <summary>
    /// The Advanced Trade key name (JWT <c>kid</c> and <c>sub</c>); null (the default) makes one up:
    /// <c>organizations/sandbox/apiKeys/&lt;random uuid&gt;</c>.
    /// </summary>
    public string? AdvancedTradeKeyName { get; set; }

    /// <summary>
    /// The Advanced Trade ECDSA P-256 private key as a PEM (<c>-----BEGIN EC PRIVATE KEY-----</c>, as Coinbase
    /// hands it out); null (the default) generates one at start-up.
    /// </summary>
    public string? AdvancedTradeEcdsaKeyPem { get; set; }

    /// <summary>
    /// The Advanced Trade Ed25519 private key as base64 of the 32-byte seed followed by the 32-byte public key
    /// (as Coinbase hands it out; a bare 32-byte seed also works); null (the default) generates one at start-up.
    /// </summary>
    public string? AdvancedTradeEd25519Key { get; set; }

    /// <summary>Where the sandbox reports failures of its own background work; nothing is logged when null.</summary>
    public ILogger? Logger { get; set; }
}
