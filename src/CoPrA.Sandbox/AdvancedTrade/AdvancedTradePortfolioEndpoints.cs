using System.Text.Json;
using CoPrA.Sandbox.Engine;
using CoPrA.Sandbox.Rest;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CoPrA.Sandbox.AdvancedTrade;

/// <summary>
/// Portfolios: list, create, rename, delete, move funds and the breakdown (spot positions valued at
/// the last trade of each currency's USD product; no perpetual or futures positions).
/// </summary>
internal static class AdvancedTradePortfolioEndpoints
{
    public static void Map(IEndpointRouteBuilder api, SandboxServices services, AdvancedTradePortfolios portfolios)
    {
        api.MapGet("/portfolios", context =>
        {
            string? type = AdvancedTradeJson.Query(context, "portfolio_type");
            var list = portfolios.List().Where(portfolio => type is null or "UNDEFINED" || portfolio.Type == type).ToList();
            return AdvancedTradeJson.WriteObject(context, writer => writer.WriteArray("portfolios", list, (w, portfolio) => WritePortfolio(w, null, portfolio)));
        }).RequireJwt();
        api.MapPost("/portfolios", context =>
        {
            var created = portfolios.Create(Name(context)) ?? throw AdvancedTradeJson.InvalidArgument("a portfolio with this name exists");
            return AdvancedTradeJson.WriteObject(context, writer => WritePortfolio(writer, "portfolio", created));
        }).RequireJwt();
        api.MapPost("/portfolios/move_funds", context => MoveFunds(services, context, portfolios)).RequireJwt();
        api.MapPut("/portfolios/{portfolio_uuid}", context =>
        {
            var renamed = portfolios.Rename(RequestInfo.Route(context, "portfolio_uuid"), Name(context)) ?? throw AdvancedTradeJson.NotFound("portfolio not found");
            return AdvancedTradeJson.WriteObject(context, writer => WritePortfolio(writer, "portfolio", renamed));
        }).RequireJwt();
        api.MapDelete("/portfolios/{portfolio_uuid}", context =>
        {
            string? refusal = portfolios.Delete(RequestInfo.Route(context, "portfolio_uuid"));
            return refusal switch
            {
                null => AdvancedTradeJson.WriteObject(context, _ => { }),
                "portfolio not found" => throw AdvancedTradeJson.NotFound(refusal),
                _ => throw AdvancedTradeJson.InvalidArgument(refusal),
            };
        }).RequireJwt();
        api.MapGet("/portfolios/{portfolio_uuid}", context => Breakdown(services, context, portfolios)).RequireJwt();
    }

    private static void WritePortfolio(Utf8JsonWriter writer, string? name, Portfolio portfolio)
    {
        writer.WriteStartObjectNamed(name);

        writer.WriteString("name", portfolio.Name);
        writer.WriteString("uuid", portfolio.Uuid);
        writer.WriteString("type", portfolio.Type);
        writer.WriteBoolean("deleted", false);
        writer.WriteEndObject();
    }

    private static string Name(HttpContext context)
    {
        using var document = OrderRequestReader.ParseObject(RequestInfo.Body(context));
        return OrderRequestReader.String(document.RootElement, "name") ?? throw AdvancedTradeJson.InvalidArgument("name is required");
    }

    /// <summary>Moves funds between portfolios; the default portfolio's side is the Exchange account (a transfer ledger entry).</summary>
    private static Task MoveFunds(SandboxServices services, HttpContext context, AdvancedTradePortfolios portfolios)
    {
        using var document = OrderRequestReader.ParseObject(RequestInfo.Body(context));
        var root = document.RootElement;
        string source = OrderRequestReader.String(root, "source_portfolio_uuid") ?? throw AdvancedTradeJson.InvalidArgument("source_portfolio_uuid is required");
        string target = OrderRequestReader.String(root, "target_portfolio_uuid") ?? throw AdvancedTradeJson.InvalidArgument("target_portfolio_uuid is required");
        if (!root.TryGetProperty("funds", out var funds) || funds.ValueKind != JsonValueKind.Object)
        {
            throw AdvancedTradeJson.InvalidArgument("funds {value, currency} is required");
        }

        decimal value = OrderRequestReader.Amount(funds, "value") ?? throw AdvancedTradeJson.InvalidArgument("funds.value is required");
        string currency = services.Catalog.FindCurrency(OrderRequestReader.String(funds, "currency"))?.Id ?? throw AdvancedTradeJson.InvalidArgument("funds.currency is not a known currency");
        if (value <= 0)
        {
            throw AdvancedTradeJson.InvalidArgument("funds.value must be positive");
        }

        if (portfolios.Find(source) is null || portfolios.Find(target) is null || string.Equals(source, target, StringComparison.OrdinalIgnoreCase))
        {
            throw AdvancedTradeJson.InvalidArgument("source and target must be two different existing portfolios");
        }

        var user = RequestInfo.User(context);
        string transferId = Guid.NewGuid().ToString();
        bool fromDefault = source == portfolios.DefaultId;
        bool taken = fromDefault
            ? services.Accounts.TryTransfer(user, currency, -value, transferId, "portfolio_transfer")
            : portfolios.TryMove(source, currency, -value);
        if (!taken)
        {
            throw AdvancedTradeJson.InvalidArgument("the source portfolio has insufficient funds");
        }

        _ = target == portfolios.DefaultId
            ? services.Accounts.TryTransfer(user, currency, value, transferId, "portfolio_transfer")
            : portfolios.TryMove(target, currency, value);
        return AdvancedTradeJson.WriteObject(context, writer =>
        {
            writer.WriteString("source_portfolio_uuid", source);
            writer.WriteString("target_portfolio_uuid", target);
        });
    }

    private static Task Breakdown(SandboxServices services, HttpContext context, AdvancedTradePortfolios portfolios)
    {
        var portfolio = portfolios.Find(RequestInfo.Route(context, "portfolio_uuid")) ?? throw AdvancedTradeJson.NotFound("portfolio not found");
        var user = RequestInfo.User(context);
        var positions = portfolio.Uuid == portfolios.DefaultId
            ? services.Accounts.List(user).Select(account => (Currency: account.Currency, Balance: account.Balance, Available: account.Available, AccountId: account.Id)).ToList()
            : [.. portfolios.Balances(portfolio.Uuid).Select(entry => (Currency: entry.Key, Balance: entry.Value, Available: entry.Value, AccountId: ""))];
        var valued = positions.Select(position => (Position: position, Price: UsdPrice(services, position.Currency))).ToList();
        decimal total = valued.Sum(entry => entry.Position.Balance * entry.Price);
        decimal cash = valued.Where(entry => entry.Position.Currency is "USD" or "USDC").Sum(entry => entry.Position.Balance * entry.Price);
        return AdvancedTradeJson.WriteObject(context, writer =>
        {
            writer.WriteStartObject("breakdown");
            WritePortfolio(writer, "portfolio", portfolio);
            writer.WriteStartObject("portfolio_balances");
            writer.WriteMoney("total_balance", total, "USD");
            writer.WriteMoney("total_futures_balance", 0m, "USD");
            writer.WriteMoney("total_cash_equivalent_balance", cash, "USD");
            writer.WriteMoney("total_crypto_balance", total - cash, "USD");
            writer.WriteMoney("futures_unrealized_pnl", 0m, "USD");
            writer.WriteMoney("perp_unrealized_pnl", 0m, "USD");
            writer.WriteEndObject();
            writer.WriteArray("spot_positions", valued, (w, entry) =>
            {
                var (position, price) = entry;
                w.WriteStartObject();
                w.WriteString("asset", position.Currency);
                w.WriteString("account_uuid", position.AccountId);
                w.WriteNumber("total_balance_fiat", position.Balance * price);
                w.WriteNumber("total_balance_crypto", position.Balance);
                w.WriteNumber("available_to_trade_fiat", position.Available * price);
                w.WriteNumber("allocation", total == 0 ? 0m : Math.Round(position.Balance * price / total, 8));
                w.WriteMoney("cost_basis", 0m, "USD");
                w.WriteString("asset_img_url", "");
                w.WriteBoolean("is_cash", position.Currency is "USD" or "USDC");
                w.WriteNumber("available_to_trade_crypto", position.Available);
                w.WriteNumber("available_to_transfer_fiat", position.Available * price);
                w.WriteNumber("available_to_transfer_crypto", position.Available);
                w.WriteEndObject();
            });
            writer.WriteEmptyArray("perp_positions");
            writer.WriteEmptyArray("futures_positions");
            writer.WriteEndObject();
        });
    }

    /// <summary>A currency's USD value: 1 for USD and USDC, else the last trade of its -USD product (0 without one).</summary>
    private static decimal UsdPrice(SandboxServices services, string currency)
    {
        if (currency is "USD" or "USDC")
        {
            return 1m;
        }

        if (services.Engine.Market(currency + "-USD") is not ProductMarket market)
        {
            return 0m;
        }

        lock (market.Gate)
        {
            return market.History.Last?.Price ?? 0m;
        }
    }
}
