namespace CoPrA.Rest;

// Reports: batches of fills or account history generated as PDF or CSV. Private.
public partial class RestClient
{
    /// <summary>
    /// Requests a report. Fills and account reports go out flat, as CoPrA sends them; OTC fills, RFQ
    /// fills and tax invoice reports carry the range and product in an object named after the type,
    /// a balance report carries <paramref name="endDate"/> as the statement's time, and a 1099-K
    /// transaction history only its <paramref name="year"/>.
    /// </summary>
    /// <param name="reportType">Fills (needs <paramref name="productId"/>), account (needs <paramref name="accountId"/>), balance, OTC fills, RFQ fills, tax invoice or 1099-K (needs <paramref name="year"/>).</param>
    /// <param name="startDate">Start of the range (not sent for balance and 1099-K reports).</param>
    /// <param name="endDate">End of the range; the time of the statement for a balance report (not sent for 1099-K).</param>
    /// <param name="productId">Product of a fills report, or the optional product of an OTC fills, RFQ fills or tax invoice report.</param>
    /// <param name="accountId">Account of an account report.</param>
    /// <param name="reportFormat">PDF (default) or CSV.</param>
    /// <param name="email">Where to send the report when it is ready.</param>
    /// <param name="year">Tax year of a 1099-K transaction history, four digits.</param>
    /// <param name="profileId">Profile of the report; it must be the key's.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [CoinbaseEndpoint("POST", "/reports")]
    public virtual Task<Report> CreateReportAsync(
        ReportType reportType,
        DateTimeOffset startDate,
        DateTimeOffset endDate,
        string? productId = null,
        string? accountId = null,
        ReportFormat reportFormat = ReportFormat.Pdf,
        string? email = null,
        string? year = null,
        string? profileId = null,
        CancellationToken cancellationToken = default)
    {
        Check.Defined(reportType, nameof(reportType), $"Invalid report_type: {reportType}.");

        if (reportType == ReportType.Fills && string.IsNullOrEmpty(productId))
        {
            throw new ArgumentException("product_id must be defined for report_type fills.", nameof(productId));
        }

        if (reportType == ReportType.Account && string.IsNullOrEmpty(accountId))
        {
            throw new ArgumentException("account_id must be defined for report_type account.", nameof(accountId));
        }

        Check.Defined(reportFormat, nameof(reportFormat), $"Invalid format {reportFormat}. Must be either 'csv' or 'pdf'.");
        if (startDate > endDate)
        {
            throw new ArgumentException("startDate must not be later than endDate.", nameof(startDate));
        }

        if (reportType == ReportType.Form1099KTransactionHistory && (year is not { Length: 4 } || !year.All(char.IsAsciiDigit)))
        {
            throw new ArgumentException("year must be four digits for report_type 1099k-transaction-history.", nameof(year));
        }

        Check.IdIfPresent(profileId, nameof(profileId));
        bool flat = reportType is ReportType.Fills or ReportType.Account;
        using var body = new JsonBody().Add("type", reportType);
        if (flat)
        {
            body.Add("start_date", startDate).Add("end_date", endDate);
        }

        body.Add("format", reportFormat);
        if (flat)
        {
            body.AddIfPresent("product_id", productId).AddIfPresent("account_id", accountId);
        }

        body.AddIfPresent("email", email).AddIfPresent("year", year).AddIfPresent("profile_id", profileId);
        switch (reportType)
        {
            case ReportType.Balance:
                body.StartObject("balance").Add("datetime", endDate).EndObject();
                break;
            case ReportType.OtcFills or ReportType.RfqFills or ReportType.TaxInvoice:
                body.StartObject(WireEnum<ReportType>.ToWire(reportType).Replace('-', '_'))
                    .Add("start_date", startDate)
                    .Add("end_date", endDate)
                    .AddIfPresent("product_id", productId)
                    .EndObject();
                break;
        }

        return SendAsync(HttpMethod.Post, "/reports", null, body.Build(), true, CoPrAJsonContext.Default.Report, cancellationToken);
    }

    /// <summary>Gets the progress of a report, and its file URL once ready.</summary>
    /// <param name="reportId">Report id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [CoinbaseEndpoint("GET", "/reports/{report_id}")]
    public virtual Task<Report> ReportStatusAsync(string reportId, CancellationToken cancellationToken = default)
    {
        Check.Id(reportId, nameof(reportId));
        return SendAsync(HttpMethod.Get, "/reports/" + UrlEncoding.Encode(reportId), null, null, true, CoPrAJsonContext.Default.Report, cancellationToken);
    }

    /// <summary>Lists the reports of the key's profile.</summary>
    /// <param name="type">Only reports of this kind.</param>
    /// <param name="profileId">Only this profile's reports (it must be the key's).</param>
    /// <param name="after">Only reports requested after this time.</param>
    /// <param name="limit">Largest number of reports, 1 to 1000 (the API's default 100).</param>
    /// <param name="ignoreExpired">Leave out reports whose files have expired.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [CoinbaseEndpoint("GET", "/reports")]
    public virtual async Task<IReadOnlyList<Report>> ReportsAsync(
        ReportType? type = null,
        string? profileId = null,
        DateTimeOffset? after = null,
        int limit = 100,
        bool? ignoreExpired = null,
        CancellationToken cancellationToken = default)
    {
        DefinedIfPresent(type, nameof(type));
        Check.Limit(limit);
        var query = new QueryBuilder()
            .AddIfPresent("profile_id", profileId)
            .AddIfPresent("after", after)
            .Add("limit", limit)
            .AddIfPresent("type", WireOrNull(type))
            .AddIfPresent("ignore_expired", ignoreExpired);
        return await SendAsync(HttpMethod.Get, "/reports", query, null, true, CoPrAJsonContext.Default.ListReport, cancellationToken).ConfigureAwait(false);
    }
}
