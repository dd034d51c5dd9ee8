using System.Text.Json;
using CoPrA.Sandbox.Catalog;

namespace CoPrA.Sandbox.Rest.Wire;

/// <summary>The public market data answers: products, books, tickers, trades, candles, statistics, currencies.</summary>
internal static class MarketDataWire
{
    public static void Product(Utf8JsonWriter writer, SandboxProduct product)
    {
        writer.WriteStartObject();
        writer.WriteString("id", product.Id);
        writer.WriteString("base_currency", product.BaseCurrency);
        writer.WriteString("quote_currency", product.QuoteCurrency);
        writer.WriteDecimal("quote_increment", product.QuoteIncrement);
        writer.WriteDecimal("base_increment", product.BaseIncrement);
        writer.WriteString("display_name", product.DisplayName);
        writer.WriteDecimal("min_market_funds", product.MinMarketFunds);
        writer.WriteBoolean("margin_enabled", false);
        writer.WriteBoolean("post_only", false);
        writer.WriteBoolean("limit_only", false);
        writer.WriteBoolean("cancel_only", false);
        writer.WriteString("status", "online");
        writer.WriteString("status_message", "");
        writer.WriteBoolean("trading_disabled", false);
        writer.WriteBoolean("fx_stablecoin", false);
        writer.WriteDecimal("max_slippage_percentage", 0.10m);
        writer.WriteBoolean("auction_mode", false);
        writer.WriteDecimal("high_bid_limit_percentage", 0.03m);
        writer.WriteEndObject();
    }

    /// <summary>A book: rows <c>[price, size, order count]</c> at levels 1 and 2, <c>[price, size, order id]</c> at level 3.</summary>
    public static void Book(Utf8JsonWriter writer, OrderBook book)
    {
        writer.WriteStartObject();
        writer.WriteNumber("sequence", book.Sequence);
        writer.WritePropertyName("bids");
        writer.WriteArray(book.Bids, BookRow);
        writer.WritePropertyName("asks");
        writer.WriteArray(book.Asks, BookRow);
        writer.WriteOptional("time", book.Time);
        writer.WriteOptional("auction_mode", book.AuctionMode);
        writer.WriteEndObject();
    }

    public static void Ticker(Utf8JsonWriter writer, ProductTicker ticker)
    {
        writer.WriteStartObject();
        writer.WriteNumber("trade_id", ticker.TradeId);
        writer.WriteDecimal("price", ticker.Price);
        writer.WriteDecimal("size", ticker.Size);
        writer.WriteOptional("time", ticker.Time);
        writer.WriteOptional("bid", ticker.Bid);
        writer.WriteOptional("ask", ticker.Ask);
        writer.WriteOptional("volume", ticker.Volume);
        writer.WriteOptional("rfq_volume", ticker.RfqVolume);
        writer.WriteOptional("conversions_volume", ticker.ConversionsVolume);
        writer.WriteEndObject();
    }

    public static void Trade(Utf8JsonWriter writer, Trade trade)
    {
        writer.WriteStartObject();
        writer.WriteInstant("time", trade.Time);
        writer.WriteNumber("trade_id", trade.TradeId);
        writer.WriteDecimal("price", trade.Price);
        writer.WriteDecimal("size", trade.Size);
        writer.WriteString("side", WireNames.Of(trade.Side));
        writer.WriteEndObject();
    }

    /// <summary>A candle as the exchange writes it: <c>[time, low, high, open, close, volume]</c>, all numbers.</summary>
    public static void Candle(Utf8JsonWriter writer, Candle candle)
    {
        writer.WriteStartArray();
        writer.WriteNumberValue(candle.Time.ToUnixTimeSeconds());
        foreach (decimal value in (ReadOnlySpan<decimal>)[candle.Low, candle.High, candle.Open, candle.Close, candle.Volume])
        {
            writer.WriteNumberValue(value);
        }

        writer.WriteEndArray();
    }

    public static void Stats(Utf8JsonWriter writer, ProductStats stats)
    {
        writer.WriteStartObject();
        writer.WriteOptional("open", stats.Open);
        writer.WriteOptional("high", stats.High);
        writer.WriteOptional("low", stats.Low);
        writer.WriteOptional("last", stats.Last);
        writer.WriteOptional("volume", stats.Volume);
        writer.WriteOptional("volume_30day", stats.Volume30Day);
        writer.WriteOptional("rfq_volume_24hour", stats.RfqVolume24Hour);
        writer.WriteOptional("rfq_volume_30day", stats.RfqVolume30Day);
        writer.WriteOptional("conversions_volume_24hour", stats.ConversionsVolume24Hour);
        writer.WriteOptional("conversions_volume_30day", stats.ConversionsVolume30Day);
        writer.WriteEndObject();
    }

    public static void Currency(Utf8JsonWriter writer, Currency currency)
    {
        writer.WriteStartObject();
        writer.WriteString("id", currency.Id);
        writer.WriteOptional("name", currency.Name);
        writer.WriteOptional("min_size", currency.MinSize);
        writer.WriteOptional("status", currency.Status);
        writer.WriteOptional("message", currency.Message);
        writer.WriteOptional("max_precision", currency.MaxPrecision);
        writer.WriteOptional("convertible_to", currency.ConvertibleTo);
        if (currency.Details is { } details)
        {
            writer.WriteStartObject("details");
            writer.WriteOptional("type", details.Type);
            writer.WriteOptional("symbol", details.Symbol);
            WriteOptional(writer, "network_confirmations", details.NetworkConfirmations);
            WriteOptional(writer, "sort_order", details.SortOrder);
            writer.WriteOptional("crypto_address_link", details.CryptoAddressLink);
            writer.WriteOptional("crypto_transaction_link", details.CryptoTransactionLink);
            writer.WriteOptional("push_payment_methods", details.PushPaymentMethods);
            writer.WriteOptional("min_withdrawal_amount", details.MinWithdrawalAmount);
            writer.WriteOptional("max_withdrawal_amount", details.MaxWithdrawalAmount);
            writer.WriteEndObject();
        }

        writer.WriteOptional("default_network", currency.DefaultNetwork);
        if (currency.SupportedNetworks is { } networks)
        {
            writer.WritePropertyName("supported_networks");
            writer.WriteArray(networks, Network);
        }

        writer.WriteOptional("display_name", currency.DisplayName);
        writer.WriteEndObject();
    }

    private static void Network(Utf8JsonWriter writer, CurrencyNetwork network)
    {
        writer.WriteStartObject();
        writer.WriteString("id", network.Id);
        writer.WriteOptional("name", network.Name);
        writer.WriteOptional("status", network.Status);
        writer.WriteOptional("contract_address", network.ContractAddress);
        writer.WriteOptional("min_withdrawal_amount", network.MinWithdrawalAmount);
        writer.WriteOptional("max_withdrawal_amount", network.MaxWithdrawalAmount);
        WriteOptional(writer, "network_confirmations", network.NetworkConfirmations);
        WriteOptional(writer, "processing_time_seconds", network.ProcessingTimeSeconds);
        writer.WriteEndObject();
    }

    private static void BookRow(Utf8JsonWriter writer, BookLevel level)
    {
        writer.WriteStartArray();
        writer.WriteDecimalValue(level.Price);
        writer.WriteDecimalValue(level.Size);
        if (level.OrderId is not null)
        {
            writer.WriteStringValue(level.OrderId);
        }
        else if (level.NumOrders is int count)
        {
            writer.WriteNumberValue(count);
        }

        writer.WriteEndArray();
    }

    private static void WriteDecimalValue(this Utf8JsonWriter writer, decimal value) =>
        writer.WriteStringValue(value.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static void WriteOptional(Utf8JsonWriter writer, string name, int? value)
    {
        if (value is int number)
        {
            writer.WriteNumber(name, number);
        }
    }
}
