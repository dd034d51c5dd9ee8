using CoPrA.Sandbox.Engine;
using CoPrA.Sandbox.Rest.Wire;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace CoPrA.Sandbox.Rest;

/// <summary>Private: one-for-one conversions between USD and USDC.</summary>
internal static class ConversionEndpoints
{
    public static void Map(IEndpointRouteBuilder app, SandboxServices services)
    {
        app.MapPost("/conversions", context =>
        {
            using var document = OrderRequestReader.ParseObject(RequestInfo.Body(context));
            var root = document.RootElement;
            string from = (OrderRequestReader.String(root, "from") ?? throw SandboxApiException.BadRequest("from is required")).ToUpperInvariant();
            string to = (OrderRequestReader.String(root, "to") ?? throw SandboxApiException.BadRequest("to is required")).ToUpperInvariant();
            decimal amount = OrderRequestReader.Amount(root, "amount") ?? throw SandboxApiException.BadRequest("amount is required");
            if ((from, to) is not (("USD", "USDC") or ("USDC", "USD")))
            {
                throw SandboxApiException.BadRequest($"Cannot convert {from} to {to}: only USD and USDC convert");
            }

            if (amount <= 0)
            {
                throw SandboxApiException.BadRequest("amount must be positive");
            }

            var user = RequestInfo.User(context);
            string id = Guid.NewGuid().ToString();
            if (!services.Accounts.TryConvert(user, from, to, amount, id, out string fromAccountId, out string toAccountId))
            {
                throw SandboxApiException.BadRequest("Insufficient funds");
            }

            var conversion = new Conversion
            {
                Id = id,
                Amount = amount,
                FromAccountId = fromAccountId,
                ToAccountId = toAccountId,
                From = from,
                To = to,
                FeeAmount = 0m,
                CreatedAt = services.Clock.UtcNow,
            };
            services.Conversions.Add(user.Id, conversion);
            return Respond.Json(context, conversion, FundingWire.Conversion);
        }).RequireSignature();
        app.MapGet("/conversions/{conversion_id}", context =>
            Respond.Json(
                context,
                services.Conversions.Find(RequestInfo.User(context).Id, RequestInfo.Route(context, "conversion_id")) ?? throw SandboxApiException.NotFound(),
                FundingWire.Conversion)).RequireSignature();
    }
}
