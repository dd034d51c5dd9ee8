using System.Globalization;
using System.Text.Json;
using CoPrA.Sandbox.Engine;
using CoPrA.Sandbox.Rest;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CoPrA.Sandbox.AdvancedTrade;

/// <summary>
/// Edit and edit preview of a resting limit order's price and size (<see cref="MatchingEngine.Edit"/>).
/// A refused edit is HTTP 200 with <c>success: false</c> and the reason in <c>errors</c>.
/// </summary>
internal static class AdvancedTradeEditEndpoints
{
    public static void Map(IEndpointRouteBuilder api, SandboxServices services)
    {
        api.MapPost("/orders/edit", context =>
        {
            var (order, price, size, failure) = Read(services, context);
            failure ??= services.Engine.Edit(order!, price, size, dryRun: false);
            return AdvancedTradeJson.WriteObject(context, writer =>
            {
                writer.WriteBoolean("success", failure is null);
                if (failure is null)
                {
                    writer.WriteStartObject("success_response");
                    writer.WriteString("order_id", order!.Id);
                    writer.WriteEndObject();
                }
                else
                {
                    writer.WriteStartObject("error_response");
                    writer.WriteString("error_details", failure);
                    writer.WriteString("edit_order_failure_reason", failure);
                    writer.WriteEndObject();
                }

                WriteErrors(writer, failure);
            });
        }).RequireJwt();
        api.MapPost("/orders/edit_preview", context =>
        {
            var (order, price, size, failure) = Read(services, context);
            failure ??= services.Engine.Edit(order!, price, size, dryRun: true);
            decimal filled = 0m, filledValue = 0m;
            decimal? bestBid = null, bestAsk = null;
            if (order is not null)
            {
                var snapshot = services.Engine.Snapshot(order);
                filled = snapshot.FilledSize ?? 0m;
                filledValue = snapshot.ExecutedValue ?? 0m;
                var market = services.Engine.Market(order.Product.Id)!;
                lock (market.Gate)
                {
                    bestBid = market.Book.Best(Side.Buy)?.Price;
                    bestAsk = market.Book.Best(Side.Sell)?.Price;
                }
            }

            // The edited rest waits on the book, so it would pay the maker fee.
            decimal quote = price * size;
            decimal commission = price * Math.Max(0m, size - filled) * services.Engine.MakerFeeRate;
            return AdvancedTradeJson.WriteObject(context, writer =>
            {
                WriteErrors(writer, failure);
                writer.WriteAmount("slippage", 0m);
                writer.WriteAmount("order_total", order?.Side == Side.Sell ? quote - commission : quote + commission);
                writer.WriteAmount("commission_total", commission);
                writer.WriteAmount("quote_size", quote);
                writer.WriteAmount("base_size", size);
                writer.WriteAmount("best_bid", bestBid);
                writer.WriteAmount("best_ask", bestAsk);
                writer.WriteAmount("average_filled_price", filled == 0 ? 0m : Math.Round(filledValue / filled, 10));
            });
        }).RequireJwt();
    }

    /// <summary>The order and its new price and size (unchanged when not given), or the failure reason.</summary>
    private static (SandboxOrder? Order, decimal Price, decimal Size, string? Failure) Read(SandboxServices services, HttpContext context)
    {
        using var document = AdvancedTradeOrderEndpoints.Body(context);
        var root = document.RootElement;
        string id = OrderRequestReader.String(root, "order_id") ?? throw AdvancedTradeJson.InvalidArgument("order_id is required");
        decimal? price = Decimal(root, "price");
        decimal? size = Decimal(root, "size");
        if (price is null && size is null)
        {
            throw AdvancedTradeJson.InvalidArgument("give price, size or both");
        }

        var order = AdvancedTradeOrderEndpoints.FindOrder(services, RequestInfo.User(context), id);
        if (order is null)
        {
            return (null, price ?? 0m, size ?? 0m, "ORDER_NOT_FOUND");
        }

        var current = services.Engine.Snapshot(order);
        decimal newPrice = price ?? current.Price ?? 0m;
        decimal newSize = size ?? current.Size ?? 0m;
        string? failure = newPrice <= 0 || !order.Product.IsPriceOnIncrement(newPrice) ? "INVALID_EDITED_PRICE"
            : newSize <= 0 || !order.Product.IsSizeOnIncrement(newSize) ? "INVALID_EDITED_SIZE"
            : null;
        return (order, newPrice, newSize, failure);
    }

    private static decimal? Decimal(JsonElement root, string name) =>
        OrderRequestReader.String(root, name) is { } text
            ? decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal value) ? value : throw AdvancedTradeJson.InvalidArgument($"{name} must be a decimal string")
            : null;

    /// <summary><c>errors[{edit_failure_reason, preview_failure_reason}]</c>, empty when the edit is fine.</summary>
    private static void WriteErrors(Utf8JsonWriter writer, string? failure)
    {
        writer.WriteStartArray("errors");
        if (failure is not null)
        {
            writer.WriteStartObject();
            writer.WriteString("edit_failure_reason", failure);
            writer.WriteString("preview_failure_reason", "PREVIEW_" + failure);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
