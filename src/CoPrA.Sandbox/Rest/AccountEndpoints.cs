using CoPrA.Sandbox.Json;
using CoPrA.Sandbox.Rest.Wire;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CoPrA.Sandbox.Rest;

/// <summary>Private: the key's accounts, their holds and their ledgers.</summary>
internal static class AccountEndpoints
{
    private static readonly TimeSpan DefaultLedgerWindow = TimeSpan.FromDays(1);

    public static void Map(IEndpointRouteBuilder app, SandboxServices services)
    {
        app.MapGet("/accounts", context =>
            Respond.List(context, services.Accounts.List(RequestInfo.User(context)), AccountWire.Account)).RequireSignature();
        app.MapGet("/accounts/{account_id}", context =>
            Respond.Json(
                context,
                services.Accounts.Find(RequestInfo.User(context), AccountId(context)) ?? throw SandboxApiException.NotFound(),
                AccountWire.Account)).RequireSignature();
        app.MapGet("/accounts/{account_id}/holds", context =>
        {
            var paging = Paging.Read(context);
            var holds = services.Accounts.Holds(RequestInfo.User(context), AccountId(context)) ?? throw SandboxApiException.NotFound();
            return Respond.Page(context, paging.Slice(holds, hold => hold.CreatedAt ?? default), AccountWire.Hold);
        }).RequireSignature();
        app.MapGet("/accounts/{account_id}/ledger", context => Ledger(services, context)).RequireSignature();
    }

    private static Task Ledger(SandboxServices services, HttpContext context)
    {
        var paging = Paging.Read(context);
        var entries = services.Accounts.Ledger(RequestInfo.User(context), AccountId(context)) ?? throw SandboxApiException.NotFound();

        // As on Coinbase since 2024: with neither date given, only the last day is listed.
        var startText = RequestInfo.Query(context, "start_date");
        var endText = RequestInfo.Query(context, "end_date");
        DateTimeOffset start = startText is null
            ? endText is null ? services.Clock.UtcNow - DefaultLedgerWindow : DateTimeOffset.MinValue
            : Date(startText, "start_date");
        DateTimeOffset end = endText is null ? DateTimeOffset.MaxValue : Date(endText, "end_date");
        var window = entries.Where(entry => entry.CreatedAt >= start && entry.CreatedAt <= end).ToList();
        var page = paging.Slice(window, entry => entry.Id);
        return Respond.Page(context, page, AccountWire.LedgerEntry);
    }

    private static DateTimeOffset Date(string text, string name) =>
        UtcTimestampConverter.TryParse(text, out var value) ? value : throw SandboxApiException.BadRequest($"Invalid {name}");

    /// <summary>The route's account id; 400 when it is not a UUID.</summary>
    private static string AccountId(HttpContext context)
    {
        string id = RequestInfo.Route(context, "account_id");
        return Guid.TryParse(id, out _) ? id : throw SandboxApiException.BadRequest("Invalid account_id");
    }
}
