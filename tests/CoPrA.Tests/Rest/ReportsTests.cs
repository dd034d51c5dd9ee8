using static CoPrA.Tests.Rest.RestTestHarness;

namespace CoPrA.Tests.Rest;

/// <summary>Reports: a signed POST to create one and a signed GET for its status.</summary>
public class ReportsTests
{
    private const string ReportId = "0428b97b-bec1-429e-a94c-59232926778d";

    private static readonly DateTimeOffset Start = new(2014, 11, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset End = new DateTimeOffset(2014, 11, 30, 23, 59, 59, TimeSpan.Zero).AddMilliseconds(999);

    // CoPrA's create_report example, with JSON null where the docs print "undefined".
    private const string PendingReportJson = """
        {"id": "0428b97b-bec1-429e-a94c-59232926778d", "type": "fills", "status": "pending", "created_at": "2015-01-06T10:34:47.000Z",
         "completed_at": null, "expires_at": "2015-01-13T10:35:47.000Z", "file_url": null,
         "params": {"start_date": "2014-11-01T00:00:00.000Z", "end_date": "2014-11-30T23:59:59.000Z"}}
        """;

    [Fact]
    public async Task CreateReportAsync_posts_a_fills_report_in_CoPrAs_key_order()
    {
        using var harness = Authenticated();
        harness.Reply(HttpMethod.Post, "/reports", PendingReportJson);

        var report = await harness.Client.CreateReportAsync(ReportType.Fills, Start, End, productId: "BTC-USD");

        AssertSigned(harness.AssertSent(HttpMethod.Post, "/reports",
            """{"type":"fills","start_date":"2014-11-01T00:00:00Z","end_date":"2014-11-30T23:59:59.999Z","format":"pdf","product_id":"BTC-USD"}"""));
        Assert.Equal(ReportId, report.Id);
        Assert.Equal(ReportType.Fills, report.Type);
        Assert.Equal(ReportStatus.Pending, report.Status);
        Assert.Equal(new DateTimeOffset(2015, 1, 6, 10, 34, 47, TimeSpan.Zero), report.CreatedAt);
        Assert.Null(report.CompletedAt);
        Assert.Null(report.FileUrl);
        Assert.Equal("2014-11-01T00:00:00.000Z", report.ExtensionData!["params"].GetProperty("start_date").GetString());
    }

    [Fact]
    public async Task CreateReportAsync_posts_an_account_report_as_csv_with_email()
    {
        using var harness = Authenticated();
        harness.Reply(HttpMethod.Post, "/reports", PendingReportJson);
        var start = new DateTimeOffset(2019, 6, 25, 23, 13, 48, TimeSpan.FromHours(1));

        await harness.Client.CreateReportAsync(ReportType.Account, start, start.AddDays(30), accountId: "7fd0abc0-e5ad-4cbb-8d54-f2b3f43364da",
            reportFormat: ReportFormat.Csv, email: "user1@example.com");

        AssertSigned(harness.AssertSent(HttpMethod.Post, "/reports",
            """{"type":"account","start_date":"2019-06-25T22:13:48Z","end_date":"2019-07-25T22:13:48Z","format":"csv","account_id":"7fd0abc0-e5ad-4cbb-8d54-f2b3f43364da","email":"user1@example.com"}"""));
    }

    [Fact]
    public async Task CreateReportAsync_sends_an_extra_id_that_does_not_match_the_type_as_CoPrA_does()
    {
        using var harness = Authenticated();
        harness.Reply(HttpMethod.Post, "/reports", PendingReportJson);

        await harness.Client.CreateReportAsync(ReportType.Account, Start, Start, productId: "BTC-USD", accountId: "acc");

        harness.AssertSent(HttpMethod.Post, "/reports",
            """{"type":"account","start_date":"2014-11-01T00:00:00Z","end_date":"2014-11-01T00:00:00Z","format":"pdf","product_id":"BTC-USD","account_id":"acc"}""");
    }

    [Fact]
    public async Task CreateReportAsync_sends_non_ASCII_text_as_JSON_escapes_and_signs_what_it_sends()
    {
        using var harness = Authenticated();
        harness.Reply(HttpMethod.Post, "/reports", PendingReportJson);

        await harness.Client.CreateReportAsync(ReportType.Fills, Start, Start, "BTC-USD", email: "José.Müller@example.com");

        var sent = harness.AssertSent(HttpMethod.Post, "/reports",
            """{"type":"fills","start_date":"2014-11-01T00:00:00Z","end_date":"2014-11-01T00:00:00Z","format":"pdf","product_id":"BTC-USD","email":"Jos\u00E9.M\u00FCller@example.com"}""");
        AssertSigned(sent);
    }

    [Fact]
    public async Task ReportStatusAsync_gets_a_ready_report_signed()
    {
        using var harness = Authenticated();
        harness.Reply(HttpMethod.Get, "/reports/" + ReportId, """
            {"id": "0428b97b-bec1-429e-a94c-59232926778d", "type": "fills", "status": "ready", "created_at": "2015-01-06T10:34:47.000Z",
             "completed_at": "2015-01-06T10:35:47.000Z", "expires_at": "2015-01-13T10:35:47.000Z",
             "file_url": "https://example.com/0428b97b.../fills.pdf", "user_id": "5cf6e115aaf44503db300f1e", "file_count": "1",
             "params": {"start_date": "2014-11-01T00:00:00.000Z", "end_date": "2014-11-30T23:59:59.000Z"}}
            """);

        var report = await harness.Client.ReportStatusAsync(ReportId);

        AssertSigned(harness.AssertSent(HttpMethod.Get, $"/reports/{ReportId}?{NoCache}"));
        Assert.Equal(ReportStatus.Ready, report.Status);
        Assert.Equal(new DateTimeOffset(2015, 1, 6, 10, 35, 47, TimeSpan.Zero), report.CompletedAt);
        Assert.Equal(new DateTimeOffset(2015, 1, 13, 10, 35, 47, TimeSpan.Zero), report.ExpiresAt);
        Assert.Equal("https://example.com/0428b97b.../fills.pdf", report.FileUrl);
        Assert.Equal("5cf6e115aaf44503db300f1e", report.UserId);
        Assert.Equal(1, report.FileCount);
    }

    [Fact]
    public async Task ReportStatusAsync_reads_unknown_type_and_status_as_Unknown()
    {
        using var harness = Authenticated();
        harness.Reply(HttpMethod.Get, "/reports/" + ReportId, """{"id": "0428b97b-bec1-429e-a94c-59232926778d", "type": "margin-statement", "status": "archived"}""");

        var report = await harness.Client.ReportStatusAsync(ReportId);

        Assert.Equal(ReportType.Unknown, report.Type);
        Assert.Equal(ReportStatus.Unknown, report.Status);
    }

    // ---- validation, in CoPrA's order ----

    [Fact]
    public async Task CreateReportAsync_rejects_a_type_it_does_not_know()
    {
        using var harness = Authenticated();
        await harness.AssertRejectedAsync<ArgumentOutOfRangeException>(c => c.CreateReportAsync(ReportType.Unknown, Start, End, "BTC-USD", "acc"), "reportType", "Invalid report_type: Unknown.");
    }

    [Fact]
    public async Task CreateReportAsync_fills_needs_a_product()
    {
        using var harness = Authenticated();
        await harness.AssertRejectedAsync<ArgumentException>(c => c.CreateReportAsync(ReportType.Fills, Start, End, accountId: "acc"), "productId", "product_id must be defined for report_type fills.");
    }

    [Fact]
    public async Task CreateReportAsync_account_needs_an_account()
    {
        using var harness = Authenticated();
        await harness.AssertRejectedAsync<ArgumentException>(c => c.CreateReportAsync(ReportType.Account, Start, End, productId: "BTC-USD"), "accountId", "account_id must be defined for report_type account.");
    }

    [Fact]
    public async Task CreateReportAsync_rejects_a_format_other_than_csv_or_pdf()
    {
        using var harness = Authenticated();
        await harness.AssertRejectedAsync<ArgumentOutOfRangeException>(c => c.CreateReportAsync(ReportType.Fills, Start, End, "BTC-USD", reportFormat: ReportFormat.Unknown), "reportFormat", "Invalid format Unknown. Must be either 'csv' or 'pdf'.");
    }

    [Fact]
    public async Task CreateReportAsync_rejects_a_start_after_the_end()
    {
        using var harness = Authenticated();
        await harness.AssertRejectedAsync<ArgumentException>(c => c.CreateReportAsync(ReportType.Fills, End, Start, "BTC-USD"), "startDate", "startDate must not be later than endDate.");
    }

    [Fact]
    public async Task CreateReportAsync_checks_the_type_before_the_format()
    {
        using var harness = Authenticated();
        await harness.AssertRejectedAsync<ArgumentOutOfRangeException>(c => c.CreateReportAsync(ReportType.Unknown, Start, End, reportFormat: ReportFormat.Unknown), "reportType", "Invalid report_type: Unknown.");
    }

    [Fact]
    public async Task CreateReportAsync_checks_the_product_before_the_format()
    {
        using var harness = Authenticated();
        await harness.AssertRejectedAsync<ArgumentException>(c => c.CreateReportAsync(ReportType.Fills, Start, End, reportFormat: ReportFormat.Unknown), "productId", "product_id must be defined for report_type fills.");
    }

    [Fact]
    public async Task CreateReportAsync_checks_the_account_before_the_format()
    {
        using var harness = Authenticated();
        await harness.AssertRejectedAsync<ArgumentException>(c => c.CreateReportAsync(ReportType.Account, Start, End, accountId: "", reportFormat: ReportFormat.Unknown), "accountId", "account_id must be defined for report_type account.");
    }

    [Fact]
    public async Task CreateReportAsync_validation_error_wins_over_missing_credentials()
    {
        using var harness = Anonymous();
        await harness.AssertRejectedAsync<ArgumentException>(c => c.CreateReportAsync(ReportType.Fills, Start, End), "productId", "product_id must be defined for report_type fills.");
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public async Task ReportStatusAsync_rejects_an_empty_id(string reportId)
    {
        using var harness = Authenticated();
        await harness.AssertRejectedAsync<ArgumentException>(c => c.ReportStatusAsync(reportId), "reportId");
    }
}
