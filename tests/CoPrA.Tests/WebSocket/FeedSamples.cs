namespace CoPrA.Tests.WebSocket;

/// <summary>Feed messages as the exchange documents them (exchange-api.md §5.4).</summary>
internal static class FeedSamples
{
    public const string Heartbeat = """{"type":"heartbeat","sequence":90,"last_trade_id":20,"product_id":"BTC-USD","time":"2014-11-07T08:19:28.464459Z"}""";

    public const string Ticker = """{"type":"ticker","sequence":37475248783,"product_id":"ETH-USD","price":"1285.22","open_24h":"1310.79","volume_24h":"245532.79269678","low_24h":"1280.52","high_24h":"1313.8","volume_30d":"9788783.60117027","best_bid":"1285.04","best_bid_size":"0.46688654","best_ask":"1285.27","best_ask_size":"1.56637040","side":"buy","time":"2022-10-19T23:28:22.061769Z","trade_id":370843401,"last_size":"11.4396987"}""";

    public const string Snapshot = """{"type":"snapshot","product_id":"BTC-USD","bids":[["10101.10","0.45054140"]],"asks":[["10102.55","0.57753524"]]}""";

    public const string L2Update = """{"type":"l2update","product_id":"BTC-USD","time":"2022-08-04T15:25:05.010758Z","changes":[["buy","22356.270000","0.00000000"],["sell","22356.300000","1.00000000"]]}""";

    public const string Received = """{"type":"received","time":"2014-11-07T08:19:27.028459Z","product_id":"BTC-USD","sequence":10,"order_id":"d50ec984-77a8-460a-b958-66f114b0de9b","size":"1.34","price":"502.1","side":"buy","order_type":"limit","client_oid":"d50ec974-76a2-454b-66f135b1ea8c"}""";

    public const string ReceivedMarket = """{"type":"received","time":"2014-11-09T08:19:27.028459Z","product_id":"BTC-USD","sequence":12,"order_id":"dddec984-77a8-460a-b958-66f114b0de9b","funds":"3000.234","side":"buy","order_type":"market"}""";

    public const string Open = """{"type":"open","time":"2014-11-07T08:19:27.028459Z","product_id":"BTC-USD","sequence":10,"order_id":"d50ec984-77a8-460a-b958-66f114b0de9b","price":"200.2","remaining_size":"1.00","side":"sell"}""";

    public const string Done = """{"type":"done","time":"2014-11-07T08:19:27.028459Z","product_id":"BTC-USD","sequence":10,"price":"200.2","order_id":"d50ec984-77a8-460a-b958-66f114b0de9b","reason":"filled","side":"sell","remaining_size":"0"}""";

    public const string Match = """{"type":"match","trade_id":10,"sequence":50,"maker_order_id":"ac928c66-ca53-498f-9c13-a110027a60e8","taker_order_id":"132fb6ae-456b-4654-b4e0-d681ac05cea1","time":"2014-11-07T08:19:27.028459Z","product_id":"BTC-USD","size":"5.23512","price":"400.23","side":"sell"}""";

    public const string LastMatch = """{"type":"last_match","trade_id":9,"sequence":49,"maker_order_id":"ac928c66-ca53-498f-9c13-a110027a60e8","taker_order_id":"132fb6ae-456b-4654-b4e0-d681ac05cea1","time":"2014-11-07T08:19:27.028459Z","product_id":"BTC-USD","size":"1","price":"400.2","side":"buy"}""";

    public const string Change = """{"type":"change","reason":"modify_order","time":"2022-06-06T22:55:43.433114Z","sequence":24753,"order_id":"c3f16063-77b1-408f-a743-88b7bc20cdcd","side":"buy","product_id":"ETH-USD","old_size":"80","new_size":"80","old_price":"7","new_price":"6"}""";

    public const string Activate = """{"type":"activate","product_id":"test-product","timestamp":"1483736448.299000","user_id":"12","profile_id":"30000727-d308-cf50-7b1c-c06deb1934fc","order_id":"7b52009b-64fd-0a2a-49e6-d8a939753077","stop_type":"entry","side":"buy","stop_price":"80","size":"2","funds":"50","private":true}""";

    public const string Subscriptions = """{"type":"subscriptions","channels":[{"name":"level2","product_ids":["ETH-USD","ETH-EUR"]},{"name":"balance","product_ids":[],"account_ids":["acc-1"]}]}""";

    public const string Status = """{"type":"status","products":[{"id":"BTC-USD","base_currency":"BTC","quote_currency":"USD","base_min_size":"0.001","status":"online","status_message":""}],"currencies":[{"id":"USD","name":"United States Dollar","min_size":"0.01","status":"online","max_precision":"0.01","convertible_to":["USDC"],"details":{}}]}""";

    public const string Error = """{"type":"error","message":"Sorry, you could not be authenticated: Bad Request","reason":"invalid signature"}""";

    public const string Auction = """{"type":"auction","product_id":"LTC-USD","sequence":3262786978,"auction_state":"collection","best_bid_price":"333.98"}""";

    public const string Level3Open = """["open","BTC-USD","57560479456","12aca6e0-2f8f-4a5b-8f0c-5e0c0b56e5e1","buy","27268.09","0.02","2023-03-28T23:24:03.185394Z"]""";
}
