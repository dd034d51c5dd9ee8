using System.Collections.Frozen;
using System.Net;
using CoPrA.Orders;

namespace CoPrA.AdvancedTrade;

/// <summary>
/// Maps Advanced Trade failures to <see cref="RejectionReason"/>: error answers by status and path,
/// and the failure codes of create, preview and edit answers (<c>INSUFFICIENT_FUND</c>,
/// <c>PREVIEW_INVALID_SIZE_PRECISION</c>...). Codes not listed map to <see cref="RejectionReason.Unknown"/>;
/// the code itself always stays available to the caller.
/// </summary>
internal static class AdvancedTradeRejections
{
    private const string PreviewPrefix = "PREVIEW_";

    // Preview codes are the order codes with a PREVIEW_ prefix; they are looked up without it.
    private static readonly FrozenDictionary<string, RejectionReason> Codes = new Dictionary<string, RejectionReason>(StringComparer.Ordinal)
    {
        ["INSUFFICIENT_FUND"] = RejectionReason.InsufficientFunds,
        ["INSUFFICIENT_FUNDS"] = RejectionReason.InsufficientFunds,
        ["INSUFFICIENT_LEDGER_BALANCE"] = RejectionReason.InsufficientFunds,
        ["INVALID_LEDGER_BALANCE"] = RejectionReason.InsufficientFunds,
        ["INVALID_SIZE_PRECISION"] = RejectionReason.SizeTooPrecise,
        ["INVALID_PRICE_PRECISION"] = RejectionReason.PriceTooPrecise,
        ["INVALID_LIMIT_PRICE_POST_ONLY"] = RejectionReason.PostOnlyWouldCross,
        ["INVALID_PRODUCT_ID"] = RejectionReason.ProductNotFound,
        ["ORDER_ENTRY_DISABLED"] = RejectionReason.ProductNotTradable,
        ["INELIGIBLE_PAIR"] = RejectionReason.ProductNotTradable,
        ["INVALID_BASE_SIZE_TOO_SMALL"] = RejectionReason.SizeTooSmall,
        ["INVALID_BASE_SIZE_TOO_LARGE"] = RejectionReason.SizeTooLarge,
        ["INVALID_QUOTE_SIZE_PRECISION"] = RejectionReason.FundsTooPrecise,
        ["INVALID_QUOTE_SIZE_TOO_SMALL"] = RejectionReason.FundsTooSmall,
        ["INVALID_QUOTE_SIZE_TOO_LARGE"] = RejectionReason.FundsTooLarge,
        ["ORDER_NOT_FOUND"] = RejectionReason.OrderNotFound,
        ["NOT_FOUND"] = RejectionReason.NotFound,
        ["UNAUTHENTICATED"] = RejectionReason.Unauthorized,
        ["PERMISSION_DENIED"] = RejectionReason.Unauthorized,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The reason of an error answer (status 400 or above).</summary>
    /// <param name="status">HTTP status code.</param>
    /// <param name="message">The server's <c>message</c>.</param>
    /// <param name="path">The request's path: a 404 under the orders or products paths names what was missing.</param>
    public static RejectionReason Classify(HttpStatusCode status, string? message, string? path) => status switch
    {
        HttpStatusCode.TooManyRequests => RejectionReason.RateLimited,
        HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden => RejectionReason.Unauthorized,
        HttpStatusCode.NotFound when path?.StartsWith(AdvancedTradePaths.Prefix + "/orders/", StringComparison.Ordinal) == true => RejectionReason.OrderNotFound,
        HttpStatusCode.NotFound when path is not null && (path.StartsWith(AdvancedTradePaths.Prefix + "/products/", StringComparison.Ordinal) || path.StartsWith(AdvancedTradePaths.Market + "/products/", StringComparison.Ordinal)) => RejectionReason.ProductNotFound,
        HttpStatusCode.NotFound => RejectionReason.NotFound,
        _ => RejectionReason.Unknown,
    };

    /// <summary>The reason a failure code names, with or without its <c>PREVIEW_</c> prefix; null when there is no code.</summary>
    /// <param name="code">A failure code from an answer, for example <c>INSUFFICIENT_FUND</c>.</param>
    public static RejectionReason? FromCode(string? code)
    {
        if (string.IsNullOrEmpty(code) || code.StartsWith("UNKNOWN_", StringComparison.Ordinal))
        {
            return null;
        }

        string key = code.StartsWith(PreviewPrefix, StringComparison.Ordinal) ? code[PreviewPrefix.Length..] : code;
        return Codes.TryGetValue(key, out var reason) ? reason : RejectionReason.Unknown;
    }
}
