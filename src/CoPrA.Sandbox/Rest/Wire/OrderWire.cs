using System.Text.Json;

namespace CoPrA.Sandbox.Rest.Wire;

/// <summary>The trading answers: orders and fills.</summary>
internal static class OrderWire
{
    public static void Order(Utf8JsonWriter writer, Order order)
    {
        writer.WriteStartObject();
        writer.WriteString("id", order.Id);
        writer.WriteOptional("price", order.Price);
        writer.WriteOptional("size", order.Size);
        writer.WriteString("product_id", order.ProductId);
        writer.WriteOptional("profile_id", order.ProfileId);
        writer.WriteString("side", WireNames.Of(order.Side));
        writer.WriteOptional("funds", order.Funds);
        writer.WriteOptional("specified_funds", order.SpecifiedFunds);
        writer.WriteString("type", WireNames.Of(order.Type));
        if (order.TimeInForce is { } timeInForce)
        {
            writer.WriteString("time_in_force", WireNames.Of(timeInForce));
        }

        writer.WriteOptional("expire_time", order.ExpireTime);
        writer.WriteOptional("post_only", order.PostOnly);
        if (order.Stp is { } stp)
        {
            writer.WriteString("stp", WireNames.Of(stp));
        }

        if (order.Stop is { } stop)
        {
            writer.WriteString("stop", WireNames.Of(stop));
        }

        writer.WriteOptional("stop_price", order.StopPrice);
        writer.WriteOptional("stop_limit_price", order.StopLimitPrice);
        writer.WriteOptional("created_at", order.CreatedAt);
        writer.WriteOptional("done_at", order.DoneAt);
        writer.WriteOptional("done_reason", order.DoneReason);
        writer.WriteOptional("reject_reason", order.RejectReason);
        writer.WriteOptional("fill_fees", order.FillFees);
        writer.WriteOptional("filled_size", order.FilledSize);
        writer.WriteOptional("executed_value", order.ExecutedValue);
        writer.WriteString("status", WireNames.Of(order.Status));
        writer.WriteOptional("settled", order.Settled);
        writer.WriteOptional("client_oid", order.ClientOid);
        writer.WriteOptional("market_type", order.MarketType);
        writer.WriteEndObject();
    }

    public static void Fill(Utf8JsonWriter writer, Fill fill)
    {
        writer.WriteStartObject();
        writer.WriteInstant("created_at", fill.CreatedAt);
        writer.WriteNumber("trade_id", fill.TradeId);
        writer.WriteString("product_id", fill.ProductId);
        writer.WriteString("order_id", fill.OrderId);
        writer.WriteOptional("user_id", fill.UserId);
        writer.WriteOptional("profile_id", fill.ProfileId);
        writer.WriteString("liquidity", WireNames.Of(fill.Liquidity));
        writer.WriteDecimal("price", fill.Price);
        writer.WriteDecimal("size", fill.Size);
        writer.WriteDecimal("fee", fill.Fee);
        writer.WriteString("side", WireNames.Of(fill.Side));
        writer.WriteOptional("settled", fill.Settled);
        writer.WriteOptional("usd_volume", fill.UsdVolume);
        writer.WriteOptional("market_type", fill.MarketType);
        writer.WriteOptional("funding_currency", fill.FundingCurrency);
        writer.WriteEndObject();
    }
}
