namespace CoPrA.Rest;

// Orders: place, cancel, list and get. Private. Placement is never retried automatically.
public partial class RestClient
{
    /// <summary>The statuses <see cref="OrdersAsync(IEnumerable{OrderStatus}?, string?, int, string?, string?, CancellationToken)"/> can filter on.</summary>
    private static readonly OrderStatus[] ListableStatuses = [OrderStatus.Active, OrderStatus.All, OrderStatus.Open, OrderStatus.Pending, OrderStatus.Done];

    /// <summary>Places a limit order, optionally a stop-limit order.</summary>
    /// <param name="side">Buy or sell.</param>
    /// <param name="productId">Product, for example <c>BTC-USD</c>.</param>
    /// <param name="price">Limit price in the quote currency.</param>
    /// <param name="size">Size in the base currency.</param>
    /// <param name="timeInForce">GTC (default), GTT, IOC or FOK.</param>
    /// <param name="cancelAfter">Lifetime of a GTT order; required with GTT and only allowed with it.</param>
    /// <param name="postOnly">Only add liquidity; not allowed with IOC, FOK or a stop.</param>
    /// <param name="clientOid">Your own UUID for the order, echoed in feed messages.</param>
    /// <param name="stp">Self-trade prevention, decrease-and-cancel by default.</param>
    /// <param name="stop">Makes it a stop order: loss or entry; needs <paramref name="stopPrice"/>.</param>
    /// <param name="stopPrice">Trigger price of a stop order; needs <paramref name="stop"/>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="ArgumentException">An invalid combination of arguments, checked in CoPrA's order.</exception>
    /// <exception cref="InvalidOperationException">The client has no credentials.</exception>
    [CoinbaseEndpoint("POST", "/orders")]
    public virtual Task<Order> LimitOrderAsync(
        Side side,
        string productId,
        decimal price,
        decimal size,
        TimeInForce timeInForce = TimeInForce.GoodTillCancelled,
        CancelAfter? cancelAfter = null,
        bool postOnly = false,
        string? clientOid = null,
        SelfTradePrevention stp = SelfTradePrevention.DecreaseAndCancel,
        StopType? stop = null,
        decimal? stopPrice = null,
        CancellationToken cancellationToken = default)
    {
        Check.Id(productId, nameof(productId));
        Check.Positive(price, nameof(price));
        Check.Positive(size, nameof(size));
        Check.Side(side);
        Check.Defined(timeInForce, nameof(timeInForce), "time_in_force must be GTC, GTT, IOC or FOK.");
        if (timeInForce == TimeInForce.GoodTillTime && cancelAfter is null)
        {
            throw new ArgumentException("cancel_after required for GTT time_in_force.", nameof(cancelAfter));
        }

        if (cancelAfter is { } lifetime)
        {
            Check.Defined(lifetime, nameof(cancelAfter), "cancel_after must be min, hour, or day.");
            if (timeInForce != TimeInForce.GoodTillTime)
            {
                throw new ArgumentException("cancel_after requires time_in_force to be GTT.", nameof(cancelAfter));
            }
        }

        if (postOnly && timeInForce is TimeInForce.ImmediateOrCancel or TimeInForce.FillOrKill)
        {
            throw new ArgumentException($"post_only must be False for time_in_force {WireEnum<TimeInForce>.ToWire(timeInForce)}", nameof(postOnly));
        }

        Check.Stp(stp);
        Check.Stop(stop, stopPrice);
        if (stop is not null && postOnly)
        {
            throw new ArgumentException("post_only must be False for stop orders.", nameof(postOnly));
        }

        using var body = new JsonBody()
            .Add("type", "limit")
            .Add("side", side)
            .Add("product_id", productId)
            .Add("price", price)
            .Add("size", size)
            .Add("time_in_force", timeInForce)
            .Add("post_only", postOnly)
            .Add("stp", stp)
            .AddIfPresent("cancel_after", cancelAfter)
            .AddIfPresent("client_oid", clientOid)
            .AddIfPresent("stop", stop)
            .AddIfPresent("stop_price", stopPrice);
        return SendAsync(HttpMethod.Post, "/orders", null, body.Build(), true, CoPrAJsonContext.Default.Order, cancellationToken);
    }

    /// <summary>Places a market order for a size or for an amount of funds, optionally as a stop order.</summary>
    /// <param name="side">Buy or sell.</param>
    /// <param name="productId">Product, for example <c>BTC-USD</c>.</param>
    /// <param name="size">Size in the base currency; give this or <paramref name="funds"/>.</param>
    /// <param name="funds">Amount of the quote currency to spend; give this or <paramref name="size"/>.</param>
    /// <param name="clientOid">Your own UUID for the order, echoed in feed messages.</param>
    /// <param name="stp">Self-trade prevention, decrease-and-cancel by default.</param>
    /// <param name="stop">Makes it a stop order: loss or entry; needs <paramref name="stopPrice"/>.</param>
    /// <param name="stopPrice">Trigger price of a stop order; needs <paramref name="stop"/>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="ArgumentException">An invalid combination of arguments, checked in CoPrA's order.</exception>
    /// <exception cref="InvalidOperationException">The client has no credentials.</exception>
    [CoinbaseEndpoint("POST", "/orders")]
    public virtual Task<Order> MarketOrderAsync(
        Side side,
        string productId,
        decimal? size = null,
        decimal? funds = null,
        string? clientOid = null,
        SelfTradePrevention stp = SelfTradePrevention.DecreaseAndCancel,
        StopType? stop = null,
        decimal? stopPrice = null,
        CancellationToken cancellationToken = default)
    {
        Check.Id(productId, nameof(productId));
        Check.Side(side);
        if (size is null && funds is null)
        {
            throw new ArgumentException("Market orders must have size or funds set.", nameof(size));
        }

        if (size is not null && funds is not null)
        {
            throw new ArgumentException("Market orders can't have both size and funds set.", nameof(funds));
        }

        Check.PositiveIfPresent(size, nameof(size));
        Check.PositiveIfPresent(funds, nameof(funds));
        Check.Stp(stp);
        Check.Stop(stop, stopPrice);

        using var body = new JsonBody()
            .Add("type", "market")
            .Add("side", side)
            .Add("product_id", productId)
            .Add("stp", stp)
            .AddIfPresent("size", size)
            .AddIfPresent("funds", funds)
            .AddIfPresent("client_oid", clientOid)
            .AddIfPresent("stop", stop)
            .AddIfPresent("stop_price", stopPrice);
        return SendAsync(HttpMethod.Post, "/orders", null, body.Build(), true, CoPrAJsonContext.Default.Order, cancellationToken);
    }

    /// <summary>Cancels one order. Returns the cancelled id(s) as the server lists them.</summary>
    /// <param name="orderId">Order id, or <c>client:&lt;client_oid&gt;</c>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [CoinbaseEndpoint("DELETE", "/orders/{order_id}")]
    public virtual Task<IReadOnlyList<string>> CancelAsync(string orderId, CancellationToken cancellationToken = default)
    {
        Check.Id(orderId, nameof(orderId));
        return SendIdListAsync(HttpMethod.Delete, OrderPath(orderId), null, cancellationToken);
    }

    /// <summary>Lists orders, one page at a time (open, active and pending by default on the server).</summary>
    /// <param name="status">Statuses to include: active, all, open, pending or done; the server's default when null or empty.</param>
    /// <param name="productId">Only this product's orders.</param>
    /// <param name="limit">Page size, 1 to 1000 (CoPrA's default 100).</param>
    /// <param name="before">Cursor: the page of newer orders.</param>
    /// <param name="after">Cursor: the page of older orders.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [CoinbaseEndpoint("GET", "/orders")]
    public virtual Task<Page<Order>> OrdersAsync(IEnumerable<OrderStatus>? status = null, string? productId = null, int limit = 100, string? before = null, string? after = null, CancellationToken cancellationToken = default)
    {
        Check.Cursors(before, after);
        var statuses = status?.ToArray() ?? [];
        foreach (var value in statuses)
        {
            if (!ListableStatuses.Contains(value))
            {
                throw new ArgumentOutOfRangeException(nameof(status), value, $"Invalid status: {value}");
            }
        }

        Check.Limit(limit);
        var query = new QueryBuilder().AddPaging(limit, before, after);
        foreach (var value in statuses)
        {
            query.Add("status", WireEnum<OrderStatus>.ToWire(value));
        }

        query.AddIfPresent("product_id", productId);
        return SendPageAsync("/orders", query, true, CoPrAJsonContext.Default.ListOrder, cancellationToken);
    }

    /// <summary>Lists orders with one status, one page at a time.</summary>
    /// <param name="status">Active, all, open, pending or done.</param>
    /// <param name="productId">Only this product's orders.</param>
    /// <param name="limit">Page size, 1 to 1000 (CoPrA's default 100).</param>
    /// <param name="before">Cursor: the page of newer orders.</param>
    /// <param name="after">Cursor: the page of older orders.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public virtual Task<Page<Order>> OrdersAsync(OrderStatus status, string? productId = null, int limit = 100, string? before = null, string? after = null, CancellationToken cancellationToken = default) =>
        OrdersAsync([status], productId, limit, before, after, cancellationToken);

    /// <summary>Gets one order.</summary>
    /// <param name="orderId">Order id, or <c>client:&lt;client_oid&gt;</c>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [CoinbaseEndpoint("GET", "/orders/{order_id}")]
    public virtual Task<Order> GetOrderAsync(string orderId, CancellationToken cancellationToken = default)
    {
        Check.Id(orderId, nameof(orderId));
        return SendAsync(HttpMethod.Get, OrderPath(orderId), null, null, true, CoPrAJsonContext.Default.Order, cancellationToken);
    }

    /// <summary>Sends a request whose answer is an id or a list of ids (cancellations).</summary>
    private async Task<IReadOnlyList<string>> SendIdListAsync(HttpMethod method, string path, QueryBuilder? query, CancellationToken cancellationToken)
    {
        var json = await SendAsync(method, path, query, null, true, CoPrAJsonContext.Default.JsonElement, cancellationToken).ConfigureAwait(false);
        return json.ValueKind switch
        {
            System.Text.Json.JsonValueKind.Array => json.EnumerateArray().Select(item => item.ToString()).ToList(),
            System.Text.Json.JsonValueKind.String => [json.GetString()!],
            _ => [],
        };
    }

    private static string OrderPath(string orderId) => "/orders/" + UrlEncoding.Encode(orderId);
}
