namespace CoPrA.Rest;

/// <summary>
/// <see cref="RestClient.CancelAllAsync"/> with <c>stop: true</c> could not leave every order
/// cancelled: an order was still listed as active, open or pending afterwards, or a request failed
/// for good (after the client's retries). Says which orders were cancelled, which are still live
/// and why each request failed. The message gives counts only.
/// </summary>
public sealed class CancelAllIncompleteException : Exception
{
    /// <summary>Creates the exception; the first failure, if any, becomes the inner exception.</summary>
    /// <param name="cancelledIds">The ids the exchange confirmed cancelled.</param>
    /// <param name="stillLiveIds">The ids still listed afterwards (or, when that listing failed, those whose cancel failed).</param>
    /// <param name="failures">Every request that failed for good.</param>
    public CancelAllIncompleteException(IReadOnlyList<string> cancelledIds, IReadOnlyList<string> stillLiveIds, IReadOnlyList<CancelFailure> failures)
        : base(Describe(cancelledIds, stillLiveIds, failures), failures.Count > 0 ? failures[0].Error : null)
    {
        CancelledIds = cancelledIds;
        StillLiveIds = stillLiveIds;
        Failures = failures;
    }

    /// <summary>The ids of the orders cancelled, by the bulk cancel or one by one.</summary>
    public IReadOnlyList<string> CancelledIds { get; }

    /// <summary>The ids of the orders still live: listed as active, open or pending after the cancels.</summary>
    public IReadOnlyList<string> StillLiveIds { get; }

    /// <summary>Every request that failed for good, with its reason.</summary>
    public IReadOnlyList<CancelFailure> Failures { get; }

    private static string Describe(IReadOnlyList<string> cancelledIds, IReadOnlyList<string> stillLiveIds, IReadOnlyList<CancelFailure> failures)
    {
        ArgumentNullException.ThrowIfNull(cancelledIds);
        ArgumentNullException.ThrowIfNull(stillLiveIds);
        ArgumentNullException.ThrowIfNull(failures);
        return $"Cancel-all incomplete: {stillLiveIds.Count} order(s) still live, {cancelledIds.Count} cancelled, {failures.Count} request(s) failed.";
    }
}

/// <summary>One request of a cancel-all that failed for good.</summary>
/// <param name="OrderId">The order whose cancel failed; null for the bulk <c>DELETE /orders</c> or a listing of orders.</param>
/// <param name="Reason">The request and what went wrong, for example <c>DELETE /orders/&lt;id&gt;: service unavailable [503]</c>.</param>
/// <param name="Error">The exception the request ended with.</param>
public sealed record CancelFailure(string? OrderId, string Reason, Exception Error);
