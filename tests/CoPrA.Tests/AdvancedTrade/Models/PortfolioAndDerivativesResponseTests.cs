using CoPrA.AdvancedTrade;
using static CoPrA.Tests.AdvancedTrade.Models.AtJson;

namespace CoPrA.Tests.AdvancedTrade.Models;

/// <summary>Portfolios, CFM futures, INTX perpetuals and convert answers as Coinbase sends them.</summary>
public class PortfolioAndDerivativesResponseTests
{
    [Fact]
    public void Portfolios_read_list_one_and_move_funds()
    {
        var list = Read<ListPortfoliosResponse>(Q("{'portfolios':[{'name':'Default','uuid':'p1','type':'DEFAULT','deleted':false},{'name':'Odd','uuid':'p2','type':'SOMETHING_ELSE','deleted':true}]}"));
        var one = Read<PortfolioResponse>(Q("{'portfolio':{'name':'Trading','uuid':'p3','type':'CONSUMER','deleted':false}}"));
        var moved = Read<MovePortfolioFundsResponse>(Q("{'source_portfolio_uuid':'p1','target_portfolio_uuid':'p3'}"));
        var deleted = Read<EmptyResponse>("{}");

        Assert.Equal([PortfolioType.Default, new PortfolioType("SOMETHING_ELSE")], list.Portfolios.Select(p => p.Type!.Value));
        Assert.Equal(PortfolioType.Consumer, one.Portfolio!.Type);
        Assert.Equal("p3", moved.TargetPortfolioUuid);
        Assert.Null(deleted.ExtensionData);
    }

    [Fact]
    public void Portfolio_breakdown_reads_balances_and_every_kind_of_position()
    {
        var response = Read<PortfolioBreakdownResponse>(Q("""
            {'breakdown':{'portfolio':{'name':'Default','uuid':'p1','type':'DEFAULT','deleted':false},
              'portfolio_balances':{'total_balance':{'value':'1000.50','currency':'USD'},'total_futures_balance':{'value':'0','currency':'USD'},
                'total_cash_equivalent_balance':{'value':'500.25','currency':'USD'},'total_crypto_balance':{'value':'500.25','currency':'USD'},
                'futures_unrealized_pnl':{'value':'0','currency':'USD'},'perp_unrealized_pnl':{'value':'-1.5','currency':'USD'}},
              'spot_positions':[{'asset':'BTC','account_uuid':'a1','total_balance_fiat':500.25,'total_balance_crypto':0.0055,'available_to_trade_fiat':500.25,
                'allocation':0.5,'one_day_change':0.01,'cost_basis':{'value':'450','currency':'USD'},'asset_img_url':'https://example.invalid/btc.png','is_cash':false,
                'average_entry_price':{'value':'81818.18','currency':'USD'},'asset_uuid':'u1','available_to_trade_crypto':0.0055,'unrealized_pnl':50.25,
                'available_to_transfer_fiat':500.25,'available_to_transfer_crypto':0.0055,'asset_color':'#F7931A','account_type':'ACCOUNT_TYPE_CRYPTO'}],
              'perp_positions':[{'product_id':'BTC-PERP-INTX','product_uuid':'pu1','symbol':'BTC-PERP-INTX',
                'vwap':{'userNativeCurrency':{'value':'93000.5','currency':'USD'},'rawCurrency':{'value':'93000.5','currency':'USDC'}},
                'position_side':'FUTURES_POSITION_SIDE_LONG','net_size':'0.01','buy_order_size':'0','sell_order_size':'0','im_contribution':'0.1',
                'unrealized_pnl':{'userNativeCurrency':{'value':'-1.5','currency':'USD'},'rawCurrency':{'value':'-1.5','currency':'USDC'}},
                'leverage':'5','margin_type':'MARGIN_TYPE_CROSS','liquidation_buffer':'100','liquidation_percentage':'10'}],
              'futures_positions':[{'product_id':'BIT-28JUL23-CDE','contract_size':'0.01','side':'FUTURES_POSITION_SIDE_LONG','amount':'2',
                'avg_entry_price':'30000','current_price':'30100','unrealized_pnl':'2','expiry':'2023-07-28T15:00:00Z','underlying_asset':'BTC',
                'asset_img_url':'','product_name':'BTC 28 Jul 23','venue':'FCM','notional_value':'602'}]}}
            """));

        var breakdown = response.Breakdown!;
        Assert.Equal(1000.50m, breakdown.PortfolioBalances!.TotalBalance!.Value);
        Assert.Equal("USD", breakdown.PortfolioBalances.TotalBalance.Currency);
        var spot = Assert.Single(breakdown.SpotPositions);
        Assert.Equal(0.0055m, spot.TotalBalanceCrypto);
        Assert.Equal(81818.18m, spot.AverageEntryPrice!.Value);
        Assert.Equal("#F7931A", spot.ExtensionData!["asset_color"].GetString());
        var perp = Assert.Single(breakdown.PerpPositions);
        Assert.Equal(93000.5m, perp.Vwap!.UserNativeCurrency!.Value);
        Assert.Equal("USDC", perp.Vwap.RawCurrency!.Currency);
        Assert.Equal(-1.5m, perp.UnrealizedPnl!.RawCurrency!.Value);
        Assert.Equal(new MarginType("MARGIN_TYPE_CROSS"), perp.MarginType);
        var future = Assert.Single(breakdown.FuturesPositions);
        Assert.Equal(602m, future.NotionalValue);
        Assert.Equal(new DateTimeOffset(2023, 7, 28, 15, 0, 0, TimeSpan.Zero), future.Expiry);
    }

    [Fact]
    public void Futures_balance_summary_reads_amounts_and_margin_windows()
    {
        var response = Read<FuturesBalanceSummaryResponse>(Q("""
            {'balance_summary':{'futures_buying_power':{'value':'1000','currency':'USD'},'total_usd_balance':{'value':'2000.01','currency':'USD'},
              'cbi_usd_balance':{'value':'1500','currency':'USD'},'cfm_usd_balance':{'value':'500.01','currency':'USD'},
              'total_open_orders_hold_amount':{'value':'10','currency':'USD'},'unrealized_pnl':{'value':'-5','currency':'USD'},
              'daily_realized_pnl':{'value':'3','currency':'USD'},'initial_margin':{'value':'100','currency':'USD'},
              'available_margin':{'value':'400','currency':'USD'},'liquidation_threshold':{'value':'50','currency':'USD'},
              'liquidation_buffer_amount':{'value':'450','currency':'USD'},'liquidation_buffer_percentage':'900',
              'intraday_margin_window_measure':{'margin_window_type':'FCM_MARGIN_WINDOW_TYPE_INTRADAY','margin_level':'MARGIN_LEVEL_TYPE_BASE',
                'initial_margin':'100','maintenance_margin':'80','liquidation_buffer_percentage':'900','total_hold':'10','futures_buying_power':'1000'},
              'overnight_margin_window_measure':{'margin_window_type':'FCM_MARGIN_WINDOW_TYPE_OVERNIGHT','initial_margin':'200'}}}
            """));

        var summary = response.BalanceSummary!;
        Assert.Equal(2000.01m, summary.TotalUsdBalance!.Value);
        Assert.Equal(500.01m, summary.CfmUsdBalance!.Value);
        Assert.Equal(900m, summary.LiquidationBufferPercentage);
        Assert.Equal(80m, summary.IntradayMarginWindowMeasure!.MaintenanceMargin);
        Assert.Equal(200m, summary.OvernightMarginWindowMeasure!.InitialMargin);
    }

    [Fact]
    public void Futures_positions_read_list_and_one()
    {
        const string position = "{'product_id':'BIT-28JUL23-CDE','expiration_time':'2023-07-28T15:00:00Z','side':'LONG','number_of_contracts':'2','current_price':'30100.5','avg_entry_price':'30000','unrealized_pnl':'2.01','daily_realized_pnl':'0'}";

        var list = Read<ListFuturesPositionsResponse>(Q($"{{'positions':[{position}]}}"));
        var one = Read<GetFuturesPositionResponse>(Q($"{{'position':{position}}}"));

        Assert.Equal(30100.5m, Assert.Single(list.Positions).CurrentPrice);
        Assert.Equal(2m, one.Position!.NumberOfContracts);
        Assert.Equal(list.Positions[0], one.Position);
    }

    [Fact]
    public void Futures_sweeps_margin_setting_and_margin_window_read()
    {
        var sweeps = Read<ListFuturesSweepsResponse>(Q("{'sweeps':[{'id':'s1','requested_amount':{'value':'100.00','currency':'USD'},'should_sweep_all':false,'status':'PENDING','scheduled_time':'2023-07-28T15:00:00Z'}]}"));
        var scheduled = Read<FuturesSweepActionResponse>(Q("{'success':true}"));
        var setting = Read<IntradayMarginSettingResponse>(Q("{'setting':'INTRADAY_MARGIN_SETTING_STANDARD'}"));
        var window = Read<CurrentMarginWindowResponse>(Q("{'margin_window':{'margin_window_type':'FCM_MARGIN_WINDOW_TYPE_INTRADAY','end_time':'2023-07-28T20:00:00Z'},'is_intraday_margin_killswitch_enabled':false,'is_intraday_margin_enrollment_killswitch_enabled':true}"));

        var sweep = Assert.Single(sweeps.Sweeps);
        Assert.Equal(100.00m, sweep.RequestedAmount!.Value);
        Assert.Equal(FuturesSweepStatus.Pending, sweep.Status);
        Assert.True(scheduled.Success);
        Assert.Equal(IntradayMarginSetting.Standard, setting.Setting);
        Assert.Equal(new DateTimeOffset(2023, 7, 28, 20, 0, 0, TimeSpan.Zero), window.MarginWindow!.EndTime);
        Assert.True(window.IsIntradayMarginEnrollmentKillswitchEnabled);
    }

    [Fact]
    public void Perpetuals_portfolio_summary_reads_portfolios_and_totals()
    {
        var response = Read<PerpsPortfolioSummaryResponse>(Q("""
            {'portfolios':[{'portfolio_uuid':'p1','collateral':'1000.5','position_notional':'930','open_position_notional':'930','pending_fees':'0.1',
              'borrow':'0','accrued_interest':'0','rolling_debt':'0','portfolio_initial_margin':'0.1','portfolio_im_notional':{'value':'93','currency':'USD'},
              'portfolio_maintenance_margin':'0.05','portfolio_mm_notional':{'value':'46.5','currency':'USD'},'liquidation_percentage':'5',
              'liquidation_buffer':'900','margin_type':'MARGIN_TYPE_CROSS','margin_flags':'PORTFOLIO_MARGIN_FLAGS_UNSPECIFIED',
              'liquidation_status':'PORTFOLIO_LIQUIDATION_STATUS_NOT_LIQUIDATING','unrealized_pnl':{'value':'-1.5','currency':'USD'},
              'total_balance':{'value':'999','currency':'USD'}}],
             'summary':{'unrealized_pnl':{'value':'-1.5','currency':'USD'},'buying_power':{'value':'4000','currency':'USD'},
              'total_balance':{'value':'999','currency':'USD'},'max_withdrawal_amount':{'value':'800','currency':'USD'}}}
            """));

        var portfolio = Assert.Single(response.Portfolios);
        Assert.Equal(1000.5m, portfolio.Collateral);
        Assert.Equal(46.5m, portfolio.PortfolioMmNotional!.Value);
        Assert.Equal(800m, response.Summary!.MaxWithdrawalAmount!.Value);
    }

    [Fact]
    public void Perpetuals_positions_read_list_one_and_summary()
    {
        const string position = """
            {'product_id':'BTC-PERP-INTX','product_uuid':'pu1','portfolio_uuid':'p1','symbol':'BTC-PERP-INTX','vwap':{'value':'93000.5','currency':'USDC'},
             'entry_vwap':{'value':'92000','currency':'USDC'},'position_side':'POSITION_SIDE_LONG','margin_type':'MARGIN_TYPE_CROSS','net_size':'0.01',
             'buy_order_size':'0','sell_order_size':'0.005','im_contribution':'0.2','unrealized_pnl':{'value':'10.005','currency':'USDC'},
             'mark_price':{'value':'93001','currency':'USDC'},'liquidation_price':{'value':'50000','currency':'USDC'},'leverage':'5',
             'im_notional':{'value':'186','currency':'USDC'},'mm_notional':{'value':'93','currency':'USDC'},'position_notional':{'value':'930.01','currency':'USDC'},
             'aggregated_pnl':{'value':'10','currency':'USDC'}}
            """;

        var list = Read<ListPerpsPositionsResponse>(Q($"{{'positions':[{position}],'summary':{{'aggregated_pnl':{{'value':'10','currency':'USDC'}}}}}}"));
        var one = Read<GetPerpsPositionResponse>(Q($"{{'position':{position}}}"));

        Assert.Equal(0.005m, Assert.Single(list.Positions).SellOrderSize);
        Assert.Equal(10m, list.Summary!.AggregatedPnl!.Value);
        Assert.Equal(930.01m, one.Position!.PositionNotional!.Value);
        Assert.Equal(10.005m, one.Position.UnrealizedPnl!.Value);
    }

    [Fact]
    public void Perpetuals_balances_and_multi_asset_collateral_read()
    {
        var balances = Read<PerpsPortfolioBalancesResponse>(Q("""
            {'portfolio_balances':[{'portfolio_uuid':'p1','balances':[{'asset':{'asset_id':'a1','asset_uuid':'u1','asset_name':'USDC','status':'ACTIVE',
              'collateral_weight':'1','account_collateral_limit':'1000000','ecosystem_collateral_limit_breached':false},
              'quantity':'1000.123456','hold':'0','transfer_hold':'0','collateral_value':'1000.12','collateral_weight':'1','max_withdraw_amount':'800',
              'loan':'0','loan_collateral_requirement_usd':'0','pledged_quantity':'0'}],'is_margin_limit_reached':false}]}
            """));
        var collateral = Read<MultiAssetCollateralResponse>(Q("{'cross_collateral_enabled':true}"));

        var balance = Assert.Single(Assert.Single(balances.PortfolioBalances).Balances);
        Assert.Equal(1000.123456m, balance.Quantity);
        Assert.Equal("USDC", balance.Asset!.AssetName);
        Assert.Equal(1000000m, balance.Asset.AccountCollateralLimit);
        Assert.True(collateral.CrossCollateralEnabled);
    }

    [Fact]
    public void Convert_trade_reads_amounts_fees_and_keeps_the_rest()
    {
        var response = Read<ConvertTradeResponse>(Q("""
            {'trade':{'id':'t1','status':'TRADE_STATUS_CREATED','user_entered_amount':{'value':'100','currency':'USD'},'amount':{'value':'100','currency':'USDC'},
             'subtotal':{'value':'99.99','currency':'USD'},'total':{'value':'100.00','currency':'USD'},
             'fees':[{'title':'Network fee','description':'','amount':{'value':'0.01','currency':'USD'},'label':'fee'}],
             'total_fee':{'title':'Total fee','description':'','amount':{'value':'0.01','currency':'USD'},'label':''},
             'source':{'type':'LEDGER_ACCOUNT','network':'','ledger_account':{'account_id':'a1','currency':'USD'}},
             'source_currency':'USD','target_currency':'USDC','source_id':'a1','target_id':'a2','exchange_rate':{'value':'1','currency':'USDC'},
             'user_reference':'ref','total_fee_without_tax':{'title':'','amount':{'value':'0.01','currency':'USD'}}}}
            """));

        var trade = response.Trade!;
        Assert.Equal("t1", trade.Id);
        Assert.Equal(99.99m, trade.Subtotal!.Value);
        Assert.Equal(0.01m, Assert.Single(trade.Fees).Amount!.Value);
        Assert.Equal("USDC", trade.TargetCurrency);
        Assert.True(trade.ExtensionData!.ContainsKey("source"));
    }
}
