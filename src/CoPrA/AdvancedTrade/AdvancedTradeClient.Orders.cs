using System.Text;
using CoPrA.Rest;

namespace CoPrA.AdvancedTrade;

// Managing orders: edit, cancel, close a position, list, get, fills.
public partial class AdvancedTradeClient
{
    /// <summary>
    /// Changes the size or price of an open GTC limit order (the SDK's <c>edit_order</c>). A refusal,
    /// which Advanced Trade answers with HTTP 200 and <c>success: false</c>, throws
    /// <see cref="OrderEditRejectedException"/> (carrying the answer), so a returned answer is always an
    /// accepted edit.
    /// </summary>
    /// <param name="orderId">The order to edit.</param>
    /// <param name="size">New size; positive. At least one of <paramref name="size"/> and <paramref name="price"/> must be given.</param>
    /// <param name="price">New limit price; positive.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="OrderEditRejectedException">Advanced Trade refused the edit.</exception>
    [CoinbaseEndpoint("POST", "/api/v3/brokerage/orders/edit")]
    public virtual async Task<EditOrderResponse> EditOrderAsync(string orderId, decimal? size = null, decimal? price = null, CancellationToken cancellationToken = default)
    {
        string body = EditBody(orderId, size, price);
        var reply = await SendForReplyAsync(HttpMethod.Post, AdvancedTradePaths.Prefix + "/orders/edit", null, body, AdvancedTradeJsonContext.Default.EditOrderResponse, keepHeaders: true, cancellationToken).ConfigureAwait(false);
        if (reply.Value is null)
        {
            throw new ApiRequestException((System.Net.HttpStatusCode)reply.StatusCode, "The response body held no EditOrderResponse.", Encoding.UTF8.GetString(reply.Content), reply.Headers);
        }

        if (reply.Value.Success == false)
        {
            throw new OrderEditRejectedException(reply.Value, orderId, Encoding.UTF8.GetString(reply.Content), reply.Headers);
        }

        return reply.Value;
    }

    /// <summary>
    /// Prices an edit without making it (the SDK's <c>preview_edit_order</c>). Nothing changes, so a
    /// preview whose <c>errors</c> say the edit would fail is returned, not thrown.
    /// </summary>
    /// <param name="orderId">The order to edit.</param>
    /// <param name="size">New size; positive. At least one of <paramref name="size"/> and <paramref name="price"/> must be given.</param>
    /// <param name="price">New limit price; positive.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [CoinbaseEndpoint("POST", "/api/v3/brokerage/orders/edit_preview")]
    public virtual Task<EditOrderPreviewResponse> PreviewEditOrderAsync(string orderId, decimal? size = null, decimal? price = null, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Post, AdvancedTradePaths.Prefix + "/orders/edit_preview", null, EditBody(orderId, size, price), AdvancedTradeJsonContext.Default.EditOrderPreviewResponse, cancellationToken);

    /// <summary>
    /// Cancels orders (the SDK's <c>cancel_orders</c>). The answer holds one result per order; a
    /// result with <c>success: false</c> is a refusal of that order only and is returned, not thrown.
    /// </summary>
    /// <param name="orderIds">The orders to cancel; at least one, each a non-empty id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [CoinbaseEndpoint("POST", "/api/v3/brokerage/orders/batch_cancel")]
    public virtual Task<CancelOrdersResponse> CancelOrdersAsync(IEnumerable<string> orderIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(orderIds);
        var ids = orderIds.ToList();
        if (ids.Count == 0)
        {
            throw new ArgumentException("orderIds must hold at least one order id.", nameof(orderIds));
        }

        foreach (string id in ids)
        {
            Check.Id(id, nameof(orderIds));
        }

        using var body = new JsonBody().AddArray("order_ids", ids);
        return SendAsync(HttpMethod.Post, AdvancedTradePaths.Prefix + "/orders/batch_cancel", null, body.Build(), AdvancedTradeJsonContext.Default.CancelOrdersResponse, cancellationToken);
    }

    /// <summary>
    /// Places an order that closes an open futures position (the SDK's <c>close_position</c>). It is an
    /// order like <see cref="CreateOrderAsync"/>: a <c>success: false</c> answer throws
    /// <see cref="OrderRejectedException"/>, and a lost answer is looked up before the order is sent
    /// again (see <see cref="AdvancedTradeClientOptions.SafePlacement"/>).
    /// </summary>
    /// <param name="clientOrderId">The caller's unique id for the order; null or empty generates one (32 hex digits, as the SDK does).</param>
    /// <param name="productId">The futures product whose position to close.</param>
    /// <param name="size">How much of the position to close; positive; null closes all of it.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="OrderRejectedException">Advanced Trade refused the order.</exception>
    [CoinbaseEndpoint("POST", "/api/v3/brokerage/orders/close_position")]
    public virtual Task<ClosePositionResponse> ClosePositionAsync(string? clientOrderId, string productId, decimal? size = null, CancellationToken cancellationToken = default)
    {
        Check.Id(productId, nameof(productId));
        Check.PositiveIfPresent(size, nameof(size));
        string id = string.IsNullOrEmpty(clientOrderId) ? NewClientOrderId() : CheckedClientOrderId(clientOrderId);
        using var body = new JsonBody();
        body.Add("client_order_id", id).Add("product_id", productId).AddIfPresent("size", size);
        return PlaceAsync(AdvancedTradePaths.Prefix + "/orders/close_position", body.Build(), id, productId, AdvancedTradeJsonContext.Default.ClosePositionResponse, cancellationToken);
    }

    /// <summary>
    /// One page of the key's orders, newest first (the SDK's <c>list_orders</c>). Every filter is
    /// optional; <see cref="ListAllOrdersAsync"/> walks every page.
    /// </summary>
    /// <param name="orderIds">Only these orders.</param>
    /// <param name="productIds">Only orders of these products.</param>
    /// <param name="orderStatus">Only orders in these statuses.</param>
    /// <param name="limit">Most orders in the page; positive; the server's default when null.</param>
    /// <param name="startDate">Only orders created at or after this instant (sent as RFC 3339).</param>
    /// <param name="endDate">Only orders created at or before this instant; not before <paramref name="startDate"/>.</param>
    /// <param name="orderTypes">Only orders of this type.</param>
    /// <param name="orderSide">Only orders of this side.</param>
    /// <param name="cursor">The <c>cursor</c> of the previous page; null for the first.</param>
    /// <param name="productType">Only orders of this product type.</param>
    /// <param name="orderPlacementSource">Only orders placed from this source.</param>
    /// <param name="contractExpiryType">Only futures orders of this expiry type.</param>
    /// <param name="assetFilters">Only orders whose products involve these assets.</param>
    /// <param name="retailPortfolioId">Portfolio (deprecated by Coinbase: legacy keys only).</param>
    /// <param name="timeInForces">Only orders with this time in force.</param>
    /// <param name="sortBy">Sort order, for example <c>LIMIT_PRICE</c> or <c>LAST_FILL_TIME</c>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [CoinbaseEndpoint("GET", "/api/v3/brokerage/orders/historical/batch")]
    public virtual Task<ListOrdersResponse> ListOrdersAsync(
        IEnumerable<string>? orderIds = null,
        IEnumerable<string>? productIds = null,
        IEnumerable<AdvancedOrderStatus>? orderStatus = null,
        int? limit = null,
        DateTimeOffset? startDate = null,
        DateTimeOffset? endDate = null,
        AdvancedOrderType? orderTypes = null,
        OrderSide? orderSide = null,
        string? cursor = null,
        ProductType? productType = null,
        OrderPlacementSource? orderPlacementSource = null,
        ContractExpiryType? contractExpiryType = null,
        IEnumerable<string>? assetFilters = null,
        string? retailPortfolioId = null,
        AdvancedTimeInForce? timeInForces = null,
        OrderSortBy? sortBy = null,
        CancellationToken cancellationToken = default)
    {
        var query = new QueryBuilder();
        query.AddAll("order_ids", orderIds, nameof(orderIds));
        query.AddAll("product_ids", productIds, nameof(productIds));
        AddWire(query, "order_status", orderStatus, nameof(orderStatus));
        Check.Limit(limit, nameof(limit));
        query.AddIfPresent("limit", limit);
        Check.DateRange(startDate, endDate);
        query.AddIfPresent("start_date", startDate).AddIfPresent("end_date", endDate)
            .AddIfPresent("order_types", orderTypes?.ToString())
            .AddIfPresent("order_side", orderSide?.ToString())
            .AddIfPresent("cursor", cursor)
            .AddIfPresent("product_type", productType?.ToString())
            .AddIfPresent("order_placement_source", orderPlacementSource?.ToString())
            .AddIfPresent("contract_expiry_type", contractExpiryType?.ToString());
        query.AddAll("asset_filters", assetFilters, nameof(assetFilters));
        Check.IdIfPresent(retailPortfolioId, nameof(retailPortfolioId));
        query.AddIfPresent("retail_portfolio_id", retailPortfolioId)
            .AddIfPresent("time_in_forces", timeInForces?.ToString())
            .AddIfPresent("sort_by", sortBy?.ToString());
        return SendAsync(HttpMethod.Get, ListOrdersPath, query, null, AdvancedTradeJsonContext.Default.ListOrdersResponse, cancellationToken);
    }

    /// <summary>
    /// Every order matching the filters, page after page (<see cref="ListOrdersAsync"/> following
    /// <c>cursor</c> while <c>has_next</c> is true). Parameters as there, without the cursor.
    /// </summary>
    /// <param name="orderIds">Only these orders.</param>
    /// <param name="productIds">Only orders of these products.</param>
    /// <param name="orderStatus">Only orders in these statuses.</param>
    /// <param name="limit">Most orders per page; positive.</param>
    /// <param name="startDate">Only orders created at or after this instant.</param>
    /// <param name="endDate">Only orders created at or before this instant.</param>
    /// <param name="orderTypes">Only orders of this type.</param>
    /// <param name="orderSide">Only orders of this side.</param>
    /// <param name="productType">Only orders of this product type.</param>
    /// <param name="orderPlacementSource">Only orders placed from this source.</param>
    /// <param name="contractExpiryType">Only futures orders of this expiry type.</param>
    /// <param name="assetFilters">Only orders whose products involve these assets.</param>
    /// <param name="retailPortfolioId">Portfolio (deprecated by Coinbase: legacy keys only).</param>
    /// <param name="timeInForces">Only orders with this time in force.</param>
    /// <param name="sortBy">Sort order.</param>
    /// <param name="cancellationToken">Cancels the walk.</param>
    public virtual IAsyncEnumerable<AdvancedOrder> ListAllOrdersAsync(
        IEnumerable<string>? orderIds = null,
        IEnumerable<string>? productIds = null,
        IEnumerable<AdvancedOrderStatus>? orderStatus = null,
        int? limit = null,
        DateTimeOffset? startDate = null,
        DateTimeOffset? endDate = null,
        AdvancedOrderType? orderTypes = null,
        OrderSide? orderSide = null,
        ProductType? productType = null,
        OrderPlacementSource? orderPlacementSource = null,
        ContractExpiryType? contractExpiryType = null,
        IEnumerable<string>? assetFilters = null,
        string? retailPortfolioId = null,
        AdvancedTimeInForce? timeInForces = null,
        OrderSortBy? sortBy = null,
        CancellationToken cancellationToken = default)
    {
        // Materialised once, so that every page sends the same filters. Nothing is sent before the walk starts.
        var ids = orderIds?.ToList();
        var products = productIds?.ToList();
        var statuses = orderStatus?.ToList();
        var assets = assetFilters?.ToList();
        return WalkCursorAsync(
            (cursor, token) => ListOrdersAsync(ids, products, statuses, limit, startDate, endDate, orderTypes, orderSide, cursor, productType, orderPlacementSource, contractExpiryType, assets, retailPortfolioId, timeInForces, sortBy, token),
            page => page.Orders,
            page => page.HasNext == true ? page.Cursor : null,
            cancellationToken);
    }

    /// <summary>
    /// One page of the key's fills, newest first (the SDK's <c>get_fills</c>). This endpoint has no
    /// <c>has_next</c>: an empty <c>cursor</c> marks the last page. <see cref="GetAllFillsAsync"/> walks every page.
    /// </summary>
    /// <param name="orderIds">Only fills of these orders.</param>
    /// <param name="tradeIds">Only these trades.</param>
    /// <param name="productIds">Only fills of these products.</param>
    /// <param name="startSequenceTimestamp">Only fills sequenced at or after this instant (sent as RFC 3339).</param>
    /// <param name="endSequenceTimestamp">Only fills sequenced at or before this instant; not before the start.</param>
    /// <param name="retailPortfolioId">Portfolio (deprecated by Coinbase: legacy keys only).</param>
    /// <param name="limit">Most fills in the page; positive; the server's default when null.</param>
    /// <param name="cursor">The <c>cursor</c> of the previous page; null for the first.</param>
    /// <param name="sortBy">Sort order, for example <c>PRICE</c> or <c>TRADE_TIME</c>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [CoinbaseEndpoint("GET", "/api/v3/brokerage/orders/historical/fills")]
    public virtual Task<ListFillsResponse> GetFillsAsync(
        IEnumerable<string>? orderIds = null,
        IEnumerable<string>? tradeIds = null,
        IEnumerable<string>? productIds = null,
        DateTimeOffset? startSequenceTimestamp = null,
        DateTimeOffset? endSequenceTimestamp = null,
        string? retailPortfolioId = null,
        int? limit = null,
        string? cursor = null,
        string? sortBy = null,
        CancellationToken cancellationToken = default)
    {
        var query = new QueryBuilder();
        query.AddAll("order_ids", orderIds, nameof(orderIds));
        query.AddAll("trade_ids", tradeIds, nameof(tradeIds));
        query.AddAll("product_ids", productIds, nameof(productIds));
        Check.DateRange(startSequenceTimestamp, endSequenceTimestamp, nameof(startSequenceTimestamp), nameof(endSequenceTimestamp));

        Check.IdIfPresent(retailPortfolioId, nameof(retailPortfolioId));
        query.AddIfPresent("start_sequence_timestamp", startSequenceTimestamp)
            .AddIfPresent("end_sequence_timestamp", endSequenceTimestamp)
            .AddIfPresent("retail_portfolio_id", retailPortfolioId);
        Check.Limit(limit, nameof(limit));
        query.AddIfPresent("limit", limit);
        query.AddIfPresent("cursor", cursor).AddIfPresent("sort_by", sortBy);
        return SendAsync(HttpMethod.Get, AdvancedTradePaths.Prefix + "/orders/historical/fills", query, null, AdvancedTradeJsonContext.Default.ListFillsResponse, cancellationToken);
    }

    /// <summary>
    /// Every fill matching the filters, page after page (<see cref="GetFillsAsync"/> following
    /// <c>cursor</c> until it comes back empty). Parameters as there, without the cursor.
    /// </summary>
    /// <param name="orderIds">Only fills of these orders.</param>
    /// <param name="tradeIds">Only these trades.</param>
    /// <param name="productIds">Only fills of these products.</param>
    /// <param name="startSequenceTimestamp">Only fills sequenced at or after this instant.</param>
    /// <param name="endSequenceTimestamp">Only fills sequenced at or before this instant.</param>
    /// <param name="retailPortfolioId">Portfolio (deprecated by Coinbase: legacy keys only).</param>
    /// <param name="limit">Most fills per page; positive.</param>
    /// <param name="sortBy">Sort order.</param>
    /// <param name="cancellationToken">Cancels the walk.</param>
    public virtual IAsyncEnumerable<AdvancedFill> GetAllFillsAsync(
        IEnumerable<string>? orderIds = null,
        IEnumerable<string>? tradeIds = null,
        IEnumerable<string>? productIds = null,
        DateTimeOffset? startSequenceTimestamp = null,
        DateTimeOffset? endSequenceTimestamp = null,
        string? retailPortfolioId = null,
        int? limit = null,
        string? sortBy = null,
        CancellationToken cancellationToken = default)
    {
        var orders = orderIds?.ToList();
        var trades = tradeIds?.ToList();
        var products = productIds?.ToList();
        return WalkCursorAsync(
            (cursor, token) => GetFillsAsync(orders, trades, products, startSequenceTimestamp, endSequenceTimestamp, retailPortfolioId, limit, cursor, sortBy, token),
            page => page.Fills,
            page => page.Cursor,
            cancellationToken);
    }

    /// <summary>One order by id (the SDK's <c>get_order</c>), in any status.</summary>
    /// <param name="orderId">The order id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [CoinbaseEndpoint("GET", "/api/v3/brokerage/orders/historical/{order_id}")]
    public virtual Task<GetOrderResponse> GetOrderAsync(string orderId, CancellationToken cancellationToken = default)
    {
        Check.Id(orderId, nameof(orderId));
        return SendAsync(HttpMethod.Get, AdvancedTradePaths.Prefix + "/orders/historical/" + UrlEncoding.Encode(orderId), null, null, AdvancedTradeJsonContext.Default.GetOrderResponse, cancellationToken);
    }

    private const string ListOrdersPath = AdvancedTradePaths.Prefix + "/orders/historical/batch";

    private static string EditBody(string orderId, decimal? size, decimal? price)
    {
        Check.Id(orderId, nameof(orderId));
        if (size is null && price is null)
        {
            throw new ArgumentException("size or price must be given: an edit changes at least one of them.", nameof(size));
        }

        Check.PositiveIfPresent(size, nameof(size));
        Check.PositiveIfPresent(price, nameof(price));
        using var body = new JsonBody();
        return body.Add("order_id", orderId).AddIfPresent("size", size).AddIfPresent("price", price).Build();
    }

    private static void AddWire<T>(QueryBuilder query, string key, IEnumerable<T>? values, string paramName)
        where T : struct
    {
        foreach (var value in values ?? [])
        {
            string text = value.ToString() ?? "";
            if (text.Length == 0)
            {
                throw new ArgumentException($"{paramName} holds an empty value.", paramName);
            }

            query.Add(key, text);
        }
    }
}
