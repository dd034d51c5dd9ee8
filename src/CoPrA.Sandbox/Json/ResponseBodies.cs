namespace CoPrA.Sandbox.Json;

/// <summary>The body of every REST error: <c>{"message": "..."}</c>.</summary>
/// <param name="Message">The reason, in the exchange's words.</param>
internal sealed record ErrorBody(string Message);

/// <summary>The answer to <c>POST /reports</c>: the report is queued.</summary>
/// <param name="Id">Report id.</param>
/// <param name="Type">Report type as sent.</param>
/// <param name="Status">Always <c>pending</c>.</param>
internal sealed record ReportAccepted(string Id, string Type, string Status);
