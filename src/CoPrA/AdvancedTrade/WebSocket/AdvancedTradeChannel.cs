using System.Collections.Immutable;
using CoPrA.WebSocket;

namespace CoPrA.AdvancedTrade;

/// <summary>
/// A channel of the Advanced Trade WebSocket feed and the products it observes: an immutable value
/// with value equality. The well-known names are listed as constants; any other name is accepted
/// (the feed adds channels) and goes to the market-data host.
/// </summary>
/// <remarks>
/// Unlike the Exchange's <see cref="Channel"/>, a channel may have no product ids: <c>heartbeats</c>,
/// <c>status</c> and <c>futures_balance_summary</c> take none, and <c>user</c> without ids means
/// every product. Each channel goes out in a frame of its own.
/// </remarks>
public sealed class AdvancedTradeChannel : IEquatable<AdvancedTradeChannel>
{
    /// <summary>One message a second per connection; keeps quiet channels open.</summary>
    public const string Heartbeats = "heartbeats";

    /// <summary>Five-minute candles, updated every second.</summary>
    public const string Candles = "candles";

    /// <summary>Product and currency status.</summary>
    public const string Status = "status";

    /// <summary>A ticker on every match.</summary>
    public const string Ticker = "ticker";

    /// <summary>The ticker every 5 seconds.</summary>
    public const string TickerBatch = "ticker_batch";

    /// <summary>Every change of the order book by price level (messages arrive on channel <c>l2_data</c>).</summary>
    public const string Level2 = "level2";

    /// <summary>Trades as they happen.</summary>
    public const string MarketTrades = "market_trades";

    /// <summary>The key owner's orders and positions; user-data host, needs a key.</summary>
    public const string User = "user";

    /// <summary>The key owner's futures balance summary; user-data host, needs a key.</summary>
    public const string FuturesBalanceSummary = "futures_balance_summary";

    /// <summary>Creates a channel.</summary>
    /// <param name="name">The channel name, for example <see cref="Ticker"/>; any case.</param>
    /// <param name="productIds">The products, for example <c>BTC-USD</c>; none for channels that take none.</param>
    /// <exception cref="ArgumentException">The name is empty, or a product id is null or empty.</exception>
    public AdvancedTradeChannel(string name, params string[] productIds)
        : this(name, (IEnumerable<string>)productIds)
    {
    }

    /// <summary>Creates a channel from any sequence of product ids.</summary>
    /// <param name="name">The channel name, for example <see cref="Ticker"/>; any case.</param>
    /// <param name="productIds">The products; none for channels that take none.</param>
    /// <exception cref="ArgumentException">The name is empty, or a product id is null or empty.</exception>
    public AdvancedTradeChannel(string name, IEnumerable<string> productIds)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var ids = ImmutableHashSet.CreateRange(StringComparer.Ordinal, productIds ?? []);
        if (ids.Any(string.IsNullOrEmpty))
        {
            throw new ArgumentException("product ids must not be null or empty", nameof(productIds));
        }

        Name = name.ToLowerInvariant();
        ProductIds = ids;
    }

    /// <summary>The lower-case channel name.</summary>
    public string Name { get; }

    /// <summary>The product ids; empty for channels that take none.</summary>
    public ImmutableHashSet<string> ProductIds { get; }

    /// <summary>Whether the channel is served by the user-data host (and needs a key): <c>user</c> and <c>futures_balance_summary</c>.</summary>
    public bool IsUserData => IsUserDataName(Name);

    /// <inheritdoc />
    public bool Equals(AdvancedTradeChannel? other) =>
        other is not null && Name == other.Name && ProductIds.SetEquals(other.ProductIds);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as AdvancedTradeChannel);

    /// <inheritdoc />
    public override int GetHashCode() => ToCore().GetHashCode();

    /// <summary>Reads like <c>ticker: BTC-USD, ETH-USD</c> (ids in ordinal order).</summary>
    public override string ToString() => ProductIds.IsEmpty ? Name : $"{Name}: {string.Join(", ", ProductIds.Order(StringComparer.Ordinal))}";

    /// <summary>Whether a channel name belongs to the user-data host.</summary>
    internal static bool IsUserDataName(string name) => name is User or FuturesBalanceSummary;

    /// <summary>The channel as the connection core keeps it.</summary>
    internal Channel ToCore() => Channel.OfOtherFeed(Name, ProductIds);

    /// <summary>A channel from the connection core's bookkeeping.</summary>
    internal static AdvancedTradeChannel FromCore(Channel channel) => new(channel.Name, channel.ProductIds);
}
