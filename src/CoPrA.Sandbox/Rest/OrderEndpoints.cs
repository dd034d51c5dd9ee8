using CoPrA.Sandbox.Engine;
using CoPrA.Sandbox.Json;
using CoPrA.Sandbox.Rest.Wire;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CoPrA.Sandbox.Rest;

/// <summary>Private: place, list, get and cancel orders.</summary>
internal static class OrderEndpoints
{
    private static readonly HashSet<OrderStatus> DefaultStatuses = [OrderStatus.Open, OrderStatus.Pending, OrderStatus.Active];

    public static void Map(IEndpointRouteBuilder app, SandboxServices services)
    {
        app.MapPost("/orders", context =>
        {
            var request = OrderRequestReader.Read(RequestInfo.Body(context), services.Catalog);
            var (_, acknowledged) = services.Engine.Place(RequestInfo.User(context), request);
            return Respond.Json(context, acknowledged, OrderWire.Order);
        }).RequireSignature();
        app.MapGet("/orders", context => List(services, context)).RequireSignature();
        app.MapGet("/orders/{order_id}", context =>
            Respond.Json(context, services.Engine.Snapshot(FindOrder(services, context)), OrderWire.Order)).RequireSignature();
        app.MapDelete("/orders/{order_id}", context =>
        {
            var order = FindOrder(services, context);
            services.Engine.Cancel(order);

            // Cancelling by client_oid answers with the client_oid, as Coinbase does since 2021.
            string id = RequestInfo.Route(context, "order_id").StartsWith("client:", StringComparison.Ordinal) ? order.ClientOid! : order.Id;
            return Respond.Json(context, id, SandboxJsonContext.Default.String);
        }).RequireSignature();
        app.MapDelete("/orders", context =>
        {
            var market = ProductFilter(services, context);
            return Respond.Json(context, services.Engine.CancelAll(RequestInfo.User(context), market), SandboxJsonContext.Default.ListString);
        }).RequireSignature();
    }

    private static Task List(SandboxServices services, HttpContext context)
    {
        var paging = Paging.Read(context);
        var statuses = new HashSet<OrderStatus>();
        foreach (string? text in context.Request.Query["status"])
        {
            if (!WireNames.TryParse<OrderStatus>(text, out var status))
            {
                throw SandboxApiException.BadRequest($"Invalid status: {text}");
            }

            statuses.Add(status);
        }

        var orders = services.Engine.Orders(RequestInfo.User(context), statuses.Count == 0 ? DefaultStatuses : statuses, ProductFilter(services, context));
        return Respond.Page(context, paging.Slice(orders, order => order.CreatedAt ?? default), OrderWire.Order);
    }

    /// <summary>The optional <c>product_id</c> filter; 404 for an unknown product.</summary>
    private static ProductMarket? ProductFilter(SandboxServices services, HttpContext context) =>
        RequestInfo.Query(context, "product_id") is { } productId ? services.Engine.Market(productId) ?? throw SandboxApiException.NotFound() : null;

    /// <summary>The route's order, by id or <c>client:&lt;client_oid&gt;</c>; 400 for a malformed id, 404 for an unknown one.</summary>
    private static SandboxOrder FindOrder(SandboxServices services, HttpContext context)
    {
        string id = RequestInfo.Route(context, "order_id");
        string uuid = id.StartsWith("client:", StringComparison.Ordinal) ? id["client:".Length..] : id;
        if (!Guid.TryParse(uuid, out _))
        {
            throw SandboxApiException.BadRequest("Invalid order id");
        }

        return services.Engine.FindOrder(RequestInfo.User(context), id) ?? throw SandboxApiException.NotFound();
    }
}
