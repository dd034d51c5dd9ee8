using CoPrA.Sandbox.Engine;

namespace CoPrA.Sandbox.AdvancedTrade.Feed;

/// <summary>Hands each of the engine's events to two listeners in turn: the Exchange feed, then the Advanced Trade feed.</summary>
internal sealed class MarketListeners(IMarketListener first, IMarketListener second) : IMarketListener
{
    public void OnReceived(ProductMarket market, SandboxOrder order, long sequence, DateTimeOffset time)
    {
        first.OnReceived(market, order, sequence, time);
        second.OnReceived(market, order, sequence, time);
    }

    public void OnOpen(ProductMarket market, SandboxOrder order, long sequence, DateTimeOffset time)
    {
        first.OnOpen(market, order, sequence, time);
        second.OnOpen(market, order, sequence, time);
    }

    public void OnDone(ProductMarket market, SandboxOrder order, long? sequence, DateTimeOffset time, string reason, string? cancelReason)
    {
        first.OnDone(market, order, sequence, time, reason, cancelReason);
        second.OnDone(market, order, sequence, time, reason, cancelReason);
    }

    public void OnMatch(ProductMarket market, Trade trade, SandboxOrder maker, SandboxOrder taker, long sequence)
    {
        first.OnMatch(market, trade, maker, taker, sequence);
        second.OnMatch(market, trade, maker, taker, sequence);
    }

    public void OnChange(ProductMarket market, SandboxOrder order, decimal oldSize, decimal newSize, long sequence, DateTimeOffset time)
    {
        first.OnChange(market, order, oldSize, newSize, sequence, time);
        second.OnChange(market, order, oldSize, newSize, sequence, time);
    }

    public void OnActivate(ProductMarket market, SandboxOrder order, DateTimeOffset time)
    {
        first.OnActivate(market, order, time);
        second.OnActivate(market, order, time);
    }

    public void OnBookChanged(ProductMarket market, IReadOnlyList<BookChange> changes, DateTimeOffset time)
    {
        first.OnBookChanged(market, changes, time);
        second.OnBookChanged(market, changes, time);
    }
}
