using System.Collections.Frozen;

namespace CoPrA.Sandbox.Rest.Wire;

/// <summary>
/// The exchange's words for the enum values the sandbox reads and writes, spelled out here rather than
/// taken from the client library's enum attributes, so that a wrong word on either side shows in the
/// sandbox tests.
/// </summary>
internal static class WireNames
{
    private static readonly FrozenDictionary<Side, string> Sides = Table((Side.Buy, "buy"), (Side.Sell, "sell"));

    private static readonly FrozenDictionary<OrderType, string> OrderTypes = Table(
        (OrderType.Limit, "limit"), (OrderType.Market, "market"), (OrderType.Stop, "stop"));

    private static readonly FrozenDictionary<TimeInForce, string> TimesInForce = Table(
        (TimeInForce.GoodTillCancelled, "GTC"), (TimeInForce.GoodTillTime, "GTT"), (TimeInForce.ImmediateOrCancel, "IOC"), (TimeInForce.FillOrKill, "FOK"));

    private static readonly FrozenDictionary<CancelAfter, string> Lifetimes = Table(
        (CancelAfter.Minute, "min"), (CancelAfter.Hour, "hour"), (CancelAfter.Day, "day"));

    // "all" is a query word of GET /orders, never an order's status.
    private static readonly FrozenDictionary<OrderStatus, string> Statuses = Table(
        (OrderStatus.Open, "open"), (OrderStatus.Pending, "pending"), (OrderStatus.Done, "done"), (OrderStatus.Active, "active"),
        (OrderStatus.All, "all"), (OrderStatus.Received, "received"), (OrderStatus.Rejected, "rejected"));

    private static readonly FrozenDictionary<StopType, string> Stops = Table((StopType.Loss, "loss"), (StopType.Entry, "entry"));

    private static readonly FrozenDictionary<SelfTradePrevention, string> SelfTradeRules = Table(
        (SelfTradePrevention.DecreaseAndCancel, "dc"), (SelfTradePrevention.CancelOldest, "co"),
        (SelfTradePrevention.CancelNewest, "cn"), (SelfTradePrevention.CancelBoth, "cb"));

    private static readonly FrozenDictionary<Liquidity, string> Liquidities = Table(
        (Liquidity.Maker, "M"), (Liquidity.Taker, "T"), (Liquidity.Other, "O"));

    /// <summary>The exchange's word for a value.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value has no word (Unknown): a sandbox bug, answered with a 500 rather than a guess.</exception>
    public static string Of<T>(T value) where T : struct, Enum =>
        Words<T>().TryGetValue(value, out string? word) ? word : throw new ArgumentOutOfRangeException(typeof(T).Name, value, "The sandbox has no wire name for this value.");

    /// <summary>Reads the exchange's word (exact case); false for any other text.</summary>
    public static bool TryParse<T>(string? text, out T value) where T : struct, Enum
    {
        foreach (var (candidate, word) in Words<T>())
        {
            if (word == text)
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }

    private static FrozenDictionary<T, string> Words<T>() where T : struct, Enum =>
        (FrozenDictionary<T, string>)(object)(typeof(T) switch
        {
            var t when t == typeof(Side) => Sides,
            var t when t == typeof(OrderType) => OrderTypes,
            var t when t == typeof(TimeInForce) => TimesInForce,
            var t when t == typeof(CancelAfter) => Lifetimes,
            var t when t == typeof(OrderStatus) => Statuses,
            var t when t == typeof(StopType) => Stops,
            var t when t == typeof(SelfTradePrevention) => SelfTradeRules,
            var t when t == typeof(Liquidity) => Liquidities,
            _ => throw new NotSupportedException($"The sandbox has no wire names for {typeof(T).Name}."),
        });

    private static FrozenDictionary<T, string> Table<T>(params (T Value, string Word)[] words) where T : struct, Enum =>
        words.ToFrozenDictionary(pair => pair.Value, pair => pair.Word);
}
