using CoPrA.Rest;

namespace CoPrA.Orders;

/// <summary>
/// The opt-in pre-check: places an order only after checking it against the product's increments,
/// so a non-conforming order throws <see cref="ArgumentException"/> (naming the parameter) and is
/// never sent. The plain <see cref="RestClient"/> methods stay unchecked.
/// </summary>
public static class CheckedOrderExtensions
{
    /// <summary>Fetches a product (<c>GET /products/{product_id}</c>) and returns its increments.</summary>
    /// <param name="client">The client.</param>
    /// <param name="productId">Product, for example <c>BTC-USD</c>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public static async Task<ProductIncrements> ProductIncrementsAsync(this RestClient client, string productId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        var product = await client.ProductAsync(productId, cancellationToken).ConfigureAwait(false);
        return ProductIncrements.From(product);
    }

    /// <summary>
    /// Checks a limit order against the product's increments, then places it with
    /// <see cref="RestClient.LimitOrderAsync"/>. Pass <paramref name="increments"/> (from
    /// <see cref="ProductIncrementsAsync"/>, kept as long as you trust it) to avoid fetching the
    /// product on every call; when null the product is fetched first.
    /// </summary>
    /// <param name="client">The client.</param>
    /// <param name="side">Buy or sell.</param>
    /// <param name="productId">Product, for example <c>BTC-USD</c>.</param>
    /// <param name="price">Limit price in the quote currency.</param>
    /// <param name="size">Size in the base currency.</param>
    /// <param name="increments">The product's increments; fetched when null.</param>
    /// <param name="postOnly">Only add liquidity.</param>
    /// <param name="clientOid">Your own UUID for the order; generated when null.</param>
    /// <param name="cancellationToken">Cancels the requests.</param>
    /// <exception cref="ArgumentException">The order breaks an increment rule; nothing was sent to place it.</exception>
    public static async Task<Order> LimitOrderCheckedAsync(
        this RestClient client,
        Side side,
        string productId,
        decimal price,
        decimal size,
        ProductIncrements? increments = null,
        bool postOnly = false,
        string? clientOid = null,
        CancellationToken cancellationToken = default)
    {
        var rules = await RulesAsync(client, productId, increments, cancellationToken).ConfigureAwait(false);
        rules.EnsureLimitOrder(price, size);
        return await client.LimitOrderAsync(side, productId, price, size, postOnly: postOnly, clientOid: clientOid, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Checks a market order against the product's increments, then places it with
    /// <see cref="RestClient.MarketOrderAsync"/>; <paramref name="increments"/> as in
    /// <see cref="LimitOrderCheckedAsync"/>.
    /// </summary>
    /// <param name="client">The client.</param>
    /// <param name="side">Buy or sell.</param>
    /// <param name="productId">Product, for example <c>BTC-USD</c>.</param>
    /// <param name="size">Size in the base currency; give this or <paramref name="funds"/>.</param>
    /// <param name="funds">Amount of the quote currency; give this or <paramref name="size"/>.</param>
    /// <param name="increments">The product's increments; fetched when null.</param>
    /// <param name="clientOid">Your own UUID for the order; generated when null.</param>
    /// <param name="cancellationToken">Cancels the requests.</param>
    /// <exception cref="ArgumentException">The order breaks an increment rule; nothing was sent to place it.</exception>
    public static async Task<Order> MarketOrderCheckedAsync(
        this RestClient client,
        Side side,
        string productId,
        decimal? size = null,
        decimal? funds = null,
        ProductIncrements? increments = null,
        string? clientOid = null,
        CancellationToken cancellationToken = default)
    {
        var rules = await RulesAsync(client, productId, increments, cancellationToken).ConfigureAwait(false);
        rules.EnsureMarketOrder(size, funds);
        return await client.MarketOrderAsync(side, productId, size, funds, clientOid, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    private static async Task<ProductIncrements> RulesAsync(RestClient client, string productId, ProductIncrements? increments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentException.ThrowIfNullOrWhiteSpace(productId);
        return increments ?? await client.ProductIncrementsAsync(productId, cancellationToken).ConfigureAwait(false);
    }
}
