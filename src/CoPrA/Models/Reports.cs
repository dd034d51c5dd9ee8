namespace CoPrA;

/// <summary>A report request and its progress (<c>POST /reports</c>, <c>GET /reports/{report_id}</c>).</summary>
public sealed record Report : ApiObject
{
    /// <summary>Report id.</summary>
    public string Id { get; init => field = value ?? ""; } = "";
    /// <summary>Kind of report.</summary>
    public ReportType Type { get; init; }
    /// <summary>Progress.</summary>
    public ReportStatus Status { get; init; }
    /// <summary>When it was requested.</summary>
    public DateTimeOffset? CreatedAt { get; init; }
    /// <summary>When it was finished.</summary>
    public DateTimeOffset? CompletedAt { get; init; }
    /// <summary>When its file expires.</summary>
    public DateTimeOffset? ExpiresAt { get; init; }
    /// <summary>Where to download it once ready.</summary>
    public string? FileUrl { get; init; }
    /// <summary>The user who requested it.</summary>
    public string? UserId { get; init; }
    /// <summary>Number of files.</summary>
    public int? FileCount { get; init; }
}
