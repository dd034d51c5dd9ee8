using CoPrA.AdvancedTrade;
using static CoPrA.Tests.AdvancedTrade.Models.AtJson;

namespace CoPrA.Tests.AdvancedTrade.Models;

public class ExtensibleEnumTests
{
    [Fact]
    public void Known_values_carry_their_wire_text()
    {
        Assert.Equal("ONE_MINUTE", Granularity.OneMinute.ToString());
        Assert.Equal("STOP_DIRECTION_STOP_UP", StopDirection.StopUp.ToString());
        Assert.Equal("STATUS_UNEXPIRED", ExpiringContractStatus.Unexpired.ToString());
        Assert.Equal("INTRADAY_MARGIN_SETTING_INTRADAY", IntradayMarginSetting.Intraday.ToString());
        Assert.Equal("UNKNOWN_ORDER_STATUS", AdvancedOrderStatus.Unknown.ToString());
    }

    [Fact]
    public void Equality_is_ordinal_and_an_implicit_string_converts()
    {
        OrderSide buy = "BUY";
        Assert.Equal(OrderSide.Buy, buy);
        Assert.True(buy == OrderSide.Buy);
        Assert.False(buy != OrderSide.Buy);
        Assert.True(new OrderSide("buy") != OrderSide.Buy);
        Assert.Equal(OrderSide.Buy.GetHashCode(), new OrderSide("BUY").GetHashCode());
        Assert.True(OrderSide.Sell.Equals((object)new OrderSide("SELL")));
        Assert.False(OrderSide.Sell.Equals((object)"SELL"));
    }

    [Fact]
    public void A_null_or_empty_value_is_refused_naming_the_parameter()
    {
        Assert.Equal("value", Assert.ThrowsAny<ArgumentException>(() => new Granularity("")).ParamName);
        Assert.Equal("value", Assert.ThrowsAny<ArgumentException>(() => new Granularity(null!)).ParamName);
    }

    [Fact]
    public void An_unknown_value_reads_compares_and_writes_back_unchanged()
    {
        var order = Read<AdvancedOrder>(Q("{'order_id':'o','status':'SOMETHING_NEW','order_type':'ICEBERG','side':'SELL','time_in_force':'GOOD_UNTIL_CANCELLED'}"));

        Assert.Equal(new AdvancedOrderStatus("SOMETHING_NEW"), order.Status);
        Assert.Equal("ICEBERG", order.OrderType.ToString());
        Assert.Equal(OrderSide.Sell, order.Side);
        Assert.Equal(AdvancedTimeInForce.GoodUntilCancelled, order.TimeInForce);
        Assert.Contains("\"status\":\"SOMETHING_NEW\"", Write(order), StringComparison.Ordinal);
        Assert.Contains("\"order_type\":\"ICEBERG\"", Write(order), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_enum_round_trips_through_json_as_a_plain_string()
    {
        var product = Read<AdvancedProduct>(Q("{'product_id':'BIT-28JUL23-CDE','product_type':'FUTURE','alias_to':[],'product_venue':'FCM','future_product_details':{'contract_expiry_type':'EXPIRING'}}"));

        Assert.Equal(ProductType.Future, product.ProductType);
        Assert.Equal(ProductVenue.Fcm, product.ProductVenue);
        Assert.Equal(ContractExpiryType.Expiring, product.FutureProductDetails!.ContractExpiryType);
        Assert.Equal(Q("{'product_id':'BIT-28JUL23-CDE','product_type':'FUTURE','alias_to':[],'product_venue':'FCM','future_product_details':{'contract_expiry_type':'EXPIRING'}}"), Write(product));
    }

    [Fact]
    public void An_empty_string_from_the_server_reads_as_the_default_value_without_throwing()
    {
        var order = Read<AdvancedOrder>(Q("{'order_id':'o','margin_type':''}"));

        Assert.Equal(default(MarginType), order.MarginType);
        Assert.Equal("", order.MarginType.ToString());
    }

    [Fact]
    public void A_number_where_a_value_is_expected_is_kept_as_its_text()
    {
        var order = Read<AdvancedOrder>(Q("{'order_id':'o','status':7}"));

        Assert.Equal(new AdvancedOrderStatus("7"), order.Status);
    }
}
