namespace CoPrA.Orders;

/// <summary>
/// Why the exchange refused a request, API-neutral: the Exchange mapping
/// (<see cref="CoPrA.Rest.ExchangeRejections"/>) maps status codes and messages into it, and another
/// API maps its own failure reasons into the same values. The table is in docs/orders.md.
/// </summary>
public enum RejectionReason
{
    /// <summary>Not one of the common failures (or not recognised): read the raw message and body.</summary>
    Unknown = 0,
    /// <summary>Not enough available balance for the order or transfer.</summary>
    InsufficientFunds,
    /// <summary>No such order (unknown id, or a cancelled order without fills that was purged).</summary>
    OrderNotFound,
    /// <summary>The order is already done, so it cannot be cancelled.</summary>
    OrderAlreadyDone,
    /// <summary>No such product.</summary>
    ProductNotFound,
    /// <summary>A 404 for another resource.</summary>
    NotFound,
    /// <summary>A price (or stop price) is not a multiple of the quote increment.</summary>
    PriceTooPrecise,
    /// <summary>A price is below the smallest price.</summary>
    PriceTooSmall,
    /// <summary>A size is not a multiple of the base increment.</summary>
    SizeTooPrecise,
    /// <summary>A size (or a limit order's value) is below the minimum.</summary>
    SizeTooSmall,
    /// <summary>A size is above the maximum.</summary>
    SizeTooLarge,
    /// <summary>Market-order funds are not a multiple of the quote increment.</summary>
    FundsTooPrecise,
    /// <summary>Market-order funds are below the minimum.</summary>
    FundsTooSmall,
    /// <summary>Market-order funds are above the maximum.</summary>
    FundsTooLarge,
    /// <summary>A post-only order would have taken liquidity, so it was rejected.</summary>
    PostOnlyWouldCross,
    /// <summary>The product does not accept this order now: cancel-only, post-only or limit-only mode, trading disabled, maintenance.</summary>
    ProductNotTradable,
    /// <summary>A rate limit was exceeded.</summary>
    RateLimited,
    /// <summary>The request's timestamp (or token) had expired.</summary>
    ExpiredTimestamp,
    /// <summary>The signature did not match.</summary>
    InvalidSignature,
    /// <summary>Another authentication failure: unknown key, wrong passphrase, missing headers, no permission.</summary>
    Unauthorized,
}
