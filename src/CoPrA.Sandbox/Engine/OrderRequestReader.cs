using System.Globalization;
using System.Text.Json;
using CoPrA.Sandbox.Catalog;
using CoPrA.Sandbox.Rest.Wire;

namespace CoPrA.Sandbox.Engine;

/// <summary>
/// Reads and checks a <c>POST /orders</c> body the way the exchange does, refusing bad orders
/// with its 400 messages. Amounts may be JSON strings (as documented) or numbers (as CoPrA sends).
/// </summary>
internal static class OrderRequestReader
{
    public static OrderRequest Read(string body, ProductCatalog catalog)
    {
        using var document = ParseObject(body);
        var root = document.RootElement;

        string? productId = String(root, "product_id") ?? throw SandboxApiException.BadRequest("product_id is required");
        var product = catalog.FindProduct(productId) ?? throw SandboxApiException.BadRequest("Product not found");
        var side = String(root, "side") switch
        {
            null => throw SandboxApiException.BadRequest("side is required"),
            var text => WireNames.TryParse<Side>(text, out var parsed) ? parsed : throw SandboxApiException.BadRequest($"Invalid side: {text}"),
        };
        var type = String(root, "type") switch
        {
            null => OrderType.Limit,
            var text => WireNames.TryParse<OrderType>(text, out var parsed) ? parsed : throw SandboxApiException.BadRequest($"Invalid order type: {text}"),
        };
        var stp = Enum(root, "stp", SelfTradePrevention.DecreaseAndCancel, "Invalid stp");
        string? clientOid = String(root, "client_oid");
        if (clientOid is not null && !Guid.TryParse(clientOid, out _))
        {
            throw SandboxApiException.BadRequest("Invalid client_oid: it must be a UUID");
        }

        decimal? price = Amount(root, "price");
        decimal? size = Amount(root, "size");
        decimal? funds = Amount(root, "funds");
        var (stop, stopPrice) = ReadStop(root, type, product);

        // A limit order has a price; a market order has none; a stop order may have either.
        bool isMarket = type == OrderType.Market || (type == OrderType.Stop && price is null);
        if (isMarket)
        {
            return ReadMarket(root, product, side, type, size, funds, stp, stop, stopPrice, clientOid);
        }

        if (price is null)
        {
            throw SandboxApiException.BadRequest("price is required");
        }

        CheckPrice(product, price.Value, "price");
        if (size is null)
        {
            throw SandboxApiException.BadRequest("size is required");
        }

        CheckSize(product, size.Value);
        if (price.Value * size.Value < product.MinMarketFunds)
        {
            throw SandboxApiException.BadRequest("size is too small");
        }

        var timeInForce = Enum(root, "time_in_force", TimeInForce.GoodTillCancelled, "Invalid time_in_force");
        CancelAfter? cancelAfter = String(root, "cancel_after") is { } lifetime
            ? WireNames.TryParse<CancelAfter>(lifetime, out var parsedLifetime) ? parsedLifetime : throw SandboxApiException.BadRequest("Invalid cancel_after: it must be min, hour or day")
            : null;
        if (timeInForce == TimeInForce.GoodTillTime && cancelAfter is null)
        {
            throw SandboxApiException.BadRequest("cancel_after is required for time_in_force GTT");
        }

        if (cancelAfter is not null && timeInForce != TimeInForce.GoodTillTime)
        {
            throw SandboxApiException.BadRequest("cancel_after requires time_in_force GTT");
        }

        bool postOnly = Bool(root, "post_only");
        if (postOnly && timeInForce is TimeInForce.ImmediateOrCancel or TimeInForce.FillOrKill)
        {
            throw SandboxApiException.BadRequest("post_only is invalid with time_in_force IOC or FOK");
        }

        if (postOnly && stop is not null)
        {
            throw SandboxApiException.BadRequest("post_only is invalid for stop orders");
        }

        return new OrderRequest
        {
            Product = product,
            Side = side,
            Type = type,
            Price = price,
            Size = size,
            TimeInForce = timeInForce,
            CancelAfter = cancelAfter,
            PostOnly = postOnly,
            Stp = stp,
            Stop = stop,
            StopPrice = stopPrice,
            ClientOid = clientOid,
        };
    }

    private static OrderRequest ReadMarket(
        JsonElement root, SandboxProduct product, Side side, OrderType type, decimal? size, decimal? funds, SelfTradePrevention stp, StopType? stop, decimal? stopPrice, string? clientOid)
    {
        if (size is null && funds is null)
        {
            throw SandboxApiException.BadRequest("size or funds is required for market orders");
        }

        if (size is not null && funds is not null)
        {
            throw SandboxApiException.BadRequest("size and funds cannot both be set for market orders");
        }

        if (size is { } baseSize)
        {
            CheckSize(product, baseSize);
        }

        if (funds is { } quoteFunds)
        {
            if (quoteFunds < product.MinMarketFunds)
            {
                throw SandboxApiException.BadRequest($"funds is too small. Minimum funds is {product.MinMarketFunds.ToString(CultureInfo.InvariantCulture)}");
            }

            if (!product.IsPriceOnIncrement(quoteFunds))
            {
                throw SandboxApiException.BadRequest($"funds is too accurate. Smallest unit is {product.QuoteIncrement.ToString(CultureInfo.InvariantCulture)}");
            }
        }

        if (Bool(root, "post_only"))
        {
            throw SandboxApiException.BadRequest("post_only is invalid for market orders");
        }

        return new OrderRequest
        {
            Product = product,
            Side = side,
            Type = type,
            Size = size,
            Funds = funds,
            Stp = stp,
            Stop = stop,
            StopPrice = stopPrice,
            ClientOid = clientOid,
        };
    }

    private static (StopType? Stop, decimal? StopPrice) ReadStop(JsonElement root, OrderType type, SandboxProduct product)
    {
        string? stopText = String(root, "stop");
        decimal? stopPrice = Amount(root, "stop_price");
        if (stopText is null && stopPrice is null)
        {
            return type == OrderType.Stop ? throw SandboxApiException.BadRequest("stop is required for stop orders") : (null, null);
        }

        if (stopText is null)
        {
            throw SandboxApiException.BadRequest("stop is required when stop_price is set");
        }

        if (!WireNames.TryParse<StopType>(stopText, out var stop))
        {
            throw SandboxApiException.BadRequest($"Invalid stop: {stopText}");
        }

        if (stopPrice is null)
        {
            throw SandboxApiException.BadRequest("stop_price is required for stop orders");
        }

        CheckPrice(product, stopPrice.Value, "stop_price");
        return (stop, stopPrice);
    }

    private static void CheckPrice(SandboxProduct product, decimal price, string name)
    {
        if (price < product.QuoteIncrement)
        {
            throw SandboxApiException.BadRequest($"{name} too small");
        }

        if (!product.IsPriceOnIncrement(price))
        {
            throw SandboxApiException.BadRequest($"{name} too precise");
        }
    }

    private static void CheckSize(SandboxProduct product, decimal size)
    {
        if (size < product.BaseIncrement)
        {
            throw SandboxApiException.BadRequest("size is too small");
        }

        if (!product.IsSizeOnIncrement(size))
        {
            throw SandboxApiException.BadRequest($"size is too accurate. Smallest unit is {product.BaseIncrement.ToString(CultureInfo.InvariantCulture)}");
        }
    }

    /// <summary>Parses a request body that must be a JSON object.</summary>
    public static JsonDocument ParseObject(string body)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(string.IsNullOrWhiteSpace(body) ? "{}" : body);
        }
        catch (JsonException)
        {
            throw SandboxApiException.BadRequest("Invalid JSON in request body");
        }

        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            document.Dispose();
            throw SandboxApiException.BadRequest("The request body must be a JSON object");
        }

        return document;
    }

    /// <summary>A string member, or null when absent, null or empty.</summary>
    public static string? String(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text ? text : null;

    /// <summary>An amount sent as a string or a number; null when absent or empty.</summary>
    public static decimal? Amount(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out decimal number))
        {
            return number;
        }

        if (value.ValueKind == JsonValueKind.String)
        {
            string text = value.GetString()!;
            if (text.Length == 0)
            {
                return null;
            }

            if (decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out number))
            {
                return number;
            }
        }

        throw SandboxApiException.BadRequest($"Invalid {name}");
    }

    private static bool Bool(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.String => string.Equals(value.GetString(), "true", StringComparison.OrdinalIgnoreCase),
            _ => false,
        };

    private static TEnum Enum<TEnum>(JsonElement root, string name, TEnum fallback, string error)
        where TEnum : struct, Enum =>
        String(root, name) switch
        {
            null => fallback,
            var text => WireNames.TryParse<TEnum>(text, out var parsed) ? parsed : throw SandboxApiException.BadRequest($"{error}: {text}"),
        };
}
