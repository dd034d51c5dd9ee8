namespace CoPrA.Sandbox.Engine;

/// <summary>
/// What the matching engine tells the feed. Every call is made under the product's lock, in the
/// order things happened, so a listener sees each product's events in sequence.
/// </summary>
internal interface IMarketListener
{
    /// <summary>An order reached the book's queue (public, sequenced).</summary>
    void OnReceived(ProductMarket market, SandboxOrder order, long sequence, DateTimeOffset time);

    /// <summary>The rest of an order now rests on the book (public, sequenced).</summary>
    void OnOpen(ProductMarket market, SandboxOrder order, long sequence, DateTimeOffset time);

    /// <summary>
    /// An order left the book or finished. <paramref name="sequence"/> is null for an order the
    /// public feed never saw (a stop order cancelled before it triggered): only its owner hears.
    /// </summary>
    void OnDone(ProductMarket market, SandboxOrder order, long? sequence, DateTimeOffset time, string reason, string? cancelReason);

    /// <summary>Two orders traded (public, sequenced).</summary>
    void OnMatch(ProductMarket market, Trade trade, SandboxOrder maker, SandboxOrder taker, long sequence);

    /// <summary>A resting order shrank without trading, for self-trade prevention (public, sequenced).</summary>
    void OnChange(ProductMarket market, SandboxOrder order, decimal oldSize, decimal newSize, long sequence, DateTimeOffset time);

    /// <summary>A stop order was placed and waits for its trigger (private to its owner).</summary>
    void OnActivate(ProductMarket market, SandboxOrder order, DateTimeOffset time);

    /// <summary>Book levels changed at the end of an operation, with their new total sizes.</summary>
    void OnBookChanged(ProductMarket market, IReadOnlyList<BookChange> changes, DateTimeOffset time);
}
