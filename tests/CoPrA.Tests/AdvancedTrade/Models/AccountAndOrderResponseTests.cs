using System.Text.Json;
using CoPrA.AdvancedTrade;
using static CoPrA.Tests.AdvancedTrade.Models.AtJson;

namespace CoPrA.Tests.AdvancedTrade.Models;

/// <summary>Accounts and orders read from the shapes Coinbase sends: amounts as strings, unknown members kept.</summary>
public class AccountAndOrderResponseTests
{
    private const string AccountJson = """
        {"uuid":"8bfc20d7-f7c6-4422-bf07-8243ca4169fe","name":"BTC Wallet","currency":"BTC",
         "available_balance":{"value":"1.23456789","currency":"BTC"},"default":false,"active":true,
         "created_at":"2021-05-31T09:59:59.000Z","updated_at":"2021-05-31T09:59:59Z","deleted_at":"",
         "type":"ACCOUNT_TYPE_CRYPTO","ready":true,"hold":{"value":"0.10000000","currency":"BTC"},
         "retail_portfolio_id":"b87a2d3f-8a1e-49b3-a4ea-402d8c389aca","platform":"ACCOUNT_PLATFORM_CONSUMER","new_field":{"x":1}}
        """;

    [Fact]
    public void List_accounts_reads_every_field_with_exact_decimals_and_keeps_unknown_members()
    {
        var page = Read<ListAccountsResponse>($$"""{"accounts":[{{AccountJson}}],"has_next":true,"cursor":"789100","size":1,"extra":"kept"}""");

        var account = Assert.Single(page.Accounts);
        Assert.True(page.HasNext);
        Assert.Equal("789100", page.Cursor);
        Assert.Equal(1, page.Size);
        Assert.Equal("kept", page.ExtensionData!["extra"].GetString());
        Assert.Equal("8bfc20d7-f7c6-4422-bf07-8243ca4169fe", account.Uuid);
        Assert.Equal(1.23456789m, account.AvailableBalance!.Value);
        Assert.Equal("1.23456789", account.AvailableBalance.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("0.10000000", account.Hold!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(new DateTimeOffset(2021, 5, 31, 9, 59, 59, TimeSpan.Zero), account.CreatedAt);
        Assert.Null(account.DeletedAt);
        Assert.Equal(JsonValueKind.Object, account.ExtensionData!["new_field"].ValueKind);
    }

    [Fact]
    public void Get_account_reads_the_account()
    {
        var response = Read<GetAccountResponse>($$"""{"account":{{AccountJson}}}""");

        Assert.Equal("BTC Wallet", response.Account!.Name);
        Assert.Equal(false, response.Account.Default);
        Assert.Equal("ACCOUNT_PLATFORM_CONSUMER", response.Account.Platform);
    }

    [Fact]
    public void A_rejected_order_keeps_its_reasons_and_an_explicit_false()
    {
        var response = Read<CreateOrderResponse>(Q("""
            {'success':false,'failure_reason':'UNKNOWN_FAILURE_REASON','order_id':'',
             'error_response':{'error':'INSUFFICIENT_FUND','message':'Insufficient balance in source account','error_details':'',
               'preview_failure_reason':'PREVIEW_INSUFFICIENT_FUND','new_order_failure_reason':'UNKNOWN_FAILURE_REASON'},
             'order_configuration':{'market_market_ioc':{'quote_size':'10.00'}}}
            """));

        Assert.False(response.Success);
        Assert.Equal("INSUFFICIENT_FUND", response.ErrorResponse!.Error);
        Assert.Equal("PREVIEW_INSUFFICIENT_FUND", response.ErrorResponse.PreviewFailureReason);
        Assert.Equal("UNKNOWN_FAILURE_REASON", response.ErrorResponse.NewOrderFailureReason);
        Assert.Equal(10.00m, response.OrderConfiguration!.MarketMarketIoc!.QuoteSize);
    }

    [Fact]
    public void An_accepted_order_reads_its_success_response_and_a_missing_success_stays_null()
    {
        var accepted = Read<CreateOrderResponse>(Q("""
            {'success':true,'failure_reason':'UNKNOWN_FAILURE_REASON','order_id':'11111-00000-000000',
             'success_response':{'order_id':'11111-00000-000000','product_id':'BTC-USD','side':'BUY','client_order_id':'0000-00000-000000','attached_order_id':'22222'}}
            """));
        var silent = Read<CreateOrderResponse>(Q("{'order_id':'11111-00000-000000'}"));

        Assert.True(accepted.Success);
        Assert.Equal(OrderSide.Buy, accepted.SuccessResponse!.Side);
        Assert.Equal("22222", accepted.SuccessResponse.AttachedOrderId);
        Assert.Null(silent.Success);
    }

    [Fact]
    public void Close_position_reads_like_create_order()
    {
        var response = Read<ClosePositionResponse>(Q("{'success':true,'success_response':{'order_id':'o1','product_id':'BIT-28JUL23-CDE','side':'SELL','client_order_id':'c1'},'order_configuration':{'market_market_ioc':{'base_size':'1'}}}"));

        Assert.True(response.Success);
        Assert.Equal(OrderSide.Sell, response.SuccessResponse!.Side);
        Assert.Equal(1m, response.OrderConfiguration!.MarketMarketIoc!.BaseSize);
    }

    [Fact]
    public void Preview_order_reads_every_field_of_the_documented_answer()
    {
        var preview = Read<PreviewOrderResponse>(Q("""
            {'order_total':'10.06','commission_total':'0.06','errs':['UNKNOWN_PREVIEW_FAILURE_REASON','PREVIEW_SOMETHING_NEW'],'warning':['UNKNOWN'],
             'quote_size':10,'base_size':0.001,'best_bid':'9999.99','best_ask':'10000.01','is_max':true,'order_margin_total':'5.00',
             'leverage':'2.0','long_leverage':'3.5','short_leverage':'2.5','slippage':'0.0001','preview_id':'p-1',
             'current_liquidation_buffer':'100.5','projected_liquidation_buffer':'90.25','max_leverage':'10',
             'pnl_configuration':{'trigger_bracket_pnl':{'take_profit_pnl':'12.34','stop_loss_pnl':'-5.67'}},
             'twap_bucket_metadata':{'bucket_duration':'300s','bucket_size':'2.00','number_buckets':'5','start_time':'2021-05-31T07:59:59.000Z','end_time':'2021-05-31T09:59:59.000Z'},
             'position_notional_limit':'100000','max_notional_at_requested_leverage':'20000.00',
             'margin_ratio_data':{'current_margin_ratio':'0.1','projected_margin_ratio':'0.15'},
             'commission_detail_total':{'total_commission':'0.06','gst_commission':'0.01','withholding_commission':'0','client_commission':'0.05'}}
            """));

        Assert.Equal(10.06m, preview.OrderTotal);
        Assert.Equal(0.06m, preview.CommissionTotal);
        Assert.Equal(["UNKNOWN_PREVIEW_FAILURE_REASON", "PREVIEW_SOMETHING_NEW"], preview.Errs);
        Assert.Equal(["UNKNOWN"], preview.Warning);
        Assert.Equal(10m, preview.QuoteSize);
        Assert.Equal(0.001m, preview.BaseSize);
        Assert.Equal(9999.99m, preview.BestBid);
        Assert.Equal(10000.01m, preview.BestAsk);
        Assert.True(preview.IsMax);
        Assert.Equal(5.00m, preview.OrderMarginTotal);
        Assert.Equal("2.0", preview.Leverage!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(3.5m, preview.LongLeverage);
        Assert.Equal(2.5m, preview.ShortLeverage);
        Assert.Equal(0.0001m, preview.Slippage);
        Assert.Equal("p-1", preview.PreviewId);
        Assert.Equal(100.5m, preview.CurrentLiquidationBuffer);
        Assert.Equal(90.25m, preview.ProjectedLiquidationBuffer);
        Assert.Equal(10m, preview.MaxLeverage);
        Assert.Equal(12.34m, preview.PnlConfiguration!.TriggerBracketPnl!.TakeProfitPnl);
        Assert.Equal(-5.67m, preview.PnlConfiguration.TriggerBracketPnl.StopLossPnl);
        Assert.Equal("300s", preview.TwapBucketMetadata!.BucketDuration);
        Assert.Equal(2.00m, preview.TwapBucketMetadata.BucketSize);
        Assert.Equal(5, preview.TwapBucketMetadata.NumberBuckets);
        Assert.Equal(new DateTimeOffset(2021, 5, 31, 7, 59, 59, TimeSpan.Zero), preview.TwapBucketMetadata.StartTime);
        Assert.Equal(100000m, preview.PositionNotionalLimit);
        Assert.Equal(20000.00m, preview.MaxNotionalAtRequestedLeverage);
        Assert.Equal(0.15m, preview.MarginRatioData!.ProjectedMarginRatio);
        Assert.Equal(0.01m, preview.CommissionDetailTotal!.GstCommission);
        Assert.Equal(0.05m, preview.CommissionDetailTotal.ClientCommission);
        Assert.Null(preview.ExtensionData);
    }

    private const string OrderJson = """
        {"order_id":"0000-000000-000000","product_id":"BTC-USD","user_id":"2222-000000-000000",
         "order_configuration":{"limit_limit_gtc":{"base_size":"0.001","limit_price":"10000.00","post_only":false}},
         "side":"BUY","client_order_id":"11111-000000-000000","status":"OPEN","time_in_force":"GOOD_UNTIL_CANCELLED",
         "created_time":"2021-05-31T09:59:59.123456Z","completion_percentage":"50","filled_size":"0.0005","average_filled_price":"9999.50",
         "fee":"","number_of_fills":"2","filled_value":"4.99975","pending_cancel":false,"size_in_quote":false,"total_fees":"0.03",
         "size_inclusive_of_fees":false,"total_value_after_fees":"5.02975","trigger_status":"INVALID_ORDER_TYPE","order_type":"LIMIT",
         "reject_reason":"REJECT_REASON_UNSPECIFIED","settled":false,"product_type":"SPOT","reject_message":"","cancel_message":"",
         "order_placement_source":"RETAIL_ADVANCED","outstanding_hold_amount":"5.00","is_liquidation":false,"last_fill_time":"",
         "edit_history":[{"price":"10000.00","size":"0.001","replace_accept_timestamp":"2021-05-31T09:59:59Z"}],
         "leverage":"","margin_type":"UNKNOWN_MARGIN_TYPE","retail_portfolio_id":"p1","originating_order_id":"","attached_order_id":"","brand_new":true}
        """;

    [Fact]
    public void List_orders_reads_every_order_field()
    {
        var page = Read<ListOrdersResponse>($$"""{"orders":[{{OrderJson}}],"sequence":"0","has_next":false,"cursor":""}""");

        var order = Assert.Single(page.Orders);
        Assert.Equal(0, page.Sequence);
        Assert.False(page.HasNext);
        Assert.Equal("0000-000000-000000", order.OrderId);
        Assert.Equal(AdvancedOrderStatus.Open, order.Status);
        Assert.Equal(AdvancedOrderType.Limit, order.OrderType);
        Assert.Equal(ProductType.Spot, order.ProductType);
        Assert.Equal(OrderPlacementSource.RetailAdvanced, order.OrderPlacementSource);
        Assert.Equal(new MarginType("UNKNOWN_MARGIN_TYPE"), order.MarginType);
        Assert.Equal(10000.00m, order.OrderConfiguration!.LimitLimitGtc!.LimitPrice);
        Assert.Equal(4.99975m, order.FilledValue);
        Assert.Equal(2, order.NumberOfFills);
        Assert.Null(order.Fee);
        Assert.Null(order.Leverage);
        Assert.Null(order.LastFillTime);
        Assert.Equal(new DateTimeOffset(2021, 5, 31, 9, 59, 59, 123, TimeSpan.Zero).AddTicks(4560), order.CreatedTime);
        Assert.Equal(0.001m, Assert.Single(order.EditHistory).Size);
        Assert.True(order.ExtensionData!["brand_new"].GetBoolean());
    }

    [Fact]
    public void Get_order_reads_the_order()
    {
        var response = Read<GetOrderResponse>($$"""{"order":{{OrderJson}}}""");

        Assert.Equal("11111-000000-000000", response.Order!.ClientOrderId);
        Assert.Equal(5.00m, response.Order.OutstandingHoldAmount);
    }

    [Fact]
    public void List_fills_reads_every_fill_field()
    {
        var page = Read<ListFillsResponse>(Q("""
            {'fills':[{'entry_id':'22222-2222222-22222222','trade_id':'1111-11111-111111','order_id':'0000-000000-000000',
              'trade_time':'2021-05-31T09:59:59Z','trade_type':'FILL','price':'10000.00','size':'0.001','commission':'1.25',
              'product_id':'BTC-USD','sequence_timestamp':'2021-05-31T09:58:59.000Z','liquidity_indicator':'MAKER',
              'size_in_quote':false,'user_id':'3333-333333-3333333','side':'BUY','retail_portfolio_id':'p1'}],'cursor':'789100'}
            """));

        var fill = Assert.Single(page.Fills);
        Assert.Equal("789100", page.Cursor);
        Assert.Equal("22222-2222222-22222222", fill.EntryId);
        Assert.Equal(1.25m, fill.Commission);
        Assert.Equal(OrderSide.Buy, fill.Side);
        Assert.Equal("MAKER", fill.LiquidityIndicator);
    }

    [Fact]
    public void Edit_and_edit_preview_read_their_errors()
    {
        var edit = Read<EditOrderResponse>(Q("{'success':false,'error_response':{'error_details':'too late','edit_order_failure_reason':'ORDER_ALREADY_FILLED'},'errors':[{'edit_failure_reason':'UNKNOWN_EDIT_ORDER_FAILURE_REASON','preview_failure_reason':'UNKNOWN_PREVIEW_FAILURE_REASON'}]}"));
        var preview = Read<EditOrderPreviewResponse>(Q("{'errors':[],'slippage':'0.01','order_total':'100.10','commission_total':'0.10','quote_size':'100','base_size':'0.01','best_bid':'9999','best_ask':'10001','average_filled_price':'10000.5'}"));
        var accepted = Read<EditOrderResponse>(Q("{'success':true,'success_response':{'order_id':'o1'}}"));

        Assert.False(edit.Success);
        Assert.Equal("ORDER_ALREADY_FILLED", edit.ErrorResponse!.EditOrderFailureReason);
        Assert.Equal("UNKNOWN_EDIT_ORDER_FAILURE_REASON", Assert.Single(edit.Errors).EditFailureReason);
        Assert.Empty(preview.Errors);
        Assert.Equal(100.10m, preview.OrderTotal);
        Assert.Equal(10000.5m, preview.AverageFilledPrice);
        Assert.Equal("o1", accepted.SuccessResponse!.OrderId);
    }

    [Fact]
    public void Cancel_results_keep_per_order_success_and_reason()
    {
        var response = Read<CancelOrdersResponse>(Q("{'results':[{'success':true,'failure_reason':'UNKNOWN_CANCEL_FAILURE_REASON','order_id':'o1'},{'success':false,'failure_reason':'UNKNOWN_CANCEL_ORDER','order_id':'o2'},{'order_id':'o3'}]}"));

        Assert.Equal([true, false, null], response.Results.Select(r => r.Success));
        Assert.Equal("UNKNOWN_CANCEL_ORDER", response.Results[1].FailureReason);
    }
}
