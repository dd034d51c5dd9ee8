using System.Text.Json;
using System.Text.Json.Serialization;

namespace CoPrA;

/// <summary>
/// Source-generated JSON metadata for every model. Snake-case names, amounts read from strings or
/// numbers and written as strings (as Coinbase sends them), nulls left out when writing.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters = [typeof(DecimalStringConverter), typeof(OptionalDecimalConverter)])]
[JsonSerializable(typeof(JsonElement))]
[JsonSerializable(typeof(List<string>))]
[JsonSerializable(typeof(List<Product>))]
[JsonSerializable(typeof(Product))]
[JsonSerializable(typeof(OrderBook))]
[JsonSerializable(typeof(ProductTicker))]
[JsonSerializable(typeof(List<Trade>))]
[JsonSerializable(typeof(List<Candle>))]
[JsonSerializable(typeof(ProductStats))]
[JsonSerializable(typeof(List<Currency>))]
[JsonSerializable(typeof(Currency))]
[JsonSerializable(typeof(ServerTime))]
[JsonSerializable(typeof(List<Account>))]
[JsonSerializable(typeof(Account))]
[JsonSerializable(typeof(List<LedgerEntry>))]
[JsonSerializable(typeof(List<Hold>))]
[JsonSerializable(typeof(List<Order>))]
[JsonSerializable(typeof(Order))]
[JsonSerializable(typeof(List<Fill>))]
[JsonSerializable(typeof(List<PaymentMethod>))]
[JsonSerializable(typeof(List<CoinbaseAccount>))]
[JsonSerializable(typeof(TransferReceipt))]
[JsonSerializable(typeof(Conversion))]
[JsonSerializable(typeof(Fees))]
[JsonSerializable(typeof(List<TrailingVolume>))]
[JsonSerializable(typeof(Report))]
internal sealed partial class CoPrAJsonContext : JsonSerializerContext;
