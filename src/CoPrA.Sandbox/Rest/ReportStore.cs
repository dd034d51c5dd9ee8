using System.Collections.Concurrent;

namespace CoPrA.Sandbox.Rest;

/// <summary>Reports requested through <c>POST /reports</c>: ready as soon as they are asked for.</summary>
internal sealed class ReportStore
{
    private readonly ConcurrentDictionary<string, StoredReport> _reports = new(StringComparer.OrdinalIgnoreCase);

    public void Add(StoredReport report) => _reports[report.Id] = report;

    public StoredReport? Find(string id) => _reports.GetValueOrDefault(id);
}

/// <summary>One requested report and what its file covers.</summary>
internal sealed record StoredReport(
    string Id,
    string OwnerId,
    string Type,
    string Format,
    DateTimeOffset CreatedAt,
    DateTimeOffset StartDate,
    DateTimeOffset EndDate,
    string? ProductId,
    string? AccountId);
