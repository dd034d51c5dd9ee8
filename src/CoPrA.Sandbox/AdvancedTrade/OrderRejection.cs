namespace CoPrA.Sandbox.AdvancedTrade;

/// <summary>
/// An order the Advanced Trade API refuses: answered with HTTP 200 and <c>success: false</c>
/// (create) or listed in <c>errs</c> (preview), never as an HTTP error.
/// </summary>
/// <param name="Error">The new-order failure code, for example <c>INSUFFICIENT_FUND</c>.</param>
/// <param name="PreviewReason">The preview failure code, for example <c>PREVIEW_INSUFFICIENT_FUND</c>.</param>
/// <param name="Message">What was wrong, in words.</param>
internal sealed record OrderRejection(string Error, string PreviewReason, string Message)
{
    public static OrderRejection Unsupported(string message) => new("UNSUPPORTED_ORDER_CONFIGURATION", "PREVIEW_INVALID_ORDER_CONFIG", message);

    public static OrderRejection InsufficientFund() => new("INSUFFICIENT_FUND", "PREVIEW_INSUFFICIENT_FUND", "Insufficient balance in source account");

    public static OrderRejection PostOnly() => new("INVALID_LIMIT_PRICE_POST_ONLY", "PREVIEW_INVALID_LIMIT_PRICE_POST_ONLY", "The post-only order would have taken liquidity");
}

/// <summary>Thrown while reading an order body; carries the <see cref="OrderRejection"/>.</summary>
internal sealed class OrderRejectedException : Exception
{
    public OrderRejectedException(OrderRejection rejection)
        : base(rejection.Message) => Rejection = rejection;

    public OrderRejectedException()
        : this(new OrderRejection("UNKNOWN_FAILURE_REASON", "UNKNOWN_PREVIEW_FAILURE_REASON", "rejected"))
    {
    }

    public OrderRejectedException(string message)
        : this(new OrderRejection("INVALID_REQUEST", "UNKNOWN_PREVIEW_FAILURE_REASON", message))
    {
    }

    public OrderRejectedException(string message, Exception innerException)
        : base(message, innerException) => Rejection = new OrderRejection("INVALID_REQUEST", "UNKNOWN_PREVIEW_FAILURE_REASON", message);

    public OrderRejection Rejection { get; }
}
