using CoPrA.AdvancedTrade;
using static CoPrA.Tests.AdvancedTrade.Models.AtJson;

namespace CoPrA.Tests.AdvancedTrade.Models;

/// <summary>Products, market data, server time, fees, key permissions and payment methods as Coinbase sends them.</summary>
public class MarketAndProductResponseTests
{
    private const string ProductJson = """
        {"product_id":"BTC-USD","price":"140.21","price_percentage_change_24h":"9.43","volume_24h":"1908432","volume_percentage_change_24h":"9.43",
         "base_increment":"0.00000001","quote_increment":"0.01","quote_min_size":"1","quote_max_size":"10000000","base_min_size":"0.00000001",
         "base_max_size":"1000","base_name":"Bitcoin","quote_name":"US Dollar","watched":true,"is_disabled":false,"new":false,"status":"online",
         "cancel_only":false,"limit_only":false,"post_only":false,"trading_disabled":false,"auction_mode":false,"product_type":"SPOT",
         "quote_currency_id":"USD","base_currency_id":"BTC","fcm_trading_session_details":null,"mid_market_price":"140.22","alias":"",
         "alias_to":["BTC-USDC"],"base_display_symbol":"BTC","quote_display_symbol":"USD","view_only":false,"price_increment":"0.01",
         "display_name":"BTC-USD","product_venue":"CBE","approximate_quote_24h_volume":"123456.78"}
        """;

    [Fact]
    public void List_products_reads_every_field()
    {
        var page = Read<ListProductsResponse>($$"""{"products":[{{ProductJson}}],"num_products":100}""");

        var product = Assert.Single(page.Products);
        Assert.Equal(100, page.NumProducts);
        Assert.Equal(140.21m, product.Price);
        Assert.Equal(9.43m, product.PricePercentageChange24h);
        Assert.Equal(1908432m, product.Volume24h);
        Assert.Equal(0.00000001m, product.BaseIncrement);
        Assert.Equal("0.00000001", product.BaseIncrement!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(123456.78m, product.ApproximateQuote24hVolume);
        Assert.Equal(["BTC-USDC"], product.AliasTo);
        Assert.Equal(ProductVenue.Cbe, product.ProductVenue);
        Assert.True(product.ExtensionData!.ContainsKey("fcm_trading_session_details"));
    }

    [Fact]
    public void Get_product_is_the_product_object_itself_with_futures_details()
    {
        var product = Read<GetProductResponse>(Q("""
            {'product_id':'BIP-20DEC30-CDE','price':'95000.5','product_type':'FUTURE','product_venue':'FCM',
             'future_product_details':{'venue':'cde','contract_code':'BIP','contract_expiry':'2030-12-20T16:00:00Z','contract_size':'0.01',
               'contract_root_unit':'BTC','group_description':'Bitcoin Perpetual','contract_expiry_timezone':'Europe/London',
               'group_short_description':'BTC PERP','risk_managed_by':'MANAGED_BY_FCM','contract_expiry_type':'PERPETUAL',
               'perpetual_details':{'open_interest':'1234.5','funding_rate':'0.000010','funding_time':'2026-12-06T23:00:00Z','max_leverage':'10','base_asset_uuid':'a1','underlying_type':'SPOT'},
               'contract_display_name':'BTC PERP','time_to_expiry_ms':'123456789','non_crypto':false,'contract_expiry_name':'Dec 2030','twenty_four_by_seven':true}}
            """));

        var details = product.FutureProductDetails!;
        Assert.Equal(95000.5m, product.Price);
        Assert.Equal(ProductType.Future, product.ProductType);
        Assert.Equal(ContractExpiryType.Perpetual, details.ContractExpiryType);
        Assert.Equal(0.01m, details.ContractSize);
        Assert.Equal(123456789L, details.TimeToExpiryMs);
        Assert.True(details.TwentyFourBySeven);
        Assert.Equal("0.000010", details.PerpetualDetails!.FundingRate!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Product_book_reads_levels_and_spreads()
    {
        var book = Read<ProductBookResponse>(Q("""
            {'pricebook':{'product_id':'BTC-USD','bids':[{'price':'93000.01','size':'0.5'},{'price':'93000.00','size':'1.25000000'}],
              'asks':[{'price':'93000.02','size':'0.1'}],'time':'2026-12-06T22:00:00.123Z'},
             'last':'93000.01','mid_market':'93000.015','spread_bps':'0.0107','spread_absolute':'0.01'}
            """));

        Assert.Equal("BTC-USD", book.Pricebook!.ProductId);
        Assert.Equal([93000.01m, 93000.00m], book.Pricebook.Bids.Select(l => l.Price));
        Assert.Equal("1.25000000", book.Pricebook.Bids[1].Size.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(0.1m, Assert.Single(book.Pricebook.Asks).Size);
        Assert.Equal(93000.015m, book.MidMarket);
        Assert.Equal(0.0107m, book.SpreadBps);
        Assert.Equal(0.01m, book.SpreadAbsolute);
        Assert.Equal(93000.01m, book.Last);
    }

    [Fact]
    public void Best_bid_ask_reads_one_book_per_product()
    {
        var response = Read<BestBidAskResponse>(Q("{'pricebooks':[{'product_id':'BTC-USD','bids':[{'price':'1','size':'2'}],'asks':[{'price':'3','size':'4'}],'time':'2026-12-06T22:00:00Z'},{'product_id':'ETH-USD','bids':[],'asks':[]}]}"));

        Assert.Equal(["BTC-USD", "ETH-USD"], response.Pricebooks.Select(b => b.ProductId));
        Assert.Equal(3m, response.Pricebooks[0].Asks[0].Price);
    }

    [Fact]
    public void Candles_read_strings_for_every_value()
    {
        var response = Read<CandlesResponse>(Q("{'candles':[{'start':'1639508050','low':'140.21','high':'140.21','open':'140.21','close':'140.21','volume':'56437345'}]}"));

        var candle = Assert.Single(response.Candles);
        Assert.Equal(1639508050L, candle.Start);
        Assert.Equal(140.21m, candle.Low);
        Assert.Equal(56437345m, candle.Volume);
    }

    [Fact]
    public void Market_trades_read_trades_and_the_best_prices()
    {
        var response = Read<MarketTradesResponse>(Q("""
            {'trades':[{'trade_id':'34b080bf-fcfd-445a-832b-46b5ddc65601','product_id':'BTC-USD','price':'140.91','size':'4','time':'2021-05-31T09:59:59.000Z','side':'BUY','bid':'','ask':'','exchange':'CBE'},
                       {'trade_id':'t2','product_id':'BTC-USD','price':'140.90','size':'0.5','time':'2021-05-31T09:59:58Z','side':'UNKNOWN_ORDER_SIDE'}],
             'best_bid':'291.13','best_ask':'292.40'}
            """));

        Assert.Equal(2, response.Trades.Count);
        Assert.Equal(140.91m, response.Trades[0].Price);
        Assert.Null(response.Trades[0].Bid);
        Assert.Equal(new OrderSide("UNKNOWN_ORDER_SIDE"), response.Trades[1].Side);
        Assert.Equal(291.13m, response.BestBid);
        Assert.Equal(292.40m, response.BestAsk);
    }

    [Fact]
    public void Server_time_reads_its_camel_case_members_from_strings_or_numbers()
    {
        var fromStrings = Read<ServerTimeResponse>("""{"iso":"2023-05-31T09:59:59.000Z","epochSeconds":"1685527199","epochMillis":"1685527199000"}""");
        var fromNumbers = Read<ServerTimeResponse>("""{"iso":"2023-05-31T09:59:59Z","epochSeconds":1685527199,"epochMillis":1685527199000}""");

        Assert.Equal(new DateTimeOffset(2023, 5, 31, 9, 59, 59, TimeSpan.Zero), fromStrings.Iso);
        Assert.Equal(1685527199L, fromStrings.EpochSeconds);
        Assert.Equal(1685527199000L, fromStrings.EpochMillis);
        Assert.Equal(fromStrings, fromNumbers);
        Assert.Null(fromStrings.ExtensionData);
    }

    [Fact]
    public void Transaction_summary_reads_the_fee_tier_and_totals()
    {
        var summary = Read<TransactionSummaryResponse>(Q("""
            {'total_volume':1000.5,'total_fees':'25.125','fee_tier':{'pricing_tier':'Advanced 1','usd_from':'0','usd_to':'10000','taker_fee_rate':'0.0120','maker_fee_rate':'0.0060','aop_from':'','aop_to':''},
             'margin_rate':{'value':'0.5'},'goods_and_services_tax':{'rate':'0.1','type':'INCLUSIVE'},'advanced_trade_only_volumes':'1000','advanced_trade_only_fees':'25',
             'coinbase_pro_volume':'0','coinbase_pro_fees':'0','total_balance':'5000.01','has_promo_fee':false}
            """));

        Assert.Equal(1000.5m, summary.TotalVolume);
        Assert.Equal(25.125m, summary.TotalFees);
        Assert.Equal("0.0120", summary.FeeTier!.TakerFeeRate!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(0.0060m, summary.FeeTier.MakerFeeRate);
        Assert.Null(summary.FeeTier.AopFrom);
        Assert.Equal(0.5m, summary.MarginRate!.Value);
        Assert.Equal("INCLUSIVE", summary.GoodsAndServicesTax!.Type);
        Assert.Equal(5000.01m, summary.TotalBalance);
        Assert.False(summary.HasPromoFee);
    }

    [Fact]
    public void Key_permissions_read_the_flags_and_portfolio()
    {
        var permissions = Read<KeyPermissionsResponse>(Q("{'can_view':true,'can_trade':true,'can_transfer':false,'portfolio_uuid':'p1','portfolio_type':'DEFAULT'}"));

        Assert.True(permissions.CanTrade);
        Assert.False(permissions.CanTransfer);
        Assert.Equal(PortfolioType.Default, permissions.PortfolioType);
    }

    [Fact]
    public void Payment_methods_read_list_and_one()
    {
        const string method = "{'id':'pm1','type':'ACH','name':'Bank','currency':'USD','verified':true,'allow_buy':true,'allow_sell':true,'allow_deposit':true,'allow_withdraw':false,'created_at':'2021-05-31T09:59:59Z','updated_at':'2021-05-31T09:59:59Z'}";

        var list = Read<ListPaymentMethodsResponse>(Q($"{{'payment_methods':[{method}]}}"));
        var one = Read<GetPaymentMethodResponse>(Q($"{{'payment_method':{method}}}"));

        Assert.Equal("pm1", Assert.Single(list.PaymentMethods).Id);
        Assert.False(one.PaymentMethod!.AllowWithdraw);
        Assert.Equal(list.PaymentMethods[0], one.PaymentMethod);
    }
}
