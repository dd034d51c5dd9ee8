using System.Globalization;
using System.Text.Json;
using CoPrA.Sandbox.Accounts;

namespace CoPrA.Sandbox.AdvancedTrade;

/// <summary>
/// The engine's orders and fills in the Advanced Trade API's shape: the order object (with its
/// order_configuration rebuilt from type, time in force and stop), its status, and fills.
/// </summary>
internal static class AdvancedTradeOrderJson
{
    /// <summary>OPEN, FILLED, CANCELLED, EXPIRED, FAILED or PENDING.</summary>
    public static string Status(Order order) => order.Status switch
    {
        OrderStatus.Open or OrderStatus.Active => "OPEN",
        OrderStatus.Rejected => "FAILED",
        OrderStatus.Done when order.DoneReason == "filled" => "FILLED",
        OrderStatus.Done when order.ExpireTime is { } expiry && order.DoneAt >= expiry => "EXPIRED",
        OrderStatus.Done => "CANCELLED",
        _ => "PENDING",
    };

    /// <summary>GOOD_UNTIL_CANCELLED, GOOD_UNTIL_DATE_TIME, IMMEDIATE_OR_CANCEL or FILL_OR_KILL.</summary>
    public static string TimeInForceName(Order order) => order.TimeInForce switch
    {
        TimeInForce.GoodTillTime => "GOOD_UNTIL_DATE_TIME",
        TimeInForce.FillOrKill => "FILL_OR_KILL",
        TimeInForce.GoodTillCancelled => "GOOD_UNTIL_CANCELLED",
        _ => "IMMEDIATE_OR_CANCEL",
    };

    /// <summary>MARKET, LIMIT or STOP_LIMIT.</summary>
    public static string OrderTypeName(Order order) =>
        order.Stop is not null ? "STOP_LIMIT" : order.Type == OrderType.Market ? "MARKET" : "LIMIT";

    /// <summary>INVALID_ORDER_TYPE for orders without a stop, else STOP_PENDING or STOP_TRIGGERED.</summary>
    public static string TriggerStatus(Order order) =>
        order.Stop is null ? "INVALID_ORDER_TYPE" : order.Status == OrderStatus.Active ? "STOP_PENDING" : "STOP_TRIGGERED";

    /// <summary>The order_configuration variant the order was placed as.</summary>
    public static string ConfigurationName(Order order) => (order.Type, order.TimeInForce, order.Stop) switch
    {
        (OrderType.Market, _, _) or (_, null, _) => "market_market_ioc",
        (_, _, not null) => order.TimeInForce == TimeInForce.GoodTillTime ? "stop_limit_stop_limit_gtd" : "stop_limit_stop_limit_gtc",
        (_, TimeInForce.GoodTillTime, _) => "limit_limit_gtd",
        (_, TimeInForce.ImmediateOrCancel, _) => "sor_limit_ioc",
        (_, TimeInForce.FillOrKill, _) => "limit_limit_fok",
        _ => "limit_limit_gtc",
    };

    public static void WriteConfiguration(Utf8JsonWriter writer, Order order)
    {
        string name = ConfigurationName(order);
        writer.WriteStartObject("order_configuration");
        writer.WriteStartObject(name);
        if (order.SpecifiedFunds is { } funds)
        {
            writer.WriteAmount("quote_size", funds);
        }
        else
        {
            writer.WriteAmount("base_size", order.Size);
        }

        if (order.Price is { } price)
        {
            writer.WriteAmount("limit_price", price);
        }

        if (order.StopPrice is { } stopPrice)
        {
            writer.WriteAmount("stop_price", stopPrice);
            writer.WriteString("stop_direction", order.Stop == StopType.Loss ? "STOP_DIRECTION_STOP_DOWN" : "STOP_DIRECTION_STOP_UP");
        }

        if (order.TimeInForce == TimeInForce.GoodTillTime)
        {
            writer.WriteTime("end_time", order.ExpireTime);
        }

        if (name is "limit_limit_gtc" or "limit_limit_gtd")
        {
            writer.WriteBoolean("post_only", order.PostOnly ?? false);
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    /// <summary>The order object of <c>GET /orders/historical/...</c>.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="order">The order as the engine shows it.</param>
    /// <param name="fills">The order's fills, newest first.</param>
    /// <param name="user">The order's owner.</param>
    /// <param name="portfolioId">The owner's default portfolio.</param>
    /// <param name="takerFeeRate">For the hold an open buy keeps.</param>
    public static void WriteOrder(Utf8JsonWriter writer, Order order, IReadOnlyList<Fill> fills, SandboxUser user, string portfolioId, decimal takerFeeRate)
    {
        var (filled, value, fees, _, outstanding, completion) = Figures(order, takerFeeRate);
        bool done = order.Status is OrderStatus.Done or OrderStatus.Rejected;

        writer.WriteStartObject();
        writer.WriteString("order_id", order.Id);
        writer.WriteString("product_id", order.ProductId);
        writer.WriteString("user_id", user.Id);
        WriteConfiguration(writer, order);
        writer.WriteString("side", order.Side == Side.Buy ? "BUY" : "SELL");
        writer.WriteString("client_order_id", order.ClientOid ?? "");
        writer.WriteString("status", Status(order));
        writer.WriteString("time_in_force", TimeInForceName(order));
        writer.WriteTime("created_time", order.CreatedAt);
        writer.WriteAmount("completion_percentage", completion);
        writer.WriteAmount("filled_size", filled);
        writer.WriteAmount("average_filled_price", filled == 0 ? 0m : Math.Round(value / filled, 10));
        writer.WriteString("fee", "");
        writer.WriteString("number_of_fills", fills.Count.ToString(CultureInfo.InvariantCulture));
        writer.WriteAmount("filled_value", value);
        writer.WriteBoolean("pending_cancel", false);
        writer.WriteBoolean("size_in_quote", order.SpecifiedFunds is not null);
        writer.WriteAmount("total_fees", fees);
        writer.WriteBoolean("size_inclusive_of_fees", order.SpecifiedFunds is not null);
        writer.WriteAmount("total_value_after_fees", order.Side == Side.Buy ? value + fees : value - fees);
        writer.WriteString("trigger_status", TriggerStatus(order));
        writer.WriteString("order_type", OrderTypeName(order));
        writer.WriteString("reject_reason", order.Status == OrderStatus.Rejected ? "REJECT_REASON_UNSPECIFIED" : "");
        writer.WriteBoolean("settled", done);
        writer.WriteString("product_type", "SPOT");
        writer.WriteString("reject_message", order.RejectReason ?? "");
        writer.WriteString("cancel_message", "");
        writer.WriteString("order_placement_source", "RETAIL_ADVANCED");
        writer.WriteAmount("outstanding_hold_amount", outstanding);
        writer.WriteBoolean("is_liquidation", false);
        writer.WriteTime("last_fill_time", fills.Count > 0 ? fills[0].CreatedAt : null);
        writer.WriteEmptyArray("edit_history");
        writer.WriteString("leverage", "");
        writer.WriteString("margin_type", "UNKNOWN_MARGIN_TYPE");
        writer.WriteString("retail_portfolio_id", portfolioId);
        writer.WriteString("originating_order_id", "");
        writer.WriteString("attached_order_id", "");
        writer.WriteEndObject();
    }

    /// <summary>
    /// An order's figures: filled size, executed value and fees, the size left, the hold still
    /// outstanding (an open buy holds its rest at the limit price plus the taker fee) and the percentage done.
    /// </summary>
    public static (decimal Filled, decimal Value, decimal Fees, decimal Leaves, decimal Outstanding, decimal Completion) Figures(Order order, decimal takerFeeRate)
    {
        decimal filled = order.FilledSize ?? 0m;
        decimal value = order.ExecutedValue ?? 0m;
        decimal fees = order.FillFees ?? 0m;
        bool done = order.Status is OrderStatus.Done or OrderStatus.Rejected;
        decimal remaining = order.Size is { } size ? size - filled : 0m;
        decimal outstanding = done ? 0m : order.Side == Side.Buy && order.Price is { } limit ? remaining * limit * (1 + takerFeeRate) : remaining;
        decimal completion = order.Size is { } total && total != 0 ? Math.Round(filled / total * 100, 2)
            : order.SpecifiedFunds is { } funds && funds != 0 ? Math.Round((value + fees) / funds * 100, 2) : 0m;
        return (filled, value, fees, done ? 0m : remaining, outstanding, completion);
    }

    /// <summary>One fill of <c>GET /orders/historical/fills</c>.</summary>
    public static void WriteFill(Utf8JsonWriter writer, Fill fill, string portfolioId)
    {
        writer.WriteStartObject();
        writer.WriteString("entry_id", SandboxUser.DeterministicGuid(fill.OrderId + "/fill/" + fill.TradeId.ToString(CultureInfo.InvariantCulture)));
        writer.WriteString("trade_id", fill.TradeId.ToString(CultureInfo.InvariantCulture));
        writer.WriteString("order_id", fill.OrderId);
        writer.WriteTime("trade_time", fill.CreatedAt);
        writer.WriteString("trade_type", "FILL");
        writer.WriteAmount("price", fill.Price);
        writer.WriteAmount("size", fill.Size);
        writer.WriteAmount("commission", fill.Fee);
        writer.WriteString("product_id", fill.ProductId);
        writer.WriteTime("sequence_timestamp", fill.CreatedAt);
        writer.WriteString("liquidity_indicator", fill.Liquidity == Liquidity.Maker ? "MAKER" : "TAKER");
        writer.WriteBoolean("size_in_quote", false);
        writer.WriteString("user_id", fill.UserId ?? "");
        writer.WriteString("side", fill.Side == Side.Buy ? "BUY" : "SELL");
        writer.WriteString("retail_portfolio_id", portfolioId);
        writer.WriteEndObject();
    }
}
