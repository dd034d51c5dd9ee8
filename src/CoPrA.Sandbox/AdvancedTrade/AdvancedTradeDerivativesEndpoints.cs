using System.Text.Json;
using CoPrA.Sandbox.Rest;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CoPrA.Sandbox.AdvancedTrade;

/// <summary>
/// US (CFM) and international (INTX) derivatives for an account that has none: reads answer empty or
/// zero shapes, one position is 404 NOT_FOUND, and anything that would move money or change a setting is
/// 400 INVALID_ARGUMENT saying there is no derivatives account.
/// </summary>
internal static class AdvancedTradeDerivativesEndpoints
{
    private const string NoFutures = "the sandbox account has no futures (CFM) account";
    private const string NoIntx = "the sandbox account has no INTX (perpetuals) portfolio";

    public static void Map(IEndpointRouteBuilder api, SandboxServices services, AdvancedTradePortfolios portfolios)
    {
        api.MapGet("/cfm/balance_summary", context => AdvancedTradeJson.WriteObject(context, writer =>
        {
            writer.WriteStartObject("balance_summary");
            foreach (string name in (string[])["futures_buying_power", "total_usd_balance", "cbi_usd_balance", "cfm_usd_balance", "total_open_orders_hold_amount",
                "unrealized_pnl", "daily_realized_pnl", "initial_margin", "available_margin", "liquidation_threshold", "liquidation_buffer_amount"])
            {
                writer.WriteMoney(name, 0m, "USD");
            }

            writer.WriteString("liquidation_buffer_percentage", "0");
            writer.WriteEndObject();
        })).RequireJwt();
        api.MapGet("/cfm/positions", context => AdvancedTradeJson.WriteObject(context, writer => writer.WriteEmptyArray("positions"))).RequireJwt();
        api.MapGet("/cfm/positions/{product_id}", _ => throw AdvancedTradeJson.NotFound(NoFutures)).RequireJwt();
        api.MapGet("/cfm/sweeps", context => AdvancedTradeJson.WriteObject(context, writer => writer.WriteEmptyArray("sweeps"))).RequireJwt();
        api.MapPost("/cfm/sweeps/schedule", _ => throw AdvancedTradeJson.InvalidArgument(NoFutures)).RequireJwt();
        api.MapDelete("/cfm/sweeps", _ => throw AdvancedTradeJson.InvalidArgument(NoFutures)).RequireJwt();
        api.MapGet("/cfm/intraday/margin_setting", context =>
            AdvancedTradeJson.WriteObject(context, writer => writer.WriteString("setting", "INTRADAY_MARGIN_SETTING_STANDARD"))).RequireJwt();
        api.MapPost("/cfm/intraday/margin_setting", _ => throw AdvancedTradeJson.InvalidArgument(NoFutures)).RequireJwt();
        api.MapGet("/cfm/intraday/current_margin_window", context => AdvancedTradeJson.WriteObject(context, writer =>
        {
            writer.WriteStartObject("margin_window");
            writer.WriteString("margin_window_type", "MARGIN_WINDOW_TYPE_OVERNIGHT");
            writer.WriteTime("end_time", services.Clock.UtcNow.Date.AddDays(1));
            writer.WriteEndObject();
            writer.WriteBoolean("is_intraday_margin_killswitch_enabled", false);
            writer.WriteBoolean("is_intraday_margin_enrollment_killswitch_enabled", false);
        })).RequireJwt();

        api.MapGet("/intx/portfolio/{portfolio_uuid}", context =>
        {
            Portfolio(context, portfolios);
            return AdvancedTradeJson.WriteObject(context, writer =>
            {
                writer.WriteEmptyArray("portfolios");
                writer.WriteStartObject("summary");
                foreach (string name in (string[])["unrealized_pnl", "buying_power", "total_balance", "max_withdrawal_amount"])
                {
                    writer.WriteMoney(name, 0m, "USD");
                }

                writer.WriteEndObject();
            });
        }).RequireJwt();
        api.MapGet("/intx/positions/{portfolio_uuid}", context =>
        {
            Portfolio(context, portfolios);
            return AdvancedTradeJson.WriteObject(context, writer =>
            {
                writer.WriteEmptyArray("positions");
                writer.WriteStartObject("summary");
                writer.WriteMoney("aggregated_pnl", 0m, "USD");
                writer.WriteEndObject();
            });
        }).RequireJwt();
        api.MapGet("/intx/positions/{portfolio_uuid}/{symbol}", _ => throw AdvancedTradeJson.NotFound(NoIntx)).RequireJwt();
        api.MapGet("/intx/balances/{portfolio_uuid}", context =>
        {
            Portfolio(context, portfolios);
            return AdvancedTradeJson.WriteObject(context, writer => writer.WriteEmptyArray("portfolio_balances"));
        }).RequireJwt();
        api.MapPost("/intx/allocate", _ => throw AdvancedTradeJson.InvalidArgument(NoIntx)).RequireJwt();
        api.MapPost("/intx/multi_asset_collateral", _ => throw AdvancedTradeJson.InvalidArgument(NoIntx)).RequireJwt();
    }

    /// <summary>The route's portfolio must exist (404 otherwise); it holds no derivatives.</summary>
    private static void Portfolio(HttpContext context, AdvancedTradePortfolios portfolios)
    {
        if (portfolios.Find(RequestInfo.Route(context, "portfolio_uuid")) is null)
        {
            throw AdvancedTradeJson.NotFound("portfolio not found");
        }
    }
}
