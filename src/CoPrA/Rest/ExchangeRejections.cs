using System.Net;
using CoPrA.Orders;

namespace CoPrA.Rest;

/// <summary>
/// The one mapping from Coinbase Exchange's error answers (status code and <c>message</c>) and
/// rejected orders (<c>reject_reason</c>) to a <see cref="RejectionReason"/>. The messages are the
/// exchange's observed ones, which the sandbox also uses; matching ignores case.
/// </summary>
public static class ExchangeRejections
{
    // First match wins: the mode messages come before "post only" crossing, "stop_price too precise"
    // still reads as a price.
    private static readonly (string Text, RejectionReason Reason)[] Messages =
    [
        ("rate limit exceeded", RejectionReason.RateLimited),
        ("timestamp expired", RejectionReason.ExpiredTimestamp),
        ("invalid signature", RejectionReason.InvalidSignature),
        ("insufficient funds", RejectionReason.InsufficientFunds),
        ("order not found", RejectionReason.OrderNotFound),
        ("invalid order id", RejectionReason.OrderNotFound),
        ("order already done", RejectionReason.OrderAlreadyDone),
        ("product not found", RejectionReason.ProductNotFound),
        ("cancel only mode", RejectionReason.ProductNotTradable),
        ("post only mode", RejectionReason.ProductNotTradable),
        ("limit only mode", RejectionReason.ProductNotTradable),
        ("trading pair not available", RejectionReason.ProductNotTradable),
        ("trading disabled", RejectionReason.ProductNotTradable),
        ("under maintenance", RejectionReason.ProductNotTradable),
        ("post only", RejectionReason.PostOnlyWouldCross),
        ("price too precise", RejectionReason.PriceTooPrecise),
        ("price is too accurate", RejectionReason.PriceTooPrecise),
        ("price too small", RejectionReason.PriceTooSmall),
        ("price is too small", RejectionReason.PriceTooSmall),
        ("size is too accurate", RejectionReason.SizeTooPrecise),
        ("size too precise", RejectionReason.SizeTooPrecise),
        ("size is too small", RejectionReason.SizeTooSmall),
        ("size too small", RejectionReason.SizeTooSmall),
        ("size is too large", RejectionReason.SizeTooLarge),
        ("size too large", RejectionReason.SizeTooLarge),
        ("funds is too accurate", RejectionReason.FundsTooPrecise),
        ("funds too precise", RejectionReason.FundsTooPrecise),
        ("funds is too small", RejectionReason.FundsTooSmall),
        ("funds is too large", RejectionReason.FundsTooLarge),
    ];

    /// <summary>The reason of an error answer.</summary>
    /// <param name="status">HTTP status code.</param>
    /// <param name="message">The server's <c>message</c>.</param>
    /// <param name="path">The request's path, when known: a bare 404 on <c>/orders/…</c> means no such order, on <c>/products/…</c> no such product.</param>
    public static RejectionReason Classify(HttpStatusCode status, string? message, string? path = null)
    {
        if (status == HttpStatusCode.TooManyRequests)
        {
            return RejectionReason.RateLimited;
        }

        if (Match(message) is { } reason)
        {
            return reason;
        }

        return status switch
        {
            HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden => RejectionReason.Unauthorized,
            HttpStatusCode.NotFound when path?.StartsWith("/orders/", StringComparison.Ordinal) == true => RejectionReason.OrderNotFound,
            HttpStatusCode.NotFound when path?.StartsWith("/products/", StringComparison.Ordinal) == true => RejectionReason.ProductNotFound,
            HttpStatusCode.NotFound => RejectionReason.NotFound,
            _ => RejectionReason.Unknown,
        };
    }

    /// <summary>
    /// The reason of an order the exchange accepted the request for but rejected (status
    /// <c>rejected</c>, for example a post-only order that would cross); null for any other order.
    /// </summary>
    /// <param name="order">The order, as placement or lookup returned it.</param>
    public static RejectionReason? Classify(Order order)
    {
        ArgumentNullException.ThrowIfNull(order);
        return order.Status == OrderStatus.Rejected ? Match(order.RejectReason) ?? RejectionReason.Unknown : null;
    }

    private static RejectionReason? Match(string? message)
    {
        if (string.IsNullOrEmpty(message))
        {
            return null;
        }

        foreach (var (text, reason) in Messages)
        {
            if (message.Contains(text, StringComparison.OrdinalIgnoreCase))
            {
                return reason;
            }
        }

        return null;
    }
}
