using CoPrA.Sandbox.Rest.Wire;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace CoPrA.Sandbox.Rest;

/// <summary>Private: the fills of the key's orders.</summary>
internal static class FillEndpoints
{
    public static void Map(IEndpointRouteBuilder app, SandboxServices services)
    {
        app.MapGet("/fills", context =>
        {
            var paging = Paging.Read(context);
            var user = RequestInfo.User(context);
            string? orderId = RequestInfo.Query(context, "order_id");
            string? productId = RequestInfo.Query(context, "product_id");
            if (orderId is null && productId is null)
            {
                throw SandboxApiException.BadRequest("order_id or product_id is required");
            }

            var market = productId is not null
                ? services.Engine.Market(productId) ?? throw SandboxApiException.NotFound()
                : services.Engine.FindOrder(user, orderId!) is { } order ? services.Engine.Market(order.Product.Id) : null;
            List<Fill> fills = market is null ? [] : services.Engine.Fills(user, market, orderId);
            return Respond.Page(context, paging.Slice(fills, fill => fill.TradeId), OrderWire.Fill);
        }).RequireSignature();
    }
}
