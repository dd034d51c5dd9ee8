using System.Globalization;
using System.Text.Json;
using CoPrA.Sandbox.Catalog;
using CoPrA.Sandbox.Engine;

namespace CoPrA.Sandbox.AdvancedTrade;

/// <summary>
/// Reads an Advanced Trade order body (<c>product_id</c>, <c>side</c>, <c>order_configuration</c> with
/// one variant) into the engine's <see cref="OrderRequest"/>. Served variants: market_market_ioc,
/// sor_limit_ioc, limit_limit_gtc, limit_limit_gtd, limit_limit_fok, stop_limit_stop_limit_gtc and
/// stop_limit_stop_limit_gtd. The engine has no fill-or-kill market orders, brackets or TWAP, so
/// market_market_fok, trigger_bracket_* and twap_limit_gtd are refused with UNSUPPORTED_ORDER_CONFIGURATION.
/// </summary>
internal static class OrderConfigurationReader
{
    /// <exception cref="OrderRejectedException">The order is refused.</exception>
    public static OrderRequest Read(JsonElement root, ProductCatalog catalog, DateTimeOffset now, string? clientOrderId)
    {
        string? productId = AdvancedTradeJson.Text(root, "product_id");
        var product = catalog.FindProduct(productId)
            ?? throw Reject("INVALID_PRODUCT_ID", "PREVIEW_INVALID_PRODUCT_ID", $"Product {productId} is not supported");
        var side = AdvancedTradeJson.Text(root, "side") switch
        {
            "BUY" => Side.Buy,
            "SELL" => Side.Sell,
            _ => throw Reject("INVALID_SIDE", "PREVIEW_INVALID_SIDE", "side must be BUY or SELL"),
        };
        if (!root.TryGetProperty("order_configuration", out var configuration) || configuration.ValueKind != JsonValueKind.Object)
        {
            throw new OrderRejectedException(OrderRejection.Unsupported("order_configuration is required"));
        }

        var variants = configuration.EnumerateObject().ToList();
        if (variants.Count != 1)
        {
            throw new OrderRejectedException(OrderRejection.Unsupported("order_configuration must hold exactly one variant"));
        }

        var (name, config) = (variants[0].Name, variants[0].Value);
        if (config.ValueKind != JsonValueKind.Object)
        {
            throw new OrderRejectedException(OrderRejection.Unsupported($"{name} must be an object"));
        }

        var request = new OrderRequest { Product = product, Side = side, Type = OrderType.Limit, ClientOid = clientOrderId };
        return name switch
        {
            "market_market_ioc" => Market(config, request),
            "sor_limit_ioc" => Limit(config, request, TimeInForce.ImmediateOrCancel),
            "limit_limit_gtc" => Limit(config, request, TimeInForce.GoodTillCancelled) with { PostOnly = PostOnly(config) },
            "limit_limit_gtd" => Limit(config, request, TimeInForce.GoodTillTime) with { PostOnly = PostOnly(config), ExpireTime = EndTime(config, now) },
            "limit_limit_fok" => Limit(config, request, TimeInForce.FillOrKill),
            "stop_limit_stop_limit_gtc" => StopLimit(config, request, TimeInForce.GoodTillCancelled),
            "stop_limit_stop_limit_gtd" => StopLimit(config, request, TimeInForce.GoodTillTime) with { ExpireTime = EndTime(config, now) },
            _ => throw new OrderRejectedException(OrderRejection.Unsupported($"{name} is not supported by the sandbox")),
        };
    }

    private static OrderRequest Market(JsonElement config, OrderRequest request)
    {
        var product = request.Product;
        decimal? baseSize = Amount(config, "base_size");
        decimal? quoteSize = Amount(config, "quote_size");
        if ((baseSize is null) == (quoteSize is null))
        {
            throw new OrderRejectedException(OrderRejection.Unsupported("give exactly one of base_size and quote_size"));
        }

        if (baseSize is { } size)
        {
            CheckSize(product, size);
        }
        else if (quoteSize is { } funds)
        {
            if (!product.IsPriceOnIncrement(funds))
            {
                throw Reject("INVALID_SIZE_PRECISION", "PREVIEW_INVALID_QUOTE_SIZE_PRECISION", $"quote_size must be a multiple of {Format(product.QuoteIncrement)}");
            }

            if (funds < product.MinMarketFunds)
            {
                throw Reject("INVALID_REQUEST", "PREVIEW_INVALID_QUOTE_SIZE_TOO_SMALL", $"quote_size must be at least {Format(product.MinMarketFunds)}");
            }
        }

        return request with { Type = OrderType.Market, Size = baseSize, Funds = quoteSize };
    }

    private static OrderRequest Limit(JsonElement config, OrderRequest request, TimeInForce timeInForce)
    {
        var product = request.Product;
        decimal price = Amount(config, "limit_price") ?? throw Reject("INVALID_LIMIT_PRICE", "PREVIEW_INVALID_LIMIT_PRICE", "limit_price is required");
        CheckPrice(product, price, "limit_price", "INVALID_LIMIT_PRICE", "PREVIEW_INVALID_LIMIT_PRICE");
        decimal? baseSize = Amount(config, "base_size");
        decimal? quoteSize = Amount(config, "quote_size");
        if ((baseSize is null) == (quoteSize is null))
        {
            throw new OrderRejectedException(OrderRejection.Unsupported("give exactly one of base_size and quote_size"));
        }

        // An order for quote_size buys or sells what that much buys at the limit price.
        decimal size = baseSize ?? product.FloorSize(quoteSize!.Value / price);
        CheckSize(product, size);
        if (price * size < product.MinMarketFunds)
        {
            throw Reject("INVALID_REQUEST", "PREVIEW_INVALID_QUOTE_SIZE_TOO_SMALL", $"the order's value must be at least {Format(product.MinMarketFunds)} {product.QuoteCurrency}");
        }

        return request with { Price = price, Size = size, TimeInForce = timeInForce };
    }

    private static OrderRequest StopLimit(JsonElement config, OrderRequest request, TimeInForce timeInForce)
    {
        decimal stopPrice = Amount(config, "stop_price") ?? throw Reject("INVALID_REQUEST", "PREVIEW_INVALID_STOP_PRICE", "stop_price is required");
        CheckPrice(request.Product, stopPrice, "stop_price", "INVALID_REQUEST", "PREVIEW_INVALID_STOP_PRICE");

        // Down: triggers when the last trade falls to the stop price (the engine's loss); up: when it rises to it (entry).
        var stop = AdvancedTradeJson.Text(config, "stop_direction") switch
        {
            "STOP_DIRECTION_STOP_DOWN" => StopType.Loss,
            "STOP_DIRECTION_STOP_UP" => StopType.Entry,
            _ => throw new OrderRejectedException(OrderRejection.Unsupported("stop_direction must be STOP_DIRECTION_STOP_UP or STOP_DIRECTION_STOP_DOWN")),
        };
        return Limit(config, request, timeInForce) with { Stop = stop, StopPrice = stopPrice };
    }

    private static DateTimeOffset EndTime(JsonElement config, DateTimeOffset now)
    {
        string text = AdvancedTradeJson.Text(config, "end_time") ?? throw Reject("INVALID_REQUEST", "UNKNOWN_PREVIEW_FAILURE_REASON", "end_time is required");
        if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var end))
        {
            throw Reject("INVALID_REQUEST", "UNKNOWN_PREVIEW_FAILURE_REASON", "end_time must be an RFC 3339 time");
        }

        return end > now ? end : throw Reject("INVALID_REQUEST", "UNKNOWN_PREVIEW_FAILURE_REASON", "end_time must be in the future");
    }

    private static void CheckSize(SandboxProduct product, decimal size)
    {
        if (!product.IsSizeOnIncrement(size))
        {
            throw Reject("INVALID_SIZE_PRECISION", "PREVIEW_INVALID_SIZE_PRECISION", $"base_size must be a multiple of {Format(product.BaseIncrement)}");
        }

        if (size < product.BaseIncrement)
        {
            throw Reject("INVALID_REQUEST", "PREVIEW_INVALID_BASE_SIZE_TOO_SMALL", $"base_size must be at least {Format(product.BaseIncrement)}");
        }
    }

    private static void CheckPrice(SandboxProduct product, decimal price, string name, string tooSmall, string previewTooSmall)
    {
        if (!product.IsPriceOnIncrement(price))
        {
            throw Reject("INVALID_PRICE_PRECISION", "PREVIEW_INVALID_PRICE_PRECISION", $"{name} must be a multiple of {Format(product.QuoteIncrement)}");
        }

        if (price <= 0)
        {
            throw Reject(tooSmall, previewTooSmall, $"{name} must be positive");
        }
    }

    private static bool PostOnly(JsonElement config) =>
        config.TryGetProperty("post_only", out var value) && value.ValueKind == JsonValueKind.True;

    /// <summary>A decimal string (numbers are accepted too); null when absent or empty.</summary>
    private static decimal? Amount(JsonElement config, string name)
    {
        if (!config.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null || (value.ValueKind == JsonValueKind.String && value.GetString() is ""))
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out decimal number))
        {
            return number;
        }

        return value.ValueKind == JsonValueKind.String
            && decimal.TryParse(value.GetString(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out number)
            ? number
            : throw Reject("INVALID_REQUEST", "UNKNOWN_PREVIEW_FAILURE_REASON", $"{name} must be a decimal string");
    }

    private static string Format(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static OrderRejectedException Reject(string error, string previewReason, string message) =>
        new(new OrderRejection(error, previewReason, message));
}
