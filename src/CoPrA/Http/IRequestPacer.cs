namespace CoPrA.Http;

/// <summary>Client-side rate limiting: picks the bucket a request counts against and waits for a token.</summary>
internal interface IRequestPacer
{
    /// <summary>Waits for the request's turn.</summary>
    /// <param name="path">The path sent, without the query.</param>
    /// <param name="signed">Whether the request is authenticated.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>How long it waited.</returns>
    ValueTask<TimeSpan> WaitTurnAsync(string path, bool signed, CancellationToken cancellationToken);
}
