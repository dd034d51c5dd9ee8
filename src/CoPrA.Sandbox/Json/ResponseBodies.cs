namespace CoPrA.Sandbox.Json;

/// <summary>The body of every REST error: <c>{"message": "..."}</c>.</summary>
/// <param name="Message">The reason, in the exchange's words.</param>
internal sealed record ErrorBody(string Message);

/// <summary>The body of every Advanced Trade error: <c>{"error", "error_details", "message"}</c>.</summary>
/// <param name="Error">The code, for example <c>INVALID_ARGUMENT</c> or <c>UNAUTHENTICATED</c>.</param>
/// <param name="ErrorDetails">What was wrong.</param>
/// <param name="Message">The same text (Coinbase fills both).</param>
internal sealed record AdvancedTradeErrorBody(string Error, string ErrorDetails, string Message);

/// <summary>The answer to <c>POST /reports</c>: the report is queued.</summary>
/// <param name="Id">Report id.</param>
/// <param name="Type">Report type as sent.</param>
/// <param name="Status">Always <c>pending</c>.</param>
internal sealed record ReportAccepted(string Id, string Type, string Status);
