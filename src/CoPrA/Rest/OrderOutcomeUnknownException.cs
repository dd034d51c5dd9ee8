namespace CoPrA.Rest;

/// <summary>
/// An order was sent but whether the exchange placed it is not known: its answer was lost and the
/// lookups by client_oid failed too, or every attempt allowed by
/// <see cref="SafePlacementOptions.MaxAttempts"/> was lost. The order may exist: look it up with
/// <c>GetOrderAsync("client:" + ClientOrderId)</c> before placing it again.
/// </summary>
public sealed class OrderOutcomeUnknownException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="clientOrderId">The client_oid the order was sent with.</param>
    /// <param name="attempts">How many times the order was sent.</param>
    /// <param name="message">What was lost and why the outcome is unknown.</param>
    /// <param name="innerException">The last failure.</param>
    public OrderOutcomeUnknownException(string clientOrderId, int attempts, string message, Exception? innerException)
        : base(message, innerException)
    {
        ArgumentException.ThrowIfNullOrEmpty(clientOrderId);
        ClientOrderId = clientOrderId;
        Attempts = attempts;
    }

    /// <summary>The client_oid the order was sent with: <c>GetOrderAsync("client:" + ClientOrderId)</c> finds it if it exists.</summary>
    public string ClientOrderId { get; }

    /// <summary>How many times the order was sent.</summary>
    public int Attempts { get; }
}

/// <summary>
/// The caller cancelled an order placement after the order may have been sent: the exchange may
/// or may not have placed it. Carries the client_oid to look it up with
/// (<c>GetOrderAsync("client:" + ClientOrderId)</c>). Catching <see cref="OperationCanceledException"/> catches it too.
/// </summary>
public sealed class OrderPlacementCanceledException : OperationCanceledException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="clientOrderId">The client_oid the order was sent with.</param>
    /// <param name="innerException">The cancellation as it arrived.</param>
    /// <param name="cancellationToken">The caller's token that was cancelled.</param>
    public OrderPlacementCanceledException(string clientOrderId, Exception? innerException, CancellationToken cancellationToken)
        : base($"The order placement was cancelled after the order may have been sent; look it up by client_oid {clientOrderId}.", innerException, cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(clientOrderId);
        ClientOrderId = clientOrderId;
    }

    /// <summary>The client_oid the order was sent with.</summary>
    public string ClientOrderId { get; }
}
