using CoPrA.Sandbox.Catalog;

namespace CoPrA.Sandbox.Engine;

/// <summary>
/// Everything the exchange keeps for one product, guarded by one lock: the book, the stop orders
/// waiting for their trigger, the trades, the feed sequence number, and the API users' orders and
/// fills. The feed sends under this lock too, so each product's messages leave in order.
/// </summary>
internal sealed class ProductMarket
{
    public ProductMarket(SandboxProduct product, int maxTrades)
    {
        Product = product;
        History = new TradeHistory(maxTrades);
    }

    public SandboxProduct Product { get; }

    /// <summary>The product's lock.</summary>
    public Lock Gate { get; } = new();

    public OrderBook Book { get; } = new();

    public TradeHistory History { get; }

    /// <summary>Stop orders waiting for the last trade to cross their stop price, oldest first.</summary>
    public List<SandboxOrder> Stops { get; } = [];

    /// <summary>Resting GTT orders, checked for expiry.</summary>
    public List<SandboxOrder> Expiring { get; } = [];

    /// <summary>Orders of API users (the sandbox's own traders are not listed), oldest first.</summary>
    public List<SandboxOrder> UserOrders { get; } = [];

    /// <summary>Fills of API users, oldest first.</summary>
    public List<Fill> Fills { get; } = [];

    /// <summary>The last feed sequence number used.</summary>
    public long Sequence { get; private set; }

    /// <summary>The next feed sequence number: each public full-channel message takes one.</summary>
    public long NextSequence() => ++Sequence;

    /// <summary>The next trade id.</summary>
    public long NextTradeId() => History.LastTradeId + 1;
}
