using System.Globalization;
using System.Text.Json;
using CoPrA.Sandbox.Accounts;
using CoPrA.Sandbox.Engine;
using CoPrA.Sandbox.Rest;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CoPrA.Sandbox.AdvancedTrade;

/// <summary>
/// Advanced Trade orders on the Exchange's matching engine: create (a refusal is HTTP 200 with
/// <c>success: false</c>), preview, batch cancel, list, get, fills and close_position (spot only, so refused).
/// </summary>
internal static class AdvancedTradeOrderEndpoints
{
    private static readonly HashSet<string> Statuses = ["OPEN", "FILLED", "CANCELLED", "EXPIRED", "FAILED", "PENDING"];

    public static void Map(IEndpointRouteBuilder api, SandboxServices services, AdvancedTradePortfolios portfolios)
    {
        // One create at a time, so that two requests with one client_order_id cannot both place an order.
        var createGate = new Lock();
        api.MapPost("/orders", context => Create(services, context, createGate)).RequireJwt();
        api.MapPost("/orders/preview", context => Preview(services, context)).RequireJwt();
        api.MapPost("/orders/batch_cancel", context => BatchCancel(services, context)).RequireJwt();
        api.MapPost("/orders/close_position", context =>
        {
            using var document = Body(context);
            string? productId = AdvancedTradeJson.Text(document.RootElement, "product_id");
            throw AdvancedTradeJson.InvalidArgument($"close_position closes futures positions; {productId} is not a futures product and there are no futures in the sandbox");
        }).RequireJwt();
        api.MapGet("/orders/historical/batch", context => List(services, context, portfolios.DefaultId)).RequireJwt();
        api.MapGet("/orders/historical/fills", context => Fills(services, context, portfolios.DefaultId)).RequireJwt();
        api.MapGet("/orders/historical/{order_id}", context =>
        {
            var user = RequestInfo.User(context);
            var order = FindOrder(services, user, RequestInfo.Route(context, "order_id"))
                ?? throw AdvancedTradeJson.NotFound("order not found");
            var snapshot = services.Engine.Snapshot(order);
            var fills = services.Engine.Fills(user, services.Engine.Market(order.Product.Id)!, order.Id);
            return AdvancedTradeJson.WriteObject(context, writer =>
            {
                writer.WritePropertyName("order");
                AdvancedTradeOrderJson.WriteOrder(writer, snapshot, fills, user, portfolios.DefaultId, services.Engine.TakerFeeRate);
            });
        }).RequireJwt();
    }

    /// <summary>
    /// Places an order. A client_order_id seen before answers the earlier order's success_response and
    /// places nothing: the sandbox models the idempotency Coinbase intends for the field.
    /// </summary>
    private static Task Create(SandboxServices services, HttpContext context, Lock createGate)
    {
        using var document = Body(context);
        var root = document.RootElement;
        string clientOrderId = AdvancedTradeJson.Text(root, "client_order_id") is { Length: > 0 } id ? id : throw AdvancedTradeJson.InvalidArgument("client_order_id is required");
        var user = RequestInfo.User(context);
        Order? placed = null;
        OrderRejection? rejection = null;
        lock (createGate)
        {
            if (services.Engine.FindOrder(user, "client:" + clientOrderId) is { } earlier && earlier.Status != OrderStatus.Rejected)
            {
                placed = services.Engine.Snapshot(earlier);
            }
            else
            {
                try
                {
                    var request = OrderConfigurationReader.Read(root, services.Catalog, services.Clock.UtcNow, clientOrderId);
                    var (order, _) = services.Engine.Place(user, request);
                    placed = services.Engine.Snapshot(order);
                    rejection = placed.Status == OrderStatus.Rejected ? OrderRejection.PostOnly() : null;
                }
                catch (OrderRejectedException ex)
                {
                    rejection = ex.Rejection;
                }
                catch (SandboxApiException ex) when (ex.Message == MatchingEngine.InsufficientFunds)
                {
                    rejection = OrderRejection.InsufficientFund();
                }
            }
        }

        return AdvancedTradeJson.WriteObject(context, writer =>
        {
            writer.WriteBoolean("success", rejection is null);
            writer.WriteString("failure_reason", "UNKNOWN_FAILURE_REASON");
            writer.WriteString("order_id", rejection is null ? placed!.Id : "");
            if (rejection is null)
            {
                writer.WriteStartObject("success_response");
                writer.WriteString("order_id", placed!.Id);
                writer.WriteString("product_id", placed.ProductId);
                writer.WriteString("side", placed.Side == Side.Buy ? "BUY" : "SELL");
                writer.WriteString("client_order_id", clientOrderId);
                writer.WriteString("attached_order_id", "");
                writer.WriteEndObject();
            }
            else
            {
                writer.WriteStartObject("error_response");
                writer.WriteString("error", rejection.Error);
                writer.WriteString("message", rejection.Message);
                writer.WriteString("error_details", rejection.Message);
                writer.WriteString("preview_failure_reason", rejection.PreviewReason);
                writer.WriteString("new_order_failure_reason", rejection.Error);
                writer.WriteEndObject();
            }

            if (root.TryGetProperty("order_configuration", out var configuration))
            {
                writer.WritePropertyName("order_configuration");
                configuration.WriteTo(writer);
            }
        });
    }

    /// <summary>What the order would cost at today's book, and what would make it fail (<c>errs</c>); nothing is placed.</summary>
    private static Task Preview(SandboxServices services, HttpContext context)
    {
        using var document = Body(context);
        var user = RequestInfo.User(context);
        var errs = new List<string>();
        var estimate = default(OrderEstimate);
        try
        {
            var request = OrderConfigurationReader.Read(document.RootElement, services.Catalog, services.Clock.UtcNow, null);
            estimate = OrderEstimate.Of(services, user, request);
            errs.AddRange(estimate.Errors);
        }
        catch (OrderRejectedException ex)
        {
            errs.Add(ex.Rejection.PreviewReason);
        }

        return AdvancedTradeJson.WriteObject(context, writer =>
        {
            writer.WriteAmount("order_total", estimate.Total);
            writer.WriteAmount("commission_total", estimate.Commission);
            writer.WriteArray("errs", errs, (w, err) => w.WriteStringValue(err));
            writer.WriteEmptyArray("warning");
            writer.WriteAmount("quote_size", estimate.QuoteSize);
            writer.WriteAmount("base_size", estimate.BaseSize);
            writer.WriteAmount("best_bid", estimate.BestBid);
            writer.WriteAmount("best_ask", estimate.BestAsk);
            writer.WriteBoolean("is_max", false);
            writer.WriteAmount("order_margin_total", 0m);
            writer.WriteString("leverage", "1");
            writer.WriteString("long_leverage", "1");
            writer.WriteString("short_leverage", "1");
            writer.WriteAmount("slippage", estimate.Slippage);
            writer.WriteString("preview_id", Guid.NewGuid().ToString());
            writer.WriteString("current_liquidation_buffer", "");
            writer.WriteString("projected_liquidation_buffer", "");
            writer.WriteString("max_leverage", "");
            writer.WriteStartObject("commission_detail_total");
            writer.WriteAmount("total_commission", estimate.Commission);
            writer.WriteAmount("gst_commission", 0m);
            writer.WriteAmount("withholding_commission", 0m);
            writer.WriteAmount("client_commission", 0m);
            writer.WriteEndObject();
        });
    }

    /// <summary>Cancels each order id; one result per id, failures included (unknown, or already done).</summary>
    private static Task BatchCancel(SandboxServices services, HttpContext context)
    {
        using var document = Body(context);
        if (!document.RootElement.TryGetProperty("order_ids", out var ids) || ids.ValueKind != JsonValueKind.Array)
        {
            throw AdvancedTradeJson.InvalidArgument("order_ids is required");
        }

        var user = RequestInfo.User(context);
        var results = new List<(string Id, string? Failure)>();
        foreach (var element in ids.EnumerateArray())
        {
            string id = element.ValueKind == JsonValueKind.String ? element.GetString()! : element.GetRawText();
            var order = FindOrder(services, user, id);
            string? failure = null;
            if (order is null)
            {
                failure = "UNKNOWN_CANCEL_ORDER";
            }
            else
            {
                try
                {
                    services.Engine.Cancel(order);
                }
                catch (SandboxApiException)
                {
                    failure = "INVALID_CANCEL_REQUEST";
                }
            }

            results.Add((id, failure));
        }

        return AdvancedTradeJson.WriteObject(context, writer => writer.WriteArray("results", results, (w, result) =>
        {
            w.WriteStartObject();
            w.WriteBoolean("success", result.Failure is null);
            w.WriteString("failure_reason", result.Failure ?? "UNKNOWN_CANCEL_FAILURE_REASON");
            w.WriteString("order_id", result.Id);
            w.WriteEndObject();
        }));
    }

    /// <summary>The user's orders, newest first, filtered and cursor-paged.</summary>
    private static Task List(SandboxServices services, HttpContext context, string portfolioId)
    {
        var paging = Paging.ReadCursor(context, defaultLimit: 100, maxLimit: 1000);
        var user = RequestInfo.User(context);
        var productIds = AdvancedTradeJson.QueryList(context, "product_ids");
        foreach (string productId in productIds)
        {
            AdvancedTradeMarketEndpoints.Market(services, productId);
        }

        var statuses = AdvancedTradeJson.QueryList(context, "order_status");
        if (statuses.Find(status => !Statuses.Contains(status)) is { } unknown)
        {
            throw AdvancedTradeJson.InvalidArgument($"order_status {unknown} is not one of {string.Join(", ", Statuses)}");
        }

        var orderIds = AdvancedTradeJson.QueryList(context, "order_ids");
        string? side = AdvancedTradeJson.Query(context, "order_side");
        if (side is not (null or "BUY" or "SELL"))
        {
            throw AdvancedTradeJson.InvalidArgument("order_side must be BUY or SELL");
        }

        var start = AdvancedTradeJson.QueryTime(context, "start_date") ?? DateTimeOffset.MinValue;
        var end = AdvancedTradeJson.QueryTime(context, "end_date") ?? DateTimeOffset.MaxValue;
        var orders = services.Engine.Orders(user, new HashSet<OrderStatus> { OrderStatus.All }, null)
            .Where(order => productIds.Count == 0 || productIds.Contains(order.ProductId, StringComparer.OrdinalIgnoreCase))
            .Where(order => statuses.Count == 0 || statuses.Contains(AdvancedTradeOrderJson.Status(order)))
            .Where(order => orderIds.Count == 0 || orderIds.Contains(order.Id, StringComparer.OrdinalIgnoreCase))
            .Where(order => side is null || (order.Side == Side.Buy) == (side == "BUY"))
            .Where(order => order.CreatedAt >= start && order.CreatedAt <= end)
            .ToList();
        var page = paging.Slice(orders, order => order.CreatedAt ?? default);
        var fills = AllFills(services, user).ToLookup(fill => fill.OrderId, StringComparer.OrdinalIgnoreCase);
        return AdvancedTradeJson.WriteObject(context, writer =>
        {
            writer.WriteArray("orders", page.Items, (w, order) =>
                AdvancedTradeOrderJson.WriteOrder(w, order, [.. fills[order.Id]], user, portfolioId, services.Engine.TakerFeeRate));
            writer.WriteString("sequence", "0");
            writer.WriteBoolean("has_next", page.HasMore);
            writer.WriteString("cursor", page.HasMore ? page.After : "");
        });
    }

    /// <summary>The user's fills, newest first, filtered and cursor-paged (the cursor is empty on the last page).</summary>
    private static Task Fills(SandboxServices services, HttpContext context, string portfolioId)
    {
        var paging = Paging.ReadCursor(context, defaultLimit: 100, maxLimit: 1000);
        var user = RequestInfo.User(context);
        var orderIds = AdvancedTradeJson.QueryList(context, "order_ids");
        var tradeIds = AdvancedTradeJson.QueryList(context, "trade_ids");
        var productIds = AdvancedTradeJson.QueryList(context, "product_ids");
        var start = AdvancedTradeJson.QueryTime(context, "start_sequence_timestamp") ?? DateTimeOffset.MinValue;
        var end = AdvancedTradeJson.QueryTime(context, "end_sequence_timestamp") ?? DateTimeOffset.MaxValue;

        // Fills only ever join at the new end, so a fill's place counted from the oldest is a stable cursor.
        var all = AllFills(services, user);
        var numbered = all.Select((fill, index) => (Key: (long)(all.Count - index), Fill: fill))
            .Where(entry => orderIds.Count == 0 || orderIds.Contains(entry.Fill.OrderId, StringComparer.OrdinalIgnoreCase))
            .Where(entry => tradeIds.Count == 0 || tradeIds.Contains(entry.Fill.TradeId.ToString(CultureInfo.InvariantCulture)))
            .Where(entry => productIds.Count == 0 || productIds.Contains(entry.Fill.ProductId, StringComparer.OrdinalIgnoreCase))
            .Where(entry => entry.Fill.CreatedAt >= start && entry.Fill.CreatedAt <= end)
            .ToList();
        var page = paging.Slice(numbered, entry => entry.Key);
        return AdvancedTradeJson.WriteObject(context, writer =>
        {
            writer.WriteArray("fills", page.Items, (w, entry) => AdvancedTradeOrderJson.WriteFill(w, entry.Fill, portfolioId));
            writer.WriteString("cursor", page.HasMore ? page.After : "");
        });
    }

    /// <summary>Every fill of the user, newest first.</summary>
    private static List<Fill> AllFills(SandboxServices services, SandboxUser user) =>
        [.. services.Engine.Markets.SelectMany(market => services.Engine.Fills(user, market, null))
            .OrderByDescending(fill => fill.CreatedAt).ThenBy(fill => fill.ProductId, StringComparer.Ordinal).ThenByDescending(fill => fill.TradeId)];

    /// <summary>The user's order by id (never by client id); null when unknown.</summary>
    public static SandboxOrder? FindOrder(SandboxServices services, SandboxUser user, string id) =>
        id.StartsWith("client:", StringComparison.Ordinal) ? null : services.Engine.FindOrder(user, id);

    /// <summary>The request body as JSON; 400 INVALID_ARGUMENT when it is not an object.</summary>
    public static JsonDocument Body(HttpContext context)
    {
        try
        {
            return OrderRequestReader.ParseObject(RequestInfo.Body(context));
        }
        catch (SandboxApiException ex)
        {
            throw AdvancedTradeJson.InvalidArgument(ex.Message);
        }
    }
}
