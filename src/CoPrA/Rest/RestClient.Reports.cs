namespace CoPrA.Rest;

// Reports: batches of fills or account history generated as PDF or CSV. Private.
public partial class RestClient
{
    /// <summary>Requests a fills or account report for a date range.</summary>
    /// <param name="reportType">Fills (needs <paramref name="productId"/>) or account (needs <paramref name="accountId"/>).</param>
    /// <param name="startDate">Start of the range.</param>
    /// <param name="endDate">End of the range.</param>
    /// <param name="productId">Product of a fills report.</param>
    /// <param name="accountId">Account of an account report.</param>
    /// <param name="reportFormat">PDF (default) or CSV.</param>
    /// <param name="email">Where to send the report when it is ready.</param>
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
        CancellationToken cancellationToken = default)
    {
        if (reportType is not (ReportType.Fills or ReportType.Account))
        {
            throw new ArgumentOutOfRangeException(nameof(reportType), reportType, $"Invalid report_type: {reportType}. Must be 'fills' or 'account'.");
        }

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

        using var body = new JsonBody()
            .Add("type", reportType)
            .Add("start_date", startDate)
            .Add("end_date", endDate)
            .Add("format", reportFormat)
            .AddIfPresent("product_id", productId)
            .AddIfPresent("account_id", accountId)
            .AddIfPresent("email", email);
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
