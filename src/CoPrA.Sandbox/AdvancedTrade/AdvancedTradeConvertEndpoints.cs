using System.Collections.Concurrent;
using System.Text.Json;
using CoPrA.Sandbox.Accounts;
using CoPrA.Sandbox.Engine;
using CoPrA.Sandbox.Rest;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CoPrA.Sandbox.AdvancedTrade;

/// <summary>
/// Convert: quote, get and commit a one-for-one USD/USDC conversion, the pair the Exchange API's
/// conversions serve. A committed trade moves the balances as <c>POST /conversions</c> does and is kept
/// in the same store, so <c>GET /conversions/{id}</c> shows it too.
/// </summary>
internal static class AdvancedTradeConvertEndpoints
{
    public static void Map(IEndpointRouteBuilder api, SandboxServices services)
    {
        var quotes = new ConcurrentDictionary<string, ConvertTrade>(StringComparer.OrdinalIgnoreCase);
        api.MapPost("/convert/quote", context =>
        {
            using var document = OrderRequestReader.ParseObject(RequestInfo.Body(context));
            var root = document.RootElement;
            var user = RequestInfo.User(context);
            var from = Account(services, user, OrderRequestReader.String(root, "from_account"), "from_account");
            var to = Account(services, user, OrderRequestReader.String(root, "to_account"), "to_account");
            decimal amount = OrderRequestReader.Amount(root, "amount") ?? throw AdvancedTradeJson.InvalidArgument("amount is required");
            if ((from.Currency, to.Currency) is not (("USD", "USDC") or ("USDC", "USD")))
            {
                throw AdvancedTradeJson.InvalidArgument($"cannot convert {from.Currency} to {to.Currency}: only USD and USDC convert");
            }

            if (amount <= 0)
            {
                throw AdvancedTradeJson.InvalidArgument("amount must be positive");
            }

            var trade = new ConvertTrade(Guid.NewGuid().ToString(), from, to, amount, "TRADE_STATUS_CREATED");
            quotes[trade.Id] = trade;
            return Write(context, trade);
        }).RequireJwt();
        api.MapGet("/convert/trade/{trade_id}", context =>
            Write(context, quotes.GetValueOrDefault(RequestInfo.Route(context, "trade_id")) ?? throw AdvancedTradeJson.NotFound("trade not found"))).RequireJwt();
        api.MapPost("/convert/trade/{trade_id}", context =>
        {
            var user = RequestInfo.User(context);
            string id = RequestInfo.Route(context, "trade_id");
            var quote = quotes.GetValueOrDefault(id) ?? throw AdvancedTradeJson.NotFound("trade not found");
            if (quote.Status != "TRADE_STATUS_CREATED" || !quotes.TryUpdate(id, quote with { Status = "TRADE_STATUS_COMPLETED" }, quote))
            {
                throw AdvancedTradeJson.InvalidArgument("the trade was already committed");
            }

            if (!services.Accounts.TryConvert(user, quote.From.Currency, quote.To.Currency, quote.Amount, id, out _, out _))
            {
                quotes[id] = quote;
                throw AdvancedTradeJson.InvalidArgument("Insufficient balance in source account");
            }

            services.Conversions.Add(user.Id, new Conversion
            {
                Id = id,
                Amount = quote.Amount,
                FromAccountId = quote.From.Id,
                ToAccountId = quote.To.Id,
                From = quote.From.Currency,
                To = quote.To.Currency,
                FeeAmount = 0m,
                CreatedAt = services.Clock.UtcNow,
            });
            return Write(context, quotes[id]);
        }).RequireJwt();
    }

    /// <summary>An account named by uuid or by currency; 400 when the user has none.</summary>
    private static Account Account(SandboxServices services, SandboxUser user, string? text, string name)
    {
        var account = text is null ? null
            : Guid.TryParse(text, out _) ? services.Accounts.Find(user, text) : services.Accounts.FindByCurrency(user, text);
        return account ?? throw AdvancedTradeJson.InvalidArgument($"{name} must name one of your accounts (uuid or currency)");
    }

    private static Task Write(HttpContext context, ConvertTrade trade) => AdvancedTradeJson.WriteObject(context, writer =>
    {
        writer.WriteStartObject("trade");
        writer.WriteString("id", trade.Id);
        writer.WriteString("status", trade.Status);
        writer.WriteMoney("user_entered_amount", trade.Amount, trade.From.Currency);
        writer.WriteMoney("amount", trade.Amount, trade.To.Currency);
        writer.WriteMoney("subtotal", trade.Amount, trade.From.Currency);
        writer.WriteMoney("total", trade.Amount, trade.From.Currency);
        writer.WriteEmptyArray("fees");
        writer.WriteStartObject("total_fee");
        writer.WriteString("title", "Fee");
        writer.WriteString("description", "Conversions between USD and USDC are free");
        writer.WriteMoney("amount", 0m, trade.From.Currency);
        writer.WriteString("label", "Fee");
        writer.WriteEndObject();
        WriteSide(writer, "source", trade.From);
        WriteSide(writer, "target", trade.To);
        writer.WriteMoney("exchange_rate", 1m, trade.To.Currency);
        writer.WriteEmptyArray("user_warnings");
        writer.WriteString("source_currency", trade.From.Currency);
        writer.WriteString("target_currency", trade.To.Currency);
        writer.WriteString("source_id", trade.From.Id);
        writer.WriteString("target_id", trade.To.Id);
        writer.WriteEndObject();
    });

    private static void WriteSide(Utf8JsonWriter writer, string name, Account account)
    {
        writer.WriteStartObject(name);
        writer.WriteString("type", "LEDGER_ACCOUNT");
        writer.WriteString("network", "internal_retail");
        writer.WriteStartObject("ledger_account");
        writer.WriteString("account_id", account.Id);
        writer.WriteString("currency", account.Currency);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private sealed record ConvertTrade(string Id, Account From, Account To, decimal Amount, string Status);
}
