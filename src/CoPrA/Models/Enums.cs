using System.Text.Json.Serialization;

namespace CoPrA;

// Every enum starts with Unknown = 0: a value the server sends that this version does not know
// reads as Unknown instead of throwing, and an unset enum never goes on the wire by accident.

/// <summary>Order side.</summary>
[JsonConverter(typeof(WireEnumConverter<Side>))]
public enum Side
{
    /// <summary>A value this version does not know.</summary>
    Unknown = 0,
    /// <summary>Buy.</summary>
    [JsonStringEnumMemberName("buy")] Buy,
    /// <summary>Sell.</summary>
    [JsonStringEnumMemberName("sell")] Sell,
}

/// <summary>How long a limit order stays on the book.</summary>
[JsonConverter(typeof(WireEnumConverter<TimeInForce>))]
public enum TimeInForce
{
    /// <summary>A value this version does not know.</summary>
    Unknown = 0,
    /// <summary>Good till cancelled.</summary>
    [JsonStringEnumMemberName("GTC")] GoodTillCancelled,
    /// <summary>Good till time: needs <see cref="CancelAfter"/>.</summary>
    [JsonStringEnumMemberName("GTT")] GoodTillTime,
    /// <summary>Immediate or cancel.</summary>
    [JsonStringEnumMemberName("IOC")] ImmediateOrCancel,
    /// <summary>Fill or kill.</summary>
    [JsonStringEnumMemberName("FOK")] FillOrKill,
}

/// <summary>Self-trade prevention flag.</summary>
[JsonConverter(typeof(WireEnumConverter<SelfTradePrevention>))]
public enum SelfTradePrevention
{
    /// <summary>A value this version does not know.</summary>
    Unknown = 0,
    /// <summary>Decrease and cancel (the default).</summary>
    [JsonStringEnumMemberName("dc")] DecreaseAndCancel,
    /// <summary>Cancel oldest.</summary>
    [JsonStringEnumMemberName("co")] CancelOldest,
    /// <summary>Cancel newest.</summary>
    [JsonStringEnumMemberName("cn")] CancelNewest,
    /// <summary>Cancel both.</summary>
    [JsonStringEnumMemberName("cb")] CancelBoth,
}

/// <summary>Stop order trigger direction.</summary>
[JsonConverter(typeof(WireEnumConverter<StopType>))]
public enum StopType
{
    /// <summary>A value this version does not know.</summary>
    Unknown = 0,
    /// <summary>Triggers when the last trade price falls to or below the stop price.</summary>
    [JsonStringEnumMemberName("loss")] Loss,
    /// <summary>Triggers when the last trade price rises to or above the stop price.</summary>
    [JsonStringEnumMemberName("entry")] Entry,
}

/// <summary>How long a GTT order lives.</summary>
[JsonConverter(typeof(WireEnumConverter<CancelAfter>))]
public enum CancelAfter
{
    /// <summary>A value this version does not know.</summary>
    Unknown = 0,
    /// <summary>One minute.</summary>
    [JsonStringEnumMemberName("min")] Minute,
    /// <summary>One hour.</summary>
    [JsonStringEnumMemberName("hour")] Hour,
    /// <summary>One day.</summary>
    [JsonStringEnumMemberName("day")] Day,
}

/// <summary>Order status as the server reports it, and as a filter for listing orders.</summary>
[JsonConverter(typeof(WireEnumConverter<OrderStatus>))]
public enum OrderStatus
{
    /// <summary>A value this version does not know.</summary>
    Unknown = 0,
    /// <summary>Resting on the book.</summary>
    [JsonStringEnumMemberName("open")] Open,
    /// <summary>Received but not yet processed.</summary>
    [JsonStringEnumMemberName("pending")] Pending,
    /// <summary>No longer on the book (filled or cancelled).</summary>
    [JsonStringEnumMemberName("done")] Done,
    /// <summary>A stop order waiting for its trigger.</summary>
    [JsonStringEnumMemberName("active")] Active,
    /// <summary>Every status (a filter value).</summary>
    [JsonStringEnumMemberName("all")] All,
    /// <summary>Received by the matching engine.</summary>
    [JsonStringEnumMemberName("received")] Received,
    /// <summary>Rejected.</summary>
    [JsonStringEnumMemberName("rejected")] Rejected,
}

/// <summary>Order type.</summary>
[JsonConverter(typeof(WireEnumConverter<OrderType>))]
public enum OrderType
{
    /// <summary>A value this version does not know.</summary>
    Unknown = 0,
    /// <summary>Limit order.</summary>
    [JsonStringEnumMemberName("limit")] Limit,
    /// <summary>Market order.</summary>
    [JsonStringEnumMemberName("market")] Market,
    /// <summary>Stop order.</summary>
    [JsonStringEnumMemberName("stop")] Stop,
}

/// <summary>Report kind for <c>POST /reports</c>.</summary>
[JsonConverter(typeof(WireEnumConverter<ReportType>))]
public enum ReportType
{
    /// <summary>A value this version does not know.</summary>
    Unknown = 0,
    /// <summary>Fills of one product (needs a product id).</summary>
    [JsonStringEnumMemberName("fills")] Fills,
    /// <summary>Ledger of one account (needs an account id).</summary>
    [JsonStringEnumMemberName("account")] Account,
    /// <summary>Balances.</summary>
    [JsonStringEnumMemberName("balance")] Balance,
    /// <summary>OTC fills.</summary>
    [JsonStringEnumMemberName("otc-fills")] OtcFills,
    /// <summary>RFQ fills.</summary>
    [JsonStringEnumMemberName("rfq-fills")] RfqFills,
    /// <summary>Tax invoice.</summary>
    [JsonStringEnumMemberName("tax-invoice")] TaxInvoice,
    /// <summary>1099-K transaction history.</summary>
    [JsonStringEnumMemberName("1099k-transaction-history")] Form1099KTransactionHistory,
}

/// <summary>Report file format.</summary>
[JsonConverter(typeof(WireEnumConverter<ReportFormat>))]
public enum ReportFormat
{
    /// <summary>A value this version does not know.</summary>
    Unknown = 0,
    /// <summary>PDF (the default).</summary>
    [JsonStringEnumMemberName("pdf")] Pdf,
    /// <summary>CSV.</summary>
    [JsonStringEnumMemberName("csv")] Csv,
}

/// <summary>Report progress.</summary>
[JsonConverter(typeof(WireEnumConverter<ReportStatus>))]
public enum ReportStatus
{
    /// <summary>A value this version does not know.</summary>
    Unknown = 0,
    /// <summary>Queued.</summary>
    [JsonStringEnumMemberName("pending")] Pending,
    /// <summary>Being generated.</summary>
    [JsonStringEnumMemberName("creating")] Creating,
    /// <summary>Ready to download from its file URL.</summary>
    [JsonStringEnumMemberName("ready")] Ready,
    /// <summary>Failed.</summary>
    [JsonStringEnumMemberName("failed")] Failed,
}

/// <summary>Whether a fill provided or took liquidity.</summary>
[JsonConverter(typeof(WireEnumConverter<Liquidity>))]
public enum Liquidity
{
    /// <summary>A value this version does not know.</summary>
    Unknown = 0,
    /// <summary>Maker.</summary>
    [JsonStringEnumMemberName("M")] Maker,
    /// <summary>Taker.</summary>
    [JsonStringEnumMemberName("T")] Taker,
    /// <summary>Other (for example an auction).</summary>
    [JsonStringEnumMemberName("O")] Other,
}

/// <summary>The market an order or fill was traded in, a filter for listing orders and fills.</summary>
[JsonConverter(typeof(WireEnumConverter<MarketType>))]
public enum MarketType
{
    /// <summary>A value this version does not know.</summary>
    Unknown = 0,
    /// <summary>The order book (the server's default).</summary>
    [JsonStringEnumMemberName("spot")] Spot,
    /// <summary>Request for quote.</summary>
    [JsonStringEnumMemberName("rfq")] Rfq,
}

/// <summary>What <c>GET /orders</c> sorts by (<c>sortedBy</c>).</summary>
[JsonConverter(typeof(WireEnumConverter<OrderSortField>))]
public enum OrderSortField
{
    /// <summary>A value this version does not know.</summary>
    Unknown = 0,
    /// <summary>Creation time (the server's default).</summary>
    [JsonStringEnumMemberName("created_at")] CreatedAt,
    /// <summary>Price.</summary>
    [JsonStringEnumMemberName("price")] Price,
    /// <summary>Size.</summary>
    [JsonStringEnumMemberName("size")] Size,
    /// <summary>Order id.</summary>
    [JsonStringEnumMemberName("order_id")] OrderId,
    /// <summary>Side.</summary>
    [JsonStringEnumMemberName("side")] Side,
    /// <summary>Order type.</summary>
    [JsonStringEnumMemberName("type")] Type,
}

/// <summary>Sort direction.</summary>
[JsonConverter(typeof(WireEnumConverter<SortDirection>))]
public enum SortDirection
{
    /// <summary>A value this version does not know.</summary>
    Unknown = 0,
    /// <summary>Descending (the server's default).</summary>
    [JsonStringEnumMemberName("desc")] Descending,
    /// <summary>Ascending.</summary>
    [JsonStringEnumMemberName("asc")] Ascending,
}
