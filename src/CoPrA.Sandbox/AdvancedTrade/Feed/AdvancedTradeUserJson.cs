using System.Globalization;
using System.Text.Json;
using CoPrA.Sandbox.Engine;

namespace CoPrA.Sandbox.AdvancedTrade.Feed;

/// <summary>
/// The user channel's events: the key's orders with the fields Coinbase's user channel carries
/// (status OPEN, FILLED, CANCELLED, EXPIRED, FAILED or PENDING; quantities, average price, fills,
/// hold, times), and empty futures positions.
/// </summary>
internal static class AdvancedTradeUserJson
{
    /// <summary>Orders per snapshot message, as Coinbase batches them.</summary>
    public const int SnapshotBatch = 50;

    /// <summary>One event with the orders. Call under the orders' product locks.</summary>
    /// <param name="type">snapshot or update.</param>
    /// <param name="orders">The orders, each with its number of fills.</param>
    /// <param name="portfolioId">The owner's default portfolio.</param>
    /// <param name="takerFeeRate">For the hold an open buy keeps.</param>
    public static byte[] Orders(string type, IEnumerable<(SandboxOrder Order, int Fills)> orders, string portfolioId, decimal takerFeeRate) =>
        AdvancedTradeFeedJson.Event(writer =>
        {
            writer.WriteString("type", type);
            writer.WriteArray("orders", orders, (w, entry) => WriteOrder(w, entry.Order, entry.Fills, portfolioId, takerFeeRate));
            writer.WriteStartObject("positions");
            writer.WriteEmptyArray("perpetual_futures_positions");
            writer.WriteEmptyArray("expiring_futures_positions");
            writer.WriteEndObject();
        });

    private static void WriteOrder(Utf8JsonWriter writer, SandboxOrder engineOrder, int fills, string portfolioId, decimal takerFeeRate)
    {
        var order = engineOrder.ToModel();
        var (filled, value, fees, leaves, outstanding, completion) = AdvancedTradeOrderJson.Figures(order, takerFeeRate);
        string status = AdvancedTradeOrderJson.Status(order);
        writer.WriteStartObject();
        writer.WriteString("order_id", order.Id);
        writer.WriteString("client_order_id", order.ClientOid ?? "");
        writer.WriteString("product_id", order.ProductId);
        writer.WriteString("product_type", "SPOT");
        writer.WriteString("order_side", order.Side == Side.Buy ? "BUY" : "SELL");
        writer.WriteString("order_type", AdvancedTradeOrderJson.OrderTypeName(order));
        writer.WriteString("status", status);
        writer.WriteString("time_in_force", AdvancedTradeOrderJson.TimeInForceName(order));
        writer.WriteAmount("limit_price", order.Price);
        writer.WriteAmount("stop_price", order.StopPrice);
        writer.WriteAmount("avg_price", filled == 0 ? 0m : Math.Round(value / filled, 10));
        writer.WriteAmount("cumulative_quantity", filled);
        writer.WriteAmount("leaves_quantity", leaves);
        writer.WriteAmount("filled_value", value);
        writer.WriteString("number_of_fills", fills.ToString(CultureInfo.InvariantCulture));
        writer.WriteAmount("completion_percentage", completion);
        writer.WriteAmount("total_fees", fees);
        writer.WriteAmount("total_value_after_fees", order.Side == Side.Buy ? value + fees : value - fees);
        writer.WriteAmount("outstanding_hold_amount", outstanding);
        writer.WriteBoolean("post_only", order.PostOnly ?? false);
        writer.WriteString("trigger_status", AdvancedTradeOrderJson.TriggerStatus(order));
        writer.WriteString("cancel_reason", status == "CANCELLED" ? order.DoneReason ?? "" : "");
        writer.WriteString("reject_reason", order.RejectReason ?? "");
        writer.WriteString("retail_portfolio_id", portfolioId);
        writer.WriteString("contract_expiry_type", "UNKNOWN_CONTRACT_EXPIRY_TYPE");
        writer.WriteString("risk_managed_by", "UNKNOWN_RISK_MANAGEMENT_TYPE");
        writer.WriteTime("creation_time", order.CreatedAt);
        writer.WriteTime("end_time", order.ExpireTime);
        writer.WriteTime("start_time", null);
        writer.WriteEndObject();
    }
}
