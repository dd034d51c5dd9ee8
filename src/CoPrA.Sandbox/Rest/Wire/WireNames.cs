namespace CoPrA.Sandbox.Rest.Wire;

/// <summary>
/// The exchange's words for the enum values the sandbox writes, spelled out here rather than taken from
/// the client library's enum attributes, so that a wrong name on either side shows in the sandbox tests.
/// </summary>
internal static class WireNames
{
    public static string Of(Side side) => side switch
    {
        Side.Buy => "buy",
        Side.Sell => "sell",
        _ => throw Unwritable(side),
    };

    public static string Of(OrderType type) => type switch
    {
        OrderType.Limit => "limit",
        OrderType.Market => "market",
        OrderType.Stop => "stop",
        _ => throw Unwritable(type),
    };

    public static string Of(TimeInForce timeInForce) => timeInForce switch
    {
        TimeInForce.GoodTillCancelled => "GTC",
        TimeInForce.GoodTillTime => "GTT",
        TimeInForce.ImmediateOrCancel => "IOC",
        TimeInForce.FillOrKill => "FOK",
        _ => throw Unwritable(timeInForce),
    };

    public static string Of(OrderStatus status) => status switch
    {
        OrderStatus.Open => "open",
        OrderStatus.Pending => "pending",
        OrderStatus.Done => "done",
        OrderStatus.Active => "active",
        OrderStatus.Received => "received",
        OrderStatus.Rejected => "rejected",
        _ => throw Unwritable(status),
    };

    public static string Of(StopType stop) => stop switch
    {
        StopType.Loss => "loss",
        StopType.Entry => "entry",
        _ => throw Unwritable(stop),
    };

    public static string Of(SelfTradePrevention stp) => stp switch
    {
        SelfTradePrevention.DecreaseAndCancel => "dc",
        SelfTradePrevention.CancelOldest => "co",
        SelfTradePrevention.CancelNewest => "cn",
        SelfTradePrevention.CancelBoth => "cb",
        _ => throw Unwritable(stp),
    };

    public static string Of(Liquidity liquidity) => liquidity switch
    {
        Liquidity.Maker => "M",
        Liquidity.Taker => "T",
        Liquidity.Other => "O",
        _ => throw Unwritable(liquidity),
    };

    // A value with no wire name is a sandbox bug: fail the answer (500) rather than write a guess.
    private static ArgumentOutOfRangeException Unwritable<T>(T value) where T : struct, Enum =>
        new(typeof(T).Name, value, "The sandbox has no wire name for this value.");
}
