namespace CoPrA.Rest;

// Orders: place, cancel, list and get. Private. Placement is never retried automatically.
public partial class RestClient
{
    /// <summary>The statuses <c>GET /orders</c> can filter on, as the API lists them.</summary>
    private static readonly OrderStatus[] ListableStatuses =
        [OrderStatus.Active, OrderStatus.All, OrderStatus.Open, OrderStatus.Pending, OrderStatus.Done, OrderStatus.Received, OrderStatus.Rejected];

    /// <summary>Places a limit order, optionally a stop-limit order.</summary>
    /// <param name="side">Buy or sell.</param>
    /// <param name="productId">Product, for example <c>BTC-USD</c>.</param>
    /// <param name="price">Limit price in the quote currency.</param>
    /// <param name="size">Size in the base currency.</param>
    /// <param name="timeInForce">GTC (default), GTT, IOC or FOK.</param>
    /// <param name="cancelAfter">Lifetime of a GTT order; required with GTT and only allowed with it.</param>
    /// <param name="postOnly">Only add liquidity; not allowed with IOC, FOK or a stop.</param>
    /// <param name="clientOid">Your own UUID for the order, echoed in feed messages; a new UUID v4 when null, returned as <see cref="Order.ClientOid"/>.</param>
    /// <param name="stp">Self-trade prevention, decrease-and-cancel by default.</param>
    /// <param name="stop">Makes it a stop order: loss or entry; needs <paramref name="stopPrice"/>.</param>
    /// <param name="stopPrice">Trigger price of a stop order; needs <paramref name="stop"/>.</param>
    /// <param name="profileId">Profile to place the order on; the key's default profile when null.</param>
    /// <param name="maxFloor">Makes it an iceberg order: the size shown on the book at a time.</param>
    /// <param name="stopLimitPrice">Limit price once a take-profit/stop-loss order's stop triggers.</param>
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
        string? profileId = null,
        decimal? maxFloor = null,
        decimal? stopLimitPrice = null,
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

        Check.IdIfPresent(profileId, nameof(profileId));
        Check.PositiveIfPresent(maxFloor, nameof(maxFloor));
        Check.PositiveIfPresent(stopLimitPrice, nameof(stopLimitPrice));

        clientOid = ClientOidOrNew(clientOid);
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
            .AddIfPresent("stop_price", stopPrice)
            .AddIfPresent("profile_id", profileId)
            .AddIfPresent("max_floor", maxFloor)
            .AddIfPresent("stop_limit_price", stopLimitPrice);
        return PlaceOrderAsync(body.Build(), clientOid, cancellationToken);
    }

    /// <summary>Places a market order for a size or for an amount of funds, optionally as a stop order.</summary>
    /// <param name="side">Buy or sell.</param>
    /// <param name="productId">Product, for example <c>BTC-USD</c>.</param>
    /// <param name="size">Size in the base currency; give this or <paramref name="funds"/>.</param>
    /// <param name="funds">Amount of the quote currency to spend; give this or <paramref name="size"/>.</param>
    /// <param name="clientOid">Your own UUID for the order, echoed in feed messages; a new UUID v4 when null, returned as <see cref="Order.ClientOid"/>.</param>
    /// <param name="stp">Self-trade prevention, decrease-and-cancel by default.</param>
    /// <param name="stop">Makes it a stop order: loss or entry; needs <paramref name="stopPrice"/>.</param>
    /// <param name="stopPrice">Trigger price of a stop order; needs <paramref name="stop"/>.</param>
    /// <param name="profileId">Profile to place the order on; the key's default profile when null.</param>
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
        string? profileId = null,
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
        Check.IdIfPresent(profileId, nameof(profileId));
        clientOid = ClientOidOrNew(clientOid);

        using var body = new JsonBody()
            .Add("type", "market")
            .Add("side", side)
            .Add("product_id", productId)
            .Add("stp", stp)
            .AddIfPresent("size", size)
            .AddIfPresent("funds", funds)
            .AddIfPresent("client_oid", clientOid)
            .AddIfPresent("stop", stop)
            .AddIfPresent("stop_price", stopPrice)
            .AddIfPresent("profile_id", profileId);
        return PlaceOrderAsync(body.Build(), clientOid, cancellationToken);
    }

    /// <summary>Cancels one order. Returns the cancelled id(s) as the server lists them.</summary>
    /// <param name="orderId">Order id, or <c>client:&lt;client_oid&gt;</c>.</param>
    /// <param name="profileId">Profile the order is on; the key's default profile when null.</param>
    /// <param name="productId">Product of the order, which lets the exchange find it faster.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [CoinbaseEndpoint("DELETE", "/orders/{order_id}")]
    public virtual Task<IReadOnlyList<string>> CancelAsync(string orderId, string? profileId = null, string? productId = null, CancellationToken cancellationToken = default)
    {
        Check.Id(orderId, nameof(orderId));
        Check.IdIfPresent(profileId, nameof(profileId));
        Check.IdIfPresent(productId, nameof(productId));
        var query = new QueryBuilder().AddIfPresent("profile_id", profileId).AddIfPresent("product_id", productId);
        return SendIdListAsync(HttpMethod.Delete, OrderPath(orderId), query, cancellationToken);
    }

    /// <summary>Cancels one order (the signature before the profile and product filters; calls written as <c>CancelAsync(id, token)</c> keep compiling).</summary>
    /// <param name="orderId">Order id, or <c>client:&lt;client_oid&gt;</c>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public virtual Task<IReadOnlyList<string>> CancelAsync(string orderId, CancellationToken cancellationToken) =>
        CancelAsync(orderId, null, null, cancellationToken);

    /// <summary>Lists orders, one page at a time (open, active and pending by default on the server).</summary>
    /// <param name="status">Statuses to include: active, all, open, pending, done, received or rejected; the server's default when null or empty.</param>
    /// <param name="productId">Only this product's orders.</param>
    /// <param name="limit">Page size, 1 to 1000 (CoPrA's default 100).</param>
    /// <param name="before">Cursor: the page of newer orders.</param>
    /// <param name="after">Cursor: the page of older orders.</param>
    /// <param name="profileId">Only this profile's orders.</param>
    /// <param name="sortedBy">What to sort by; creation time on the server by default.</param>
    /// <param name="sorting">Sort direction; descending on the server by default.</param>
    /// <param name="startDate">Only orders created at or after this time.</param>
    /// <param name="endDate">Only orders created at or before this time.</param>
    /// <param name="marketType">Only orders of this market; spot on the server by default.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [CoinbaseEndpoint("GET", "/orders")]
    public virtual Task<Page<Order>> OrdersAsync(
        IEnumerable<OrderStatus>? status = null,
        string? productId = null,
        int limit = 100,
        string? before = null,
        string? after = null,
        string? profileId = null,
        OrderSortField? sortedBy = null,
        SortDirection? sorting = null,
        DateTimeOffset? startDate = null,
        DateTimeOffset? endDate = null,
        MarketType? marketType = null,
        CancellationToken cancellationToken = default)
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
        Check.IdIfPresent(profileId, nameof(profileId));
        DefinedIfPresent(sortedBy, nameof(sortedBy));
        DefinedIfPresent(sorting, nameof(sorting));
        Check.DateRange(startDate, endDate);
        DefinedIfPresent(marketType, nameof(marketType));
        var query = new QueryBuilder().AddPaging(limit, before, after);
        foreach (var value in statuses)
        {
            query.Add("status", WireEnum<OrderStatus>.ToWire(value));
        }

        query.AddIfPresent("product_id", productId)
            .AddIfPresent("profile_id", profileId)
            .AddIfPresent("sortedBy", WireOrNull(sortedBy))
            .AddIfPresent("sorting", WireOrNull(sorting))
            .AddIfPresent("start_date", startDate)
            .AddIfPresent("end_date", endDate)
            .AddIfPresent("market_type", WireOrNull(marketType));
        return SendPageAsync("/orders", query, true, CoPrAJsonContext.Default.ListOrder, cancellationToken);
    }

    /// <summary>Lists orders with one status, one page at a time.</summary>
    /// <param name="status">Active, all, open, pending, done, received or rejected.</param>
    /// <param name="productId">Only this product's orders.</param>
    /// <param name="limit">Page size, 1 to 1000 (CoPrA's default 100).</param>
    /// <param name="before">Cursor: the page of newer orders.</param>
    /// <param name="after">Cursor: the page of older orders.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public virtual Task<Page<Order>> OrdersAsync(OrderStatus status, string? productId = null, int limit = 100, string? before = null, string? after = null, CancellationToken cancellationToken = default) =>
        OrdersAsync([status], productId, limit, before, after, cancellationToken: cancellationToken);

    /// <summary>Gets one order.</summary>
    /// <param name="orderId">Order id, or <c>client:&lt;client_oid&gt;</c>.</param>
    /// <param name="marketType">Market the order was placed in; spot on the server by default.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [CoinbaseEndpoint("GET", "/orders/{order_id}")]
    public virtual Task<Order> GetOrderAsync(string orderId, MarketType? marketType = null, CancellationToken cancellationToken = default)
    {
        Check.Id(orderId, nameof(orderId));
        DefinedIfPresent(marketType, nameof(marketType));
        var query = new QueryBuilder().AddIfPresent("market_type", WireOrNull(marketType));
        return SendAsync(HttpMethod.Get, OrderPath(orderId), query, null, true, CoPrAJsonContext.Default.Order, cancellationToken);
    }

    /// <summary>Gets one order (the signature before the market filter; calls written as <c>GetOrderAsync(id, token)</c> keep compiling).</summary>
    /// <param name="orderId">Order id, or <c>client:&lt;client_oid&gt;</c>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public virtual Task<Order> GetOrderAsync(string orderId, CancellationToken cancellationToken) =>
        GetOrderAsync(orderId, null, cancellationToken);

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
