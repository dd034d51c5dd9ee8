using System.Text.Json.Serialization;

namespace CoPrA.AdvancedTrade;

/// <summary>
/// A tradable product (<c>GET /products</c>, <c>GET /market/products</c>); the single-product
/// endpoints answer with this object itself, as <see cref="GetProductResponse"/>.
/// </summary>
public record AdvancedProduct : ApiObject
{
    /// <summary>Product id, for example <c>BTC-USD</c>.</summary>
    public string ProductId { get; init => field = value ?? ""; } = "";
    /// <summary>Last price.</summary>
    public decimal? Price { get; init; }
    /// <summary>Price change over 24 hours, in percent.</summary>
    [JsonPropertyName("price_percentage_change_24h")]
    public decimal? PricePercentageChange24h { get; init; }
    /// <summary>Volume over 24 hours.</summary>
    [JsonPropertyName("volume_24h")]
    public decimal? Volume24h { get; init; }
    /// <summary>Volume change over 24 hours, in percent.</summary>
    [JsonPropertyName("volume_percentage_change_24h")]
    public decimal? VolumePercentageChange24h { get; init; }
    /// <summary>Smallest base size step.</summary>
    public decimal? BaseIncrement { get; init; }
    /// <summary>Smallest quote step.</summary>
    public decimal? QuoteIncrement { get; init; }
    /// <summary>Smallest quote size.</summary>
    public decimal? QuoteMinSize { get; init; }
    /// <summary>Largest quote size.</summary>
    public decimal? QuoteMaxSize { get; init; }
    /// <summary>Smallest base size.</summary>
    public decimal? BaseMinSize { get; init; }
    /// <summary>Largest base size.</summary>
    public decimal? BaseMaxSize { get; init; }
    /// <summary>Base currency name.</summary>
    public string? BaseName { get; init; }
    /// <summary>Quote currency name.</summary>
    public string? QuoteName { get; init; }
    /// <summary>Whether the user watches the product.</summary>
    public bool? Watched { get; init; }
    /// <summary>Whether the product is disabled.</summary>
    public bool? IsDisabled { get; init; }
    /// <summary>Whether the product is new.</summary>
    public bool? New { get; init; }
    /// <summary>Status text, for example <c>online</c>.</summary>
    public string? Status { get; init; }
    /// <summary>Whether only cancels are accepted.</summary>
    public bool? CancelOnly { get; init; }
    /// <summary>Whether only limit orders are accepted.</summary>
    public bool? LimitOnly { get; init; }
    /// <summary>Whether only post-only orders are accepted.</summary>
    public bool? PostOnly { get; init; }
    /// <summary>Whether trading is disabled.</summary>
    public bool? TradingDisabled { get; init; }
    /// <summary>Whether the product is in auction mode.</summary>
    public bool? AuctionMode { get; init; }
    /// <summary>Product type.</summary>
    public ProductType? ProductType { get; init; }
    /// <summary>Quote currency code.</summary>
    public string? QuoteCurrencyId { get; init; }
    /// <summary>Base currency code.</summary>
    public string? BaseCurrencyId { get; init; }
    /// <summary>Mid-market price.</summary>
    public decimal? MidMarketPrice { get; init; }
    /// <summary>Product this one is an alias of (the <c>-USDC</c> products are aliases of <c>-USD</c> books).</summary>
    public string? Alias { get; init; }
    /// <summary>Products that are aliases of this one.</summary>
    public List<string> AliasTo { get; init => field = value ?? []; } = [];
    /// <summary>Base display symbol.</summary>
    public string? BaseDisplaySymbol { get; init; }
    /// <summary>Quote display symbol.</summary>
    public string? QuoteDisplaySymbol { get; init; }
    /// <summary>Whether the product can only be viewed.</summary>
    public bool? ViewOnly { get; init; }
    /// <summary>Smallest price step.</summary>
    public decimal? PriceIncrement { get; init; }
    /// <summary>Display name.</summary>
    public string? DisplayName { get; init; }
    /// <summary>Venue.</summary>
    public ProductVenue? ProductVenue { get; init; }
    /// <summary>Approximate 24-hour volume in the quote currency.</summary>
    [JsonPropertyName("approximate_quote_24h_volume")]
    public decimal? ApproximateQuote24hVolume { get; init; }
    /// <summary>Details of a futures product.</summary>
    public FutureProductDetails? FutureProductDetails { get; init; }
}

/// <summary>One product (<c>GET /products/{product_id}</c>, <c>GET /market/products/{product_id}</c>): the product object itself.</summary>
public sealed record GetProductResponse : AdvancedProduct;

/// <summary>The <c>future_product_details</c> of a futures product.</summary>
public sealed record FutureProductDetails : ApiObject
{
    /// <summary>Venue.</summary>
    public string? Venue { get; init; }
    /// <summary>Contract code.</summary>
    public string? ContractCode { get; init; }
    /// <summary>When the contract expires.</summary>
    public DateTimeOffset? ContractExpiry { get; init; }
    /// <summary>Contract size.</summary>
    public decimal? ContractSize { get; init; }
    /// <summary>Unit of the contract's root.</summary>
    public string? ContractRootUnit { get; init; }
    /// <summary>Group description.</summary>
    public string? GroupDescription { get; init; }
    /// <summary>Time zone of the expiry.</summary>
    public string? ContractExpiryTimezone { get; init; }
    /// <summary>Short group description.</summary>
    public string? GroupShortDescription { get; init; }
    /// <summary>Who manages the risk, for example <c>MANAGED_BY_FCM</c>.</summary>
    public string? RiskManagedBy { get; init; }
    /// <summary>Expiring or perpetual.</summary>
    public ContractExpiryType? ContractExpiryType { get; init; }
    /// <summary>Details of a perpetual.</summary>
    public PerpetualDetails? PerpetualDetails { get; init; }
    /// <summary>Display name of the contract.</summary>
    public string? ContractDisplayName { get; init; }
    /// <summary>Milliseconds to expiry (sent as a string or a number).</summary>
    public long? TimeToExpiryMs { get; init; }
    /// <summary>Whether the underlying is not a crypto asset.</summary>
    public bool? NonCrypto { get; init; }
    /// <summary>Name of the expiry.</summary>
    public string? ContractExpiryName { get; init; }
    /// <summary>Whether the contract trades around the clock.</summary>
    public bool? TwentyFourBySeven { get; init; }
}

/// <summary>The <c>perpetual_details</c> of a perpetual futures product.</summary>
public sealed record PerpetualDetails : ApiObject
{
    /// <summary>Open interest.</summary>
    public decimal? OpenInterest { get; init; }
    /// <summary>Funding rate.</summary>
    public decimal? FundingRate { get; init; }
    /// <summary>Next funding time.</summary>
    public DateTimeOffset? FundingTime { get; init; }
    /// <summary>Maximum leverage.</summary>
    public decimal? MaxLeverage { get; init; }
    /// <summary>Base asset id.</summary>
    public string? BaseAssetUuid { get; init; }
    /// <summary>Kind of underlying.</summary>
    public string? UnderlyingType { get; init; }
}

/// <summary>A page of products (<c>GET /products</c>, <c>GET /market/products</c>).</summary>
public sealed record ListProductsResponse : ApiObject
{
    /// <summary>The products.</summary>
    public List<AdvancedProduct> Products { get; init => field = value ?? []; } = [];
    /// <summary>Number of products.</summary>
    public int? NumProducts { get; init; }
}
