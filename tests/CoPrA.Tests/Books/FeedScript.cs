using CoPrA.Books;
using CoPrA.WebSocket;

namespace CoPrA.Tests.Books;

/// <summary>Builds the feed messages book keeper tests script, with the few fields that matter.</summary>
internal static class FeedScript
{
    public const string BtcUsd = "BTC-USD";

    public static ReceivedMessage Received(long sequence, string orderId, string product = BtcUsd) =>
        new() { Type = "received", ProductId = product, Sequence = sequence, OrderId = orderId, Side = Side.Buy, OrderType = OrderType.Limit };

    public static OpenMessage Open(long sequence, string orderId, Side side, decimal price, decimal size, string product = BtcUsd) =>
        new() { Type = "open", ProductId = product, Sequence = sequence, OrderId = orderId, Side = side, Price = price, RemainingSize = size };

    public static DoneMessage Done(long sequence, string orderId, string product = BtcUsd) =>
        new() { Type = "done", ProductId = product, Sequence = sequence, OrderId = orderId, Reason = DoneReason.Canceled };

    public static MatchMessage Match(long sequence, string makerOrderId, decimal size, string product = BtcUsd) =>
        new() { Type = "match", ProductId = product, Sequence = sequence, MakerOrderId = makerOrderId, TakerOrderId = "taker", Size = size };

    public static ChangeMessage Change(long sequence, string orderId, decimal newSize, string product = BtcUsd) =>
        new() { Type = "change", ProductId = product, Sequence = sequence, OrderId = orderId, NewSize = newSize, Reason = "STP" };

    public static L2SnapshotMessage L2Snapshot(IEnumerable<(decimal Price, decimal Size)> bids, IEnumerable<(decimal Price, decimal Size)> asks, string product = BtcUsd) =>
        new()
        {
            Type = "snapshot",
            ProductId = product,
            Bids = [.. bids.Select(level => new BookLevel(level.Price, level.Size))],
            Asks = [.. asks.Select(level => new BookLevel(level.Price, level.Size))],
        };

    public static L2UpdateMessage L2Update(params L2Change[] changes) =>
        new() { Type = "l2update", ProductId = BtcUsd, Changes = changes };

    /// <summary>A REST level-3 book: one row per order, with its id.</summary>
    public static OrderBook Level3(long sequence, params RestingOrder[] orders) => new()
    {
        Sequence = sequence,
        Bids = [.. orders.Where(o => o.Side == Side.Buy).OrderByDescending(o => o.Price).Select(o => new BookLevel(o.Price, o.Size, OrderId: o.OrderId))],
        Asks = [.. orders.Where(o => o.Side == Side.Sell).OrderBy(o => o.Price).Select(o => new BookLevel(o.Price, o.Size, OrderId: o.OrderId))],
    };

    /// <summary>A book's orders in a stable order, for comparing books.</summary>
    public static IEnumerable<RestingOrder> Sorted(IEnumerable<RestingOrder> orders) => orders.OrderBy(o => o.OrderId, StringComparer.Ordinal);
}
