namespace CoPrA.Tests.AdvancedTrade.WebSocket;

/// <summary>Frames in the shapes the Advanced Trade feed sends, written from its documented field lists (values invented).</summary>
internal static class AdvancedTradeFeedSamples
{
    public const string Timestamp = "2026-03-01T12:00:00.123456789Z";

    public static string Heartbeats(long sequence, string counter = "\"3049\"") =>
        $$$"""{"channel":"heartbeats","client_id":"","timestamp":"{{{Timestamp}}}","sequence_num":{{{sequence}}},"events":[{"current_time":"2026-03-01 12:00:00.12071633 +0000 UTC m=+91717.525857105","heartbeat_counter":{{{counter}}}}]}""";

    public static string Candles(long sequence) =>
        $$$"""{"channel":"candles","client_id":"","timestamp":"{{{Timestamp}}}","sequence_num":{{{sequence}}},"events":[{"type":"snapshot","candles":[{"start":"1772366400","high":"64100.5","low":"63950.25","open":"64000","close":"64050.75","volume":"12.3456789","product_id":"BTC-USD"}]}]}""";

    public static string Status(long sequence) =>
        $$$"""{"channel":"status","client_id":"","timestamp":"{{{Timestamp}}}","sequence_num":{{{sequence}}},"events":[{"type":"snapshot","products":[{"product_type":"SPOT","id":"BTC-USD","base_currency":"BTC","quote_currency":"USD","base_increment":"0.00000001","quote_increment":"0.01","display_name":"BTC/USD","status":"online","status_message":"","min_market_funds":"1"}]}]}""";

    public static string Ticker(long sequence, string channel = "ticker", string price = "64050.75") =>
        $$$"""{"channel":"{{{channel}}}","client_id":"","timestamp":"{{{Timestamp}}}","sequence_num":{{{sequence}}},"events":[{"type":"update","tickers":[{"type":"ticker","product_id":"BTC-USD","price":"{{{price}}}","volume_24_h":"1234.5678","low_24_h":"63000","high_24_h":"65000.01","low_52_w":"25000","high_52_w":"74000","price_percent_chg_24_h":"-1.2345","best_bid":"64050.5","best_ask":"64051","best_bid_quantity":"0.5","best_ask_quantity":"0.25"}]}]}""";

    public static string Level2Snapshot(long sequence, string product = "BTC-USD") =>
        $$$"""{"channel":"l2_data","client_id":"","timestamp":"{{{Timestamp}}}","sequence_num":{{{sequence}}},"events":[{"type":"snapshot","product_id":"{{{product}}}","updates":[{"side":"bid","event_time":"2026-03-01T12:00:00.100000Z","price_level":"64000.00","new_quantity":"1.5"},{"side":"bid","event_time":"2026-03-01T12:00:00.100000Z","price_level":"63999.50","new_quantity":"2"},{"side":"offer","event_time":"2026-03-01T12:00:00.100000Z","price_level":"64001.00","new_quantity":"0.75"},{"side":"offer","event_time":"2026-03-01T12:00:00.100000Z","price_level":"64002.00","new_quantity":"3"}]}]}""";

    public static string Level2Update(long sequence, string side, string price, string quantity, string product = "BTC-USD") =>
        $$$"""{"channel":"l2_data","client_id":"","timestamp":"{{{Timestamp}}}","sequence_num":{{{sequence}}},"events":[{"type":"update","product_id":"{{{product}}}","updates":[{"side":"{{{side}}}","event_time":"2026-03-01T12:00:01.200000Z","price_level":"{{{price}}}","new_quantity":"{{{quantity}}}"}]}]}""";

    public static string MarketTrades(long sequence) =>
        $$$"""{"channel":"market_trades","client_id":"","timestamp":"{{{Timestamp}}}","sequence_num":{{{sequence}}},"events":[{"type":"update","trades":[{"trade_id":"987654321","product_id":"BTC-USD","price":"64050.75","size":"0.001","side":"BUY","time":"2026-03-01T12:00:00.5Z"}]}]}""";

    public static string User(long sequence) =>
        $$$"""{"channel":"user","client_id":"","timestamp":"{{{Timestamp}}}","sequence_num":{{{sequence}}},"events":[{"type":"update","orders":[{"avg_price":"64000.5","cancel_reason":"","client_order_id":"my-order-1","completion_percentage":"50.00","contract_expiry_type":"UNKNOWN_CONTRACT_EXPIRY_TYPE","cumulative_quantity":"0.005","filled_value":"320.0025","leaves_quantity":"0.005","limit_price":"64001","number_of_fills":"2","order_id":"11111111-2222-3333-4444-555555555555","order_side":"BUY","order_type":"Limit","outstanding_hold_amount":"320.5","post_only":false,"product_id":"BTC-USD","product_type":"SPOT","reject_reason":"","retail_portfolio_id":"pf-1","risk_managed_by":"UNKNOWN_RISK_MANAGEMENT_TYPE","status":"OPEN","stop_price":"","time_in_force":"GOOD_UNTIL_CANCELLED","total_fees":"1.28","total_value_after_fees":"321.2825","trigger_status":"INVALID_ORDER_TYPE","creation_time":"2026-03-01T11:59:59.123456Z","end_time":"0001-01-01T00:00:00Z","start_time":"0001-01-01T00:00:00Z","new_field":"kept"}],"positions":{"perpetual_futures_positions":[],"expiring_futures_positions":[{"product_id":"BIT-28MAR26-CDE","side":"LONG"}]}}]}""";

    public static string FuturesBalanceSummary(long sequence) =>
        $$$$"""{"channel":"futures_balance_summary","client_id":"","timestamp":"{{{{Timestamp}}}}","sequence_num":{{{{sequence}}}},"events":[{"type":"snapshot","fcm_balance_summary":{"futures_buying_power":"1000.5","total_usd_balance":"2000","cbi_usd_balance":"1500","cfm_usd_balance":"500","total_open_orders_hold_amount":"10","unrealized_pnl":"-5.25","daily_realized_pnl":"3","initial_margin":"100","available_margin":"900","liquidation_threshold":"50","liquidation_buffer_amount":"850","liquidation_buffer_percentage":"94.4","intraday_margin_window_measure":{"margin_window_type":"FCM_MARGIN_WINDOW_TYPE_INTRADAY","margin_level":"MARGIN_LEVEL_TYPE_BASE"},"overnight_margin_window_measure":{"margin_window_type":"FCM_MARGIN_WINDOW_TYPE_OVERNIGHT","margin_level":"MARGIN_LEVEL_TYPE_BASE"}}}]}""";

    public static string Subscriptions(long sequence, string channel = "ticker", string product = "BTC-USD") =>
        $$$"""{"channel":"subscriptions","client_id":"","timestamp":"{{{Timestamp}}}","sequence_num":{{{sequence}}},"events":[{"subscriptions":{"{{{channel}}}":["{{{product}}}"]}}]}""";

    public const string Error = """{"type":"error","message":"failure to subscribe: invalid product id NOPE-USD"}""";

    public static string Unknown(long sequence) =>
        $$$"""{"channel":"rfq_quotes","client_id":"","timestamp":"{{{Timestamp}}}","sequence_num":{{{sequence}}},"events":[{"type":"update","quotes":[{"id":"q1"}]}]}""";
}
