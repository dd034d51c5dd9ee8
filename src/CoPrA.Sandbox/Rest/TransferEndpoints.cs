using System.Text.Json;
using CoPrA.Sandbox.Engine;
using CoPrA.Sandbox.Rest.Wire;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CoPrA.Sandbox.Rest;

/// <summary>
/// Private: payment methods, Coinbase wallets, and deposits and withdrawals that move money
/// between them (or a crypto address) and the exchange accounts. Transfers complete at once.
/// </summary>
internal static class TransferEndpoints
{
    public static void Map(IEndpointRouteBuilder app, SandboxServices services)
    {
        app.MapGet("/payment-methods", context =>
            Respond.List(context, [services.Funding.BankAccount], FundingWire.PaymentMethod)).RequireSignature();
        app.MapGet("/coinbase-accounts", context =>
            Respond.List(context, services.Funding.Wallets(), FundingWire.CoinbaseAccount)).RequireSignature();

        app.MapPost("/deposits/payment-method", context =>
            Move(services, context, "payment_method_id", "deposit", (request, target) => CheckBank(services, request, target))).RequireSignature();
        app.MapPost("/withdrawals/payment-method", context =>
            Move(services, context, "payment_method_id", "withdraw", (request, target) => CheckBank(services, request, target))).RequireSignature();
        app.MapPost("/deposits/coinbase-account", context =>
            Move(services, context, "coinbase_account_id", "deposit", (request, wallet) => MoveWallet(services, request, wallet, -request.Amount))).RequireSignature();
        app.MapPost("/withdrawals/coinbase-account", context =>
            Move(services, context, "coinbase_account_id", "withdraw", (request, wallet) => MoveWallet(services, request, wallet, request.Amount))).RequireSignature();
        app.MapPost("/withdrawals/crypto", context =>
            Move(services, context, "crypto_address", "withdraw", (request, _) =>
            {
                if (services.Catalog.FindCurrency(request.Currency)?.Details?.Type != "crypto")
                {
                    throw SandboxApiException.BadRequest($"{request.Currency} cannot be withdrawn to a crypto address");
                }
            })).RequireSignature();
    }

    /// <summary>
    /// Reads <c>{amount, currency, &lt;target&gt;}</c>, lets <paramref name="checkTarget"/> refuse or
    /// move the outside money, then credits (deposit) or debits (withdraw) the exchange account.
    /// </summary>
    private static Task Move(SandboxServices services, HttpContext context, string targetKey, string kind, Action<TransferRequest, string> checkTarget)
    {
        var request = TransferRequest.Read(RequestInfo.Body(context), targetKey, services);
        var user = RequestInfo.User(context);
        bool deposit = kind == "deposit";
        if (!deposit && services.Accounts.Available(user, request.Currency) < request.Amount)
        {
            throw SandboxApiException.BadRequest("Insufficient funds");
        }

        checkTarget(request, request.Target);
        string transferId = Guid.NewGuid().ToString();
        if (!services.Accounts.TryTransfer(user, request.Currency, deposit ? request.Amount : -request.Amount, transferId, kind))
        {
            throw SandboxApiException.BadRequest("Insufficient funds");
        }

        var receipt = new TransferReceipt
        {
            Id = transferId,
            Amount = request.Amount,
            Currency = request.Currency,
            PayoutAt = services.Clock.UtcNow,
            Fee = 0m,
            Subtotal = request.Amount,
        };
        return Respond.Json(context, receipt, FundingWire.TransferReceipt);
    }

    private static void CheckBank(SandboxServices services, TransferRequest request, string paymentMethodId)
    {
        var bank = services.Funding.BankAccount;
        if (!string.Equals(paymentMethodId, bank.Id, StringComparison.OrdinalIgnoreCase))
        {
            throw SandboxApiException.NotFound();
        }

        if (!string.Equals(request.Currency, bank.Currency, StringComparison.OrdinalIgnoreCase))
        {
            throw SandboxApiException.BadRequest($"The payment method moves {bank.Currency} only");
        }
    }

    private static void MoveWallet(SandboxServices services, TransferRequest request, string walletId, decimal delta)
    {
        string currency = services.Funding.WalletCurrency(walletId) ?? throw SandboxApiException.NotFound();
        if (!string.Equals(currency, request.Currency, StringComparison.OrdinalIgnoreCase))
        {
            throw SandboxApiException.BadRequest($"The Coinbase account holds {currency}, not {request.Currency}");
        }

        if (!services.Funding.TryMoveWallet(walletId, delta))
        {
            throw SandboxApiException.BadRequest("Insufficient funds");
        }
    }

    /// <summary>A deposit or withdrawal body.</summary>
    private sealed record TransferRequest(decimal Amount, string Currency, string Target)
    {
        public static TransferRequest Read(string body, string targetKey, SandboxServices services)
        {
            using var document = OrderRequestReader.ParseObject(body);
            var root = document.RootElement;
            decimal amount = OrderRequestReader.Amount(root, "amount") ?? throw SandboxApiException.BadRequest("amount is required");
            if (amount <= 0)
            {
                throw SandboxApiException.BadRequest("amount must be positive");
            }

            var currency = services.Catalog.FindCurrency(OrderRequestReader.String(root, "currency") ?? throw SandboxApiException.BadRequest("currency is required"))
                ?? throw SandboxApiException.BadRequest("Currency not found");
            string target = OrderRequestReader.String(root, targetKey) ?? throw SandboxApiException.BadRequest($"{targetKey} is required");
            return new TransferRequest(amount, currency.Id, target);
        }
    }
}
