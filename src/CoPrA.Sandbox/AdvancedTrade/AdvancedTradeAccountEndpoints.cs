using System.Text.Json;
using CoPrA.Sandbox.Accounts;
using CoPrA.Sandbox.Rest;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CoPrA.Sandbox.AdvancedTrade;

/// <summary>
/// The Exchange accounts as Advanced Trade accounts (same uuids), the key's permissions, the payment
/// method and the fee tier and volume summary.
/// </summary>
internal static class AdvancedTradeAccountEndpoints
{
    public static void Map(IEndpointRouteBuilder api, SandboxServices services, AdvancedTradePortfolios portfolios)
    {
        var openedAt = services.Clock.UtcNow;
        api.MapGet("/accounts", context =>
        {
            var paging = Paging.ReadCursor(context, defaultLimit: 49, maxLimit: 250);

            // Accounts are listed in the order they were opened; a place counted from the end is a stable cursor.
            var accounts = services.Accounts.List(RequestInfo.User(context));
            var numbered = accounts.Select((account, index) => (Key: (long)(accounts.Count - index), Account: account)).ToList();
            var page = paging.Slice(numbered, entry => entry.Key);
            return AdvancedTradeJson.WriteObject(context, writer =>
            {
                writer.WriteArray("accounts", page.Items, (w, entry) => WriteAccount(w, services, entry.Account, portfolios.DefaultId, openedAt));
                writer.WriteBoolean("has_next", page.HasMore);
                writer.WriteString("cursor", page.HasMore ? page.After : "");
                writer.WriteNumber("size", page.Items.Count);
            });
        }).RequireJwt();
        api.MapGet("/accounts/{account_uuid}", context =>
        {
            string id = RequestInfo.Route(context, "account_uuid");
            if (!Guid.TryParse(id, out _))
            {
                throw AdvancedTradeJson.InvalidArgument("account_uuid must be a UUID");
            }

            var account = services.Accounts.Find(RequestInfo.User(context), id) ?? throw AdvancedTradeJson.NotFound("account not found");
            return AdvancedTradeJson.WriteObject(context, writer =>
            {
                writer.WritePropertyName("account");
                WriteAccount(writer, services, account, portfolios.DefaultId, openedAt);
            });
        }).RequireJwt();
        api.MapGet("/key_permissions", context => AdvancedTradeJson.WriteObject(context, writer =>
        {
            writer.WriteBoolean("can_view", true);
            writer.WriteBoolean("can_trade", true);
            writer.WriteBoolean("can_transfer", true);
            writer.WriteString("portfolio_uuid", portfolios.DefaultId);
            writer.WriteString("portfolio_type", "DEFAULT");
        })).RequireJwt();
        api.MapGet("/payment_methods", context => AdvancedTradeJson.WriteObject(context, writer =>
            writer.WriteArray("payment_methods", [services.Funding.BankAccount], (w, method) => WritePaymentMethod(w, method, openedAt)))).RequireJwt();
        api.MapGet("/payment_methods/{payment_method_id}", context =>
        {
            var method = services.Funding.BankAccount;
            if (!string.Equals(RequestInfo.Route(context, "payment_method_id"), method.Id, StringComparison.OrdinalIgnoreCase))
            {
                throw AdvancedTradeJson.NotFound("payment method not found");
            }

            return AdvancedTradeJson.WriteObject(context, writer =>
            {
                writer.WritePropertyName("payment_method");
                WritePaymentMethod(writer, method, openedAt);
            });
        }).RequireJwt();
        api.MapGet("/transaction_summary", context => TransactionSummary(services, context)).RequireJwt();
    }

    private static void WriteAccount(Utf8JsonWriter writer, SandboxServices services, Account account, string portfolioId, DateTimeOffset openedAt)
    {
        bool fiat = services.Catalog.FindCurrency(account.Currency)?.Details?.Type == "fiat";
        writer.WriteStartObject();
        writer.WriteString("uuid", account.Id);
        writer.WriteString("name", account.Currency + " Wallet");
        writer.WriteString("currency", account.Currency);
        writer.WriteMoney("available_balance", account.Available, account.Currency);
        writer.WriteBoolean("default", false);
        writer.WriteBoolean("active", true);
        writer.WriteTime("created_at", openedAt);
        writer.WriteTime("updated_at", services.Clock.UtcNow);
        writer.WriteNull("deleted_at");
        writer.WriteString("type", fiat ? "ACCOUNT_TYPE_FIAT" : "ACCOUNT_TYPE_CRYPTO");
        writer.WriteBoolean("ready", true);
        writer.WriteMoney("hold", account.Hold, account.Currency);
        writer.WriteString("retail_portfolio_id", portfolioId);
        writer.WriteString("platform", "ACCOUNT_PLATFORM_CONSUMER");
        writer.WriteEndObject();
    }

    private static void WritePaymentMethod(Utf8JsonWriter writer, PaymentMethod method, DateTimeOffset openedAt)
    {
        writer.WriteStartObject();
        writer.WriteString("id", method.Id);
        writer.WriteString("type", "ACH");
        writer.WriteString("name", method.Name);
        writer.WriteString("currency", method.Currency);
        writer.WriteBoolean("verified", true);
        writer.WriteBoolean("allow_buy", method.AllowBuy ?? false);
        writer.WriteBoolean("allow_sell", method.AllowSell ?? false);
        writer.WriteBoolean("allow_deposit", method.AllowDeposit ?? false);
        writer.WriteBoolean("allow_withdraw", method.AllowWithdraw ?? false);
        writer.WriteTime("created_at", openedAt);
        writer.WriteTime("updated_at", openedAt);
        writer.WriteEndObject();
    }

    /// <summary>The key's 30-day volume and fees from its fills, and the sandbox's one fee tier.</summary>
    private static Task TransactionSummary(SandboxServices services, HttpContext context)
    {
        var user = RequestInfo.User(context);
        var since = services.Clock.UtcNow - TimeSpan.FromDays(30);
        var fills = services.Engine.Markets.SelectMany(market => services.Engine.Fills(user, market, null)).Where(fill => fill.CreatedAt >= since).ToList();
        decimal volume = fills.Sum(fill => fill.UsdVolume ?? 0m);
        decimal fees = fills.Sum(fill => fill.Fee);
        return AdvancedTradeJson.WriteObject(context, writer =>
        {
            writer.WriteNumber("total_volume", volume);
            writer.WriteNumber("total_fees", fees);
            writer.WriteStartObject("fee_tier");
            writer.WriteString("pricing_tier", "Sandbox");
            writer.WriteAmount("usd_from", 0m);
            writer.WriteString("usd_to", "");
            writer.WriteAmount("taker_fee_rate", services.Engine.TakerFeeRate);
            writer.WriteAmount("maker_fee_rate", services.Engine.MakerFeeRate);
            writer.WriteAmount("aop_from", 0m);
            writer.WriteString("aop_to", "");
            writer.WriteEndObject();
            writer.WriteNull("margin_rate");
            writer.WriteNull("goods_and_services_tax");
            writer.WriteNumber("advanced_trade_only_volume", volume);
            writer.WriteNumber("advanced_trade_only_fees", fees);
            writer.WriteNumber("coinbase_pro_volume", 0);
            writer.WriteNumber("coinbase_pro_fees", 0);
            writer.WriteString("total_balance", "");
            writer.WriteBoolean("has_promo_fee", false);
        });
    }
}
