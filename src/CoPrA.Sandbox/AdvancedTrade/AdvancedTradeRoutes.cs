using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CoPrA.Sandbox.AdvancedTrade;

/// <summary>
/// The Advanced Trade REST API under <c>/api/v3/brokerage</c>, on the same port and over the same
/// engine, products and accounts as the Exchange API: an order placed through either shows in both.
/// Everything but <c>/market/...</c> and <c>/time</c> needs a Bearer JWT (<see cref="JwtVerifier"/>).
/// </summary>
internal static class AdvancedTradeRoutes
{
    public const string Prefix = "/api/v3/brokerage";

    public static void Map(IEndpointRouteBuilder app, SandboxServices services)
    {
        var api = app.MapGroup(Prefix);
        var portfolios = new AdvancedTradePortfolios(services.ApiUser);
        AdvancedTradeMarketEndpoints.Map(api, services);
        AdvancedTradeOrderEndpoints.Map(api, services, portfolios);
        AdvancedTradeEditEndpoints.Map(api, services);
        AdvancedTradeAccountEndpoints.Map(api, services, portfolios);
        AdvancedTradePortfolioEndpoints.Map(api, services, portfolios);
        AdvancedTradeConvertEndpoints.Map(api, services);
        AdvancedTradeDerivativesEndpoints.Map(api, services, portfolios);
        app.MapFallback(Prefix + "/{**path}", context =>
            Rest.Respond.Error(context, StatusCodes.Status404NotFound, $"{context.Request.Method} {context.Request.Path} is not served by the sandbox", "NOT_FOUND"));
    }
}
