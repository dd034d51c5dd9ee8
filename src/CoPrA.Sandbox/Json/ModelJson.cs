using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace CoPrA.Sandbox.Json;

/// <summary>
/// JSON metadata for the library's response records, from the library's own source-generated
/// context (its amounts as strings), with instants written as Coinbase writes them
/// (<c>...123456Z</c>). A context in this assembly cannot describe those records: their
/// init-only extension data is not settable from here.
/// </summary>
internal static class ModelJson
{
    private static readonly JsonSerializerOptions Options = CreateOptions();

    public static JsonTypeInfo<List<Product>> ListProduct { get; } = Info<List<Product>>();

    public static JsonTypeInfo<Product> Product { get; } = Info<Product>();

    public static JsonTypeInfo<OrderBook> OrderBook { get; } = Info<OrderBook>();

    public static JsonTypeInfo<ProductTicker> ProductTicker { get; } = Info<ProductTicker>();

    public static JsonTypeInfo<List<Trade>> ListTrade { get; } = Info<List<Trade>>();

    public static JsonTypeInfo<List<Candle>> ListCandle { get; } = Info<List<Candle>>();

    public static JsonTypeInfo<ProductStats> ProductStats { get; } = Info<ProductStats>();

    public static JsonTypeInfo<List<Currency>> ListCurrency { get; } = Info<List<Currency>>();

    public static JsonTypeInfo<Currency> Currency { get; } = Info<Currency>();

    public static JsonTypeInfo<List<Account>> ListAccount { get; } = Info<List<Account>>();

    public static JsonTypeInfo<Account> Account { get; } = Info<Account>();

    public static JsonTypeInfo<List<LedgerEntry>> ListLedgerEntry { get; } = Info<List<LedgerEntry>>();

    public static JsonTypeInfo<List<Hold>> ListHold { get; } = Info<List<Hold>>();

    public static JsonTypeInfo<List<Order>> ListOrder { get; } = Info<List<Order>>();

    public static JsonTypeInfo<Order> Order { get; } = Info<Order>();

    public static JsonTypeInfo<List<Fill>> ListFill { get; } = Info<List<Fill>>();

    public static JsonTypeInfo<List<PaymentMethod>> ListPaymentMethod { get; } = Info<List<PaymentMethod>>();

    public static JsonTypeInfo<List<CoinbaseAccount>> ListCoinbaseAccount { get; } = Info<List<CoinbaseAccount>>();

    public static JsonTypeInfo<TransferReceipt> TransferReceipt { get; } = Info<TransferReceipt>();

    public static JsonTypeInfo<Conversion> Conversion { get; } = Info<Conversion>();

    public static JsonTypeInfo<Fees> Fees { get; } = Info<Fees>();

    public static JsonTypeInfo<List<TrailingVolume>> ListTrailingVolume { get; } = Info<List<TrailingVolume>>();

    public static JsonTypeInfo<Report> Report { get; } = Info<Report>();

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(CoPrAJsonContext.Default.Options);
        options.Converters.Insert(0, new UtcTimestampConverter());
        options.MakeReadOnly();
        return options;
    }

    private static JsonTypeInfo<T> Info<T>() => (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T));
}
