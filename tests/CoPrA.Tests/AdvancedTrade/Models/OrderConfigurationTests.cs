using CoPrA.AdvancedTrade;
using static CoPrA.Tests.AdvancedTrade.Models.AtJson;

namespace CoPrA.Tests.AdvancedTrade.Models;

public class OrderConfigurationTests
{
    private static readonly DateTimeOffset Start = new(2021, 5, 31, 7, 59, 59, TimeSpan.Zero);
    private static readonly DateTimeOffset End = new(2021, 5, 31, 9, 59, 59, TimeSpan.Zero);

    public static TheoryData<string, string> Variants() => new()
    {
        { "market ioc quote", "{'market_market_ioc':{'quote_size':'10.00'}}" },
        { "market ioc base", "{'market_market_ioc':{'base_size':'0.0100'}}" },
        { "market fok", "{'market_market_fok':{'base_size':'0.001'}}" },
        { "sor limit ioc", "{'sor_limit_ioc':{'base_size':'0.001','limit_price':'10000.00'}}" },
        { "limit gtc", "{'limit_limit_gtc':{'base_size':'0.001','limit_price':'10000.00','post_only':false}}" },
        { "limit gtc quote", "{'limit_limit_gtc':{'quote_size':'10.00','limit_price':'10000.00','post_only':true}}" },
        { "limit gtd", "{'limit_limit_gtd':{'base_size':'0.001','limit_price':'10000.00','end_time':'2021-05-31T09:59:59Z','post_only':false}}" },
        { "limit fok", "{'limit_limit_fok':{'base_size':'0.001','limit_price':'10000.00'}}" },
        { "twap", "{'twap_limit_gtd':{'quote_size':'10.00','limit_price':'10000.00','start_time':'2021-05-31T07:59:59Z','end_time':'2021-05-31T09:59:59Z','number_buckets':'5','bucket_size':'2.00','bucket_duration':'300s'}}" },
        { "stop limit gtc", "{'stop_limit_stop_limit_gtc':{'base_size':'0.001','limit_price':'10000.00','stop_price':'20000.00','stop_direction':'STOP_DIRECTION_STOP_UP'}}" },
        { "stop limit gtd", "{'stop_limit_stop_limit_gtd':{'base_size':'0.001','limit_price':'10000.00','stop_price':'9000.00','stop_direction':'STOP_DIRECTION_STOP_DOWN','end_time':'2021-05-31T09:59:59Z'}}" },
        { "bracket gtc", "{'trigger_bracket_gtc':{'base_size':'0.001','limit_price':'10000.00','stop_trigger_price':'9000.00'}}" },
        { "bracket gtd", "{'trigger_bracket_gtd':{'base_size':'0.001','limit_price':'10000.00','stop_trigger_price':'9000.00','end_time':'2021-05-31T09:59:59Z'}}" },
    };

    private static OrderConfiguration Build(string name) => name switch
    {
        "market ioc quote" => OrderConfiguration.MarketIoc(quoteSize: 10.00m),
        "market ioc base" => OrderConfiguration.MarketIoc(baseSize: 0.0100m),
        "market fok" => OrderConfiguration.MarketFok(baseSize: 0.001m),
        "sor limit ioc" => OrderConfiguration.LimitIoc(10000.00m, baseSize: 0.001m),
        "limit gtc" => OrderConfiguration.LimitGtc(10000.00m, baseSize: 0.001m),
        "limit gtc quote" => OrderConfiguration.LimitGtc(10000.00m, quoteSize: 10.00m, postOnly: true),
        "limit gtd" => OrderConfiguration.LimitGtd(10000.00m, End, baseSize: 0.001m),
        "limit fok" => OrderConfiguration.LimitFok(10000.00m, baseSize: 0.001m),
        "twap" => OrderConfiguration.TwapGtd(10000.00m, Start, End, 5, quoteSize: 10.00m, bucketSize: 2.00m, bucketDuration: TimeSpan.FromMinutes(5)),
        "stop limit gtc" => OrderConfiguration.StopLimitGtc(0.001m, 10000.00m, 20000.00m, StopDirection.StopUp),
        "stop limit gtd" => OrderConfiguration.StopLimitGtd(0.001m, 10000.00m, 9000.00m, End, StopDirection.StopDown),
        "bracket gtc" => OrderConfiguration.BracketGtc(0.001m, 10000.00m, 9000.00m),
        "bracket gtd" => OrderConfiguration.BracketGtd(0.001m, 10000.00m, 9000.00m, End),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    [Theory]
    [MemberData(nameof(Variants))]
    public void Every_variant_is_written_exactly_with_decimal_scale_kept(string name, string expected)
    {
        Assert.Equal(Q(expected), Write(Build(name)));
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public void Every_variant_reads_back_to_an_equal_valid_configuration(string name, string json)
    {
        var read = Read<OrderConfiguration>(Q(json));

        Assert.Equal(Build(name), read);
        read.Validate("orderConfiguration");
    }

    [Fact]
    public void Amounts_are_written_in_the_invariant_culture_whatever_the_current_one()
    {
        var saved = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
            Assert.Equal(Q("{'limit_limit_fok':{'base_size':'1.5','limit_price':'1234.56'}}"), Write(OrderConfiguration.LimitFok(1234.56m, baseSize: 1.5m)));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void The_seed_example_with_bare_number_sizes_reads()
    {
        var read = Read<OrderConfiguration>(Q("{'trigger_bracket_gtd':{'base_size':0.001,'limit_price':'10000.00','stop_trigger_price':'20000.00','end_time':'2021-05-31T09:59:59.000Z'}}"));

        Assert.Equal(0.001m, read.TriggerBracketGtd!.BaseSize);
        Assert.Equal(End, read.TriggerBracketGtd.EndTime);
    }

    [Fact]
    public void An_unknown_variant_from_a_response_is_kept_not_thrown()
    {
        var read = Read<OrderConfiguration>(Q("{'scaled_limit_gtc':{'base_size':'1','price_levels':'3'}}"));

        Assert.True(read.ExtensionData!.ContainsKey("scaled_limit_gtc"));
        Assert.Equal(Q("{'scaled_limit_gtc':{'base_size':'1','price_levels':'3'}}"), Write(read));
        Assert.Equal("orderConfiguration", Assert.Throws<ArgumentException>(() => read.Validate("orderConfiguration")).ParamName);
    }

    [Fact]
    public void Validate_refuses_no_variant_and_two_variants_naming_the_parameter()
    {
        var none = new OrderConfiguration();
        var two = OrderConfiguration.MarketIoc(quoteSize: 10m) with { LimitLimitFok = new() { BaseSize = 1m, LimitPrice = 2m } };

        var noneError = Assert.Throws<ArgumentException>(() => none.Validate("orderConfiguration"));
        var twoError = Assert.Throws<ArgumentException>(() => two.Validate("config"));

        Assert.Equal("orderConfiguration", noneError.ParamName);
        Assert.Contains("exactly one variant", noneError.Message, StringComparison.Ordinal);
        Assert.Equal("config", twoError.ParamName);
        Assert.Contains("market_market_ioc, limit_limit_fok", twoError.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string, string, string> Invalid() => new()
    {
        { "{'market_market_ioc':{}}", "market_market_ioc.base_size or quote_size is required", "baseSize" },
        { "{'market_market_fok':{'base_size':'1','quote_size':'2'}}", "market_market_fok.quote_size and base_size were both given", "quoteSize" },
        { "{'market_market_ioc':{'quote_size':'0'}}", "market_market_ioc.quote_size must be positive, got 0", "quoteSize" },
        { "{'sor_limit_ioc':{'base_size':'-1','limit_price':'5'}}", "sor_limit_ioc.base_size must be positive, got -1", "baseSize" },
        { "{'limit_limit_gtc':{'base_size':'1'}}", "limit_limit_gtc.limit_price is required", "limitPrice" },
        { "{'limit_limit_gtd':{'base_size':'1','limit_price':'5'}}", "limit_limit_gtd.end_time is required", "endTime" },
        { "{'limit_limit_fok':{'base_size':'1','limit_price':'0.00'}}", "limit_limit_fok.limit_price must be positive, got 0.00", "limitPrice" },
        { "{'twap_limit_gtd':{'base_size':'1','limit_price':'5','start_time':'2021-05-31T09:59:59Z','end_time':'2021-05-31T07:59:59Z','number_buckets':'5'}}", "twap_limit_gtd.end_time must be after start_time", "endTime" },
        { "{'twap_limit_gtd':{'base_size':'1','limit_price':'5','start_time':'2021-05-31T07:59:59Z','end_time':'2021-05-31T09:59:59Z','number_buckets':'0'}}", "twap_limit_gtd.number_buckets must be positive, got 0", "numberBuckets" },
        { "{'twap_limit_gtd':{'base_size':'1','limit_price':'5','start_time':'2021-05-31T07:59:59Z','end_time':'2021-05-31T09:59:59Z'}}", "twap_limit_gtd.number_buckets is required", "numberBuckets" },
        { "{'twap_limit_gtd':{'base_size':'1','limit_price':'5','start_time':'2021-05-31T07:59:59Z','end_time':'2021-05-31T09:59:59Z','number_buckets':'5','bucket_size':'-2'}}", "twap_limit_gtd.bucket_size must be positive", "bucketSize" },
        { "{'twap_limit_gtd':{'base_size':'1','limit_price':'5','start_time':'2021-05-31T07:59:59Z','end_time':'2021-05-31T09:59:59Z','number_buckets':'5','bucket_duration':'1.5s'}}", "twap_limit_gtd.bucket_duration must be a positive whole number of seconds", "bucketDuration" },
        { "{'stop_limit_stop_limit_gtc':{'limit_price':'5','stop_price':'6','stop_direction':'STOP_DIRECTION_STOP_UP'}}", "stop_limit_stop_limit_gtc.base_size is required", "baseSize" },
        { "{'stop_limit_stop_limit_gtc':{'base_size':'1','limit_price':'5','stop_price':'6'}}", "stop_limit_stop_limit_gtc.stop_direction is required", "stopDirection" },
        { "{'stop_limit_stop_limit_gtd':{'base_size':'1','limit_price':'5','stop_price':'-6','stop_direction':'STOP_DIRECTION_STOP_UP'}}", "stop_limit_stop_limit_gtd.stop_price must be positive", "stopPrice" },
        { "{'trigger_bracket_gtc':{'base_size':'1','limit_price':'5'}}", "trigger_bracket_gtc.stop_trigger_price is required", "stopTriggerPrice" },
        { "{'trigger_bracket_gtd':{'base_size':'1','limit_price':'5','stop_trigger_price':'4'}}", "trigger_bracket_gtd.end_time is required", "endTime" },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Validate_names_the_parameter_and_the_field(string json, string message, string factoryParameter)
    {
        var configuration = Read<OrderConfiguration>(Q(json));

        var error = Assert.Throws<ArgumentException>(() => configuration.Validate("orderConfiguration"));

        Assert.Equal("orderConfiguration", error.ParamName);
        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
        Assert.NotEmpty(factoryParameter);
    }

    [Fact]
    public void Factories_name_their_own_parameter()
    {
        Assert.Equal("baseSize", Assert.Throws<ArgumentException>(() => OrderConfiguration.MarketIoc()).ParamName);
        Assert.Equal("quoteSize", Assert.Throws<ArgumentException>(() => OrderConfiguration.MarketFok(quoteSize: 1m, baseSize: 1m)).ParamName);
        Assert.Equal("limitPrice", Assert.Throws<ArgumentException>(() => OrderConfiguration.LimitGtc(0m, baseSize: 1m)).ParamName);
        Assert.Equal("endTime", Assert.Throws<ArgumentException>(() => OrderConfiguration.TwapGtd(5m, End, Start, 5, baseSize: 1m)).ParamName);
        Assert.Equal("numberBuckets", Assert.Throws<ArgumentException>(() => OrderConfiguration.TwapGtd(5m, Start, End, -1, baseSize: 1m)).ParamName);
        Assert.Equal("bucketDuration", Assert.Throws<ArgumentException>(() => OrderConfiguration.TwapGtd(5m, Start, End, 5, baseSize: 1m, bucketDuration: TimeSpan.Zero)).ParamName);
        Assert.Equal("stopDirection", Assert.Throws<ArgumentException>(() => OrderConfiguration.StopLimitGtc(1m, 2m, 3m, default)).ParamName);
        Assert.Equal("stopTriggerPrice", Assert.Throws<ArgumentException>(() => OrderConfiguration.BracketGtd(1m, 2m, -3m, End)).ParamName);
        Assert.Equal("baseSize", Assert.Throws<ArgumentException>(() => OrderConfiguration.BracketGtc(0m, 2m, 3m)).ParamName);
    }

    [Fact]
    public void An_attached_bracket_is_written_without_a_size()
    {
        Assert.Equal(Q("{'trigger_bracket_gtc':{'limit_price':'110.50','stop_trigger_price':'90.25'}}"), Write(AttachedOrderConfiguration.TriggerBracket(110.50m, 90.25m)));
    }

    [Fact]
    public void An_attached_bracket_with_a_size_or_missing_is_refused()
    {
        var sized = new AttachedOrderConfiguration { TriggerBracketGtc = new() { BaseSize = 1m, LimitPrice = 2m, StopTriggerPrice = 1m } };

        var sizedError = Assert.Throws<ArgumentException>(() => sized.Validate("attachedOrderConfiguration"));
        var emptyError = Assert.Throws<ArgumentException>(() => new AttachedOrderConfiguration().Validate("attached"));

        Assert.Equal("attachedOrderConfiguration", sizedError.ParamName);
        Assert.StartsWith("trigger_bracket_gtc.base_size must be left out", sizedError.Message, StringComparison.Ordinal);
        Assert.Equal("attached", emptyError.ParamName);
        Assert.Equal("limitPrice", Assert.Throws<ArgumentException>(() => AttachedOrderConfiguration.TriggerBracket(0m, 1m)).ParamName);
    }

    [Fact]
    public void A_create_order_body_is_written_with_nulls_left_out_and_leverage_as_a_string()
    {
        var body = new CreateOrderRequest
        {
            ClientOrderId = "c1",
            ProductId = "BTC-PERP-INTX",
            Side = OrderSide.Buy,
            OrderConfiguration = OrderConfiguration.LimitGtc(50000.0m, baseSize: 0.010m),
            AttachedOrderConfiguration = AttachedOrderConfiguration.TriggerBracket(55000m, 45000m),
            Leverage = 2.0m,
            MarginType = MarginType.Cross,
        };

        Assert.Equal(
            Q("{'client_order_id':'c1','product_id':'BTC-PERP-INTX','side':'BUY','order_configuration':{'limit_limit_gtc':{'base_size':'0.010','limit_price':'50000.0','post_only':false}},"
                + "'attached_order_configuration':{'trigger_bracket_gtc':{'limit_price':'55000','stop_trigger_price':'45000'}},'leverage':'2.0','margin_type':'CROSS'}"),
            Write(body));
    }

    [Fact]
    public void A_preview_order_body_is_written_with_nulls_left_out()
    {
        var body = new PreviewOrderRequest { ProductId = "BTC-USD", Side = OrderSide.Sell, OrderConfiguration = OrderConfiguration.MarketIoc(baseSize: 0.5m) };

        Assert.Equal(Q("{'product_id':'BTC-USD','side':'SELL','order_configuration':{'market_market_ioc':{'base_size':'0.5'}}}"), Write(body));
    }
}
