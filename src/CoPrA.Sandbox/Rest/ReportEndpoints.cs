using System.Globalization;
using System.Text;
using System.Text.Json;
using CoPrA.Sandbox.Engine;
using CoPrA.Sandbox.Json;
using CoPrA.Sandbox.Rest.Wire;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CoPrA.Sandbox.Rest;

/// <summary>
/// Private: fills and account reports. A report is <c>pending</c> when requested and
/// <c>ready</c> when next asked about; its file (CSV, whatever format was asked for) is served
/// from an unsigned URL, as the exchange serves report files from storage links.
/// </summary>
internal static class ReportEndpoints
{
    private static readonly TimeSpan FileLifetime = TimeSpan.FromDays(7);

    public static void Map(IEndpointRouteBuilder app, SandboxServices services)
    {
        app.MapPost("/reports", context => Create(services, context)).RequireSignature();
        app.MapGet("/reports/{report_id}", context =>
        {
            var user = RequestInfo.User(context);
            var report = services.Reports.Find(RequestInfo.Route(context, "report_id")) is { } found && found.OwnerId == user.Id
                ? found
                : throw SandboxApiException.NotFound();
            return Respond.Json(context, report, (writer, stored) => WriteReport(writer, stored, context));
        }).RequireSignature();
        app.MapGet("/report-files/{file_name}", context => File(services, context));
    }

    private static Task Create(SandboxServices services, HttpContext context)
    {
        var user = RequestInfo.User(context);
        using var document = OrderRequestReader.ParseObject(RequestInfo.Body(context));
        var root = document.RootElement;
        string type = OrderRequestReader.String(root, "type") ?? throw SandboxApiException.BadRequest("type is required");
        if (type is not ("fills" or "account"))
        {
            throw SandboxApiException.BadRequest($"Report type {type} is not simulated by the sandbox: use fills or account");
        }

        // Accept the flat body CoPrA sends and the newer one with a per-type object.
        var fields = root.TryGetProperty(type, out var nested) && nested.ValueKind == JsonValueKind.Object ? nested : root;
        var start = Date(fields, "start_date");
        var end = Date(fields, "end_date");
        string format = OrderRequestReader.String(root, "format") ?? "pdf";
        if (format is not ("pdf" or "csv"))
        {
            throw SandboxApiException.BadRequest($"Invalid format {format}: use pdf or csv");
        }

        string? productId = OrderRequestReader.String(fields, "product_id");
        string? accountId = OrderRequestReader.String(fields, "account_id");
        if (type == "fills")
        {
            productId = (services.Engine.Market(productId ?? throw SandboxApiException.BadRequest("product_id is required for fills reports"))
                ?? throw SandboxApiException.BadRequest("Product not found")).Product.Id;
        }
        else if (services.Accounts.Find(user, accountId ?? throw SandboxApiException.BadRequest("account_id is required for account reports")) is null)
        {
            throw SandboxApiException.NotFound();
        }

        var report = new StoredReport(Guid.NewGuid().ToString(), user.Id, type, format, services.Clock.UtcNow, start, end, productId, accountId);
        services.Reports.Add(report);
        return Respond.Json(context, new ReportAccepted(report.Id, type, "pending"), SandboxJsonContext.Default.ReportAccepted);
    }

    // Reports are made at once: every report the sandbox knows is ready, with one file.
    private static void WriteReport(Utf8JsonWriter writer, StoredReport report, HttpContext context)
    {
        writer.WriteStartObject();
        writer.WriteInstant("created_at", report.CreatedAt);
        writer.WriteInstant("completed_at", report.CreatedAt);
        writer.WriteInstant("expires_at", report.CreatedAt + FileLifetime);
        writer.WriteString("id", report.Id);
        writer.WriteString("type", report.Type);
        writer.WriteString("status", "ready");
        writer.WriteString("user_id", report.OwnerId);
        writer.WriteString("file_url", $"{context.Request.Scheme}://{context.Request.Host}/report-files/{report.Id}.{report.Format}");
        writer.WriteNumber("file_count", 1);
        writer.WriteEndObject();
    }

    private static async Task File(SandboxServices services, HttpContext context)
    {
        string name = RequestInfo.Route(context, "file_name");
        var report = services.Reports.Find(Path.GetFileNameWithoutExtension(name)) ?? throw SandboxApiException.NotFound();
        var user = services.ApiUser.Id == report.OwnerId ? services.ApiUser : throw SandboxApiException.NotFound();
        var csv = new StringBuilder();
        if (report.Type == "fills")
        {
            csv.AppendLine("portfolio,trade id,product,side,created at,size,size unit,price,fee,total,price/fee/total unit");
            var market = services.Engine.Market(report.ProductId)!;
            foreach (var fill in services.Engine.Fills(user, market, null).Where(fill => fill.CreatedAt >= report.StartDate && fill.CreatedAt <= report.EndDate).Reverse())
            {
                decimal total = fill.Side == Side.Buy ? -(fill.Price * fill.Size) - fill.Fee : (fill.Price * fill.Size) - fill.Fee;
                csv.AppendLine(CultureInfo.InvariantCulture, $"default,{fill.TradeId},{fill.ProductId},{WireNames.Of(fill.Side).ToUpperInvariant()},{UtcTimestampConverter.Format(fill.CreatedAt)},{fill.Size},{market.Product.BaseCurrency},{fill.Price},{fill.Fee},{total},{market.Product.QuoteCurrency}");
            }
        }
        else
        {
            var account = services.Accounts.Find(user, report.AccountId!)!;
            csv.AppendLine("portfolio,type,time,amount,balance,amount/balance unit,transfer id,trade id,order id");
            foreach (var entry in (services.Accounts.Ledger(user, account.Id) ?? []).Where(entry => entry.CreatedAt >= report.StartDate && entry.CreatedAt <= report.EndDate).Reverse())
            {
                csv.AppendLine(CultureInfo.InvariantCulture, $"default,{entry.Type},{UtcTimestampConverter.Format(entry.CreatedAt)},{entry.Amount},{entry.Balance},{account.Currency},{entry.Detail("transfer_id")},{entry.Detail("trade_id")},{entry.Detail("order_id")}");
            }
        }

        context.Response.ContentType = "text/csv; charset=utf-8";
        await context.Response.WriteAsync(csv.ToString(), context.RequestAborted).ConfigureAwait(false);
    }

    private static DateTimeOffset Date(JsonElement fields, string name) =>
        UtcTimestampConverter.TryParse(OrderRequestReader.String(fields, name) ?? throw SandboxApiException.BadRequest($"{name} is required"), out var value)
            ? value
            : throw SandboxApiException.BadRequest($"Invalid {name}");
}
