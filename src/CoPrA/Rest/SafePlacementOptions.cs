namespace CoPrA.Rest;

/// <summary>
/// Safe order placement: when the answer to an order is lost (a timeout, a dropped connection, a
/// 502, 503 or 504), the client looks the order up by its client_oid before it sends it again, so
/// that a lost answer neither duplicates nor loses an order. See docs/orders.md.
/// </summary>
public sealed class SafePlacementOptions
{
    /// <summary>Whether order placements whose answer is lost are looked up and, if not found, sent again. On by default.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// The most times one order is sent (3 by default): once, and again only after the lookups found
    /// it nowhere. Checked when the client is made: at least 1.
    /// </summary>
    public int MaxAttempts { get; set; } = 3;

    /// <summary>
    /// How long to wait before the second lookup when the first found nothing (1 s by default), so
    /// that a request still in flight to the exchange when the client gave up has time to arrive
    /// before the order is sent again. Waited on the client's TimeProvider. Checked when the client
    /// is made: zero or more.
    /// </summary>
    public TimeSpan SettleDelay { get; set; } = TimeSpan.FromSeconds(1);
}
