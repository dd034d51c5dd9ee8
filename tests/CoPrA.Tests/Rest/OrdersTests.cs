using System.Net;
using RichardSzalay.MockHttp;
using CoPrA.Rest;
using static CoPrA.Tests.Rest.RestTestHarness;

namespace CoPrA.Tests.Rest;

/// <summary>Orders on the wire: placement bodies, cancellation, listing and lookup; all signed.</summary>
public class OrdersTests
{
    // CoPrA's limit_order example.
    private const string LimitOrderJson = """
        {"id": "97059421-3033-4cf4-99cb-925c1bf2c54f", "price": "35.00000000", "size": "0.00100000", "product_id": "BTC-USD",
         "side": "buy", "stp": "dc", "type": "limit", "time_in_force": "GTC", "post_only": false,
         "created_at": "2018-11-25T21:24:37.166378Z", "fill_fees": "0.0000000000000000", "filled_size": "0.00000000",
         "executed_value": "0.0000000000000000", "status": "pending", "settled": false}
        """;

    // CoPrA's market_order example.
    private const string MarketOrderJson = """
        {"id": "37e81782-cc45-4ecc-a9ff-59c327bb1d40", "size": "0.00100000", "product_id": "BTC-USD", "side": "sell",
         "stp": "dc", "type": "market", "post_only": false, "created_at": "2018-11-25T21:28:04.788042Z",
         "fill_fees": "0.0000000000000000", "filled_size": "0.00000000", "executed_value": "0.0000000000000000",
         "status": "pending", "settled": false}
        """;

    [Fact]
    public async Task LimitOrderAsync_posts_CoPrAs_body_with_amounts_as_strings()
    {
        using var harness = Authenticated();
        harness.Reply(HttpMethod.Post, "/orders", LimitOrderJson);

        var order = await harness.Client.LimitOrderAsync(Side.Buy, "BTC-USD", 100.5m, 0.01m);

        AssertSigned(harness.AssertSentOrder("/orders",
            """{"type":"limit","side":"buy","product_id":"BTC-USD","price":"100.5","size":"0.01","time_in_force":"GTC","post_only":false,"stp":"dc"}"""));
        Assert.Equal("97059421-3033-4cf4-99cb-925c1bf2c54f", order.Id);
        Assert.Equal(35m, order.Price);
        Assert.Equal(0.001m, order.Size);
        Assert.Equal("BTC-USD", order.ProductId);
        Assert.Equal(Side.Buy, order.Side);
        Assert.Equal(SelfTradePrevention.DecreaseAndCancel, order.Stp);
        Assert.Equal(OrderType.Limit, order.Type);
        Assert.Equal(TimeInForce.GoodTillCancelled, order.TimeInForce);
        Assert.False(order.PostOnly);
        Assert.Equal(new DateTimeOffset(2018, 11, 25, 21, 24, 37, TimeSpan.Zero).AddTicks(1663780), order.CreatedAt);
        Assert.Equal(0m, order.FillFees);
        Assert.Equal(0m, order.FilledSize);
        Assert.Equal(0m, order.ExecutedValue);
        Assert.Equal(OrderStatus.Pending, order.Status);
        Assert.False(order.Settled);
    }

    [Fact]
    public async Task LimitOrderAsync_adds_the_optional_keys_after_CoPrAs_fixed_ones()
    {
        using var harness = Authenticated();
        harness.Reply(HttpMethod.Post, "/orders", LimitOrderJson);

        await harness.Client.LimitOrderAsync(
            Side.Sell, "ETH-EUR", 2500.00m, 1.25m, TimeInForce.GoodTillTime, CancelAfter.Hour,
            clientOid: "0a2b1c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d", stp: SelfTradePrevention.CancelOldest, stop: StopType.Loss, stopPrice: 2400.5m);

        AssertSigned(harness.AssertSent(HttpMethod.Post, "/orders",
            """{"type":"limit","side":"sell","product_id":"ETH-EUR","price":"2500.00","size":"1.25","time_in_force":"GTT","post_only":false,"stp":"co","cancel_after":"hour","client_oid":"0a2b1c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d","stop":"loss","stop_price":"2400.5"}"""));
    }

    [Theory]
    [InlineData(TimeInForce.ImmediateOrCancel, "IOC", SelfTradePrevention.CancelNewest, "cn")]
    [InlineData(TimeInForce.FillOrKill, "FOK", SelfTradePrevention.CancelBoth, "cb")]
    public async Task LimitOrderAsync_sends_each_time_in_force_and_stp_by_wire_name(TimeInForce timeInForce, string tif, SelfTradePrevention stp, string stpWire)
    {
        using var harness = Authenticated();
        harness.Reply(HttpMethod.Post, "/orders", LimitOrderJson);

        await harness.Client.LimitOrderAsync(Side.Buy, "BTC-USD", 1m, 2m, timeInForce, stp: stp);

        harness.AssertSentOrder("/orders",
            $$"""{"type":"limit","side":"buy","product_id":"BTC-USD","price":"1","size":"2","time_in_force":"{{tif}}","post_only":false,"stp":"{{stpWire}}"}""");
    }

    [Fact]
    public async Task LimitOrderAsync_sends_post_only_true_and_replaces_an_empty_client_oid_with_a_generated_one()
    {
        using var harness = Authenticated();
        harness.Reply(HttpMethod.Post, "/orders", LimitOrderJson);

        await harness.Client.LimitOrderAsync(Side.Buy, "BTC-USD", 0.1m, 0.01m, postOnly: true, clientOid: "");

        harness.AssertSentOrder("/orders",
            """{"type":"limit","side":"buy","product_id":"BTC-USD","price":"0.1","size":"0.01","time_in_force":"GTC","post_only":true,"stp":"dc"}""");
    }

    [Fact]
    public async Task MarketOrderAsync_posts_a_size_order_without_time_in_force_or_post_only()
    {
        using var harness = Authenticated();
        harness.Reply(HttpMethod.Post, "/orders", MarketOrderJson);

        var order = await harness.Client.MarketOrderAsync(Side.Sell, "BTC-USD", size: 0.001m);

        AssertSigned(harness.AssertSentOrder("/orders",
            """{"type":"market","side":"sell","product_id":"BTC-USD","stp":"dc","size":"0.001"}"""));
        Assert.Equal("37e81782-cc45-4ecc-a9ff-59c327bb1d40", order.Id);
        Assert.Equal(OrderType.Market, order.Type);
        Assert.Equal(Side.Sell, order.Side);
        Assert.Equal(0.001m, order.Size);
        Assert.Null(order.Price);
        Assert.Null(order.TimeInForce);
        Assert.Equal(OrderStatus.Pending, order.Status);
    }

    [Fact]
    public async Task MarketOrderAsync_posts_a_funds_stop_order_with_client_oid()
    {
        using var harness = Authenticated();
        harness.Reply(HttpMethod.Post, "/orders", MarketOrderJson);

        await harness.Client.MarketOrderAsync(Side.Buy, "BTC-USD", funds: 10.00m, clientOid: "c0ffee00-0000-4000-8000-000000000001",
            stp: SelfTradePrevention.CancelBoth, stop: StopType.Entry, stopPrice: 7000m);

        AssertSigned(harness.AssertSent(HttpMethod.Post, "/orders",
            """{"type":"market","side":"buy","product_id":"BTC-USD","stp":"cb","funds":"10.00","client_oid":"c0ffee00-0000-4000-8000-000000000001","stop":"entry","stop_price":"7000"}"""));
    }

    [Fact]
    public async Task An_order_with_unknown_enum_values_and_members_parses()
    {
        using var harness = Authenticated();
        harness.Reply(HttpMethod.Get, "/orders/a9625b04-fc66-4999-a876-543c3684d702", """
            {"id": "a9625b04-fc66-4999-a876-543c3684d702", "price": "10.00000000", "size": "1.00000000", "product_id": "BTC-USD",
             "profile_id": "8058d771-2d88-4f0f-ab6e-299c153d4308", "side": "short", "type": "iceberg", "time_in_force": "GTD",
             "post_only": true, "max_floor": "4", "stp": "none", "stop": "trailing", "created_at": "2020-03-11T20:48:46.622052Z",
             "fill_fees": "0.0000000000000000", "filled_size": "0.00000000", "executed_value": "0.0000000000000000",
             "status": "queued", "settled": false}
            """);

        var order = await harness.Client.GetOrderAsync("a9625b04-fc66-4999-a876-543c3684d702");

        Assert.Equal(Side.Unknown, order.Side);
        Assert.Equal(OrderType.Unknown, order.Type);
        Assert.Equal(TimeInForce.Unknown, order.TimeInForce);
        Assert.Equal(SelfTradePrevention.Unknown, order.Stp);
        Assert.Equal(StopType.Unknown, order.Stop);
        Assert.Equal(OrderStatus.Unknown, order.Status);
        Assert.Equal("4", order.ExtensionData!["max_floor"].GetString());
        Assert.Equal("8058d771-2d88-4f0f-ab6e-299c153d4308", order.ProfileId);
    }

    [Fact]
    public async Task GetOrderAsync_gets_one_order_signed()
    {
        using var harness = Authenticated();
        // CoPrA's get_order example: a filled market order.
        harness.Reply(HttpMethod.Get, "/orders/68e6a28f-ae28-4788-8d4f-5ab4e5e5ae08", """
            {"id": "68e6a28f-ae28-4788-8d4f-5ab4e5e5ae08", "size": "1.00000000", "product_id": "BTC-USD", "side": "buy",
             "stp": "dc", "funds": "9.9750623400000000", "specified_funds": "10.0000000000000000", "type": "market",
             "post_only": false, "created_at": "2016-12-08T20:09:05.508883Z", "done_at": "2016-12-08T20:09:05.527Z",
             "done_reason": "filled", "fill_fees": "0.0249376391550000", "filled_size": "0.01291771",
             "executed_value": "9.9750556620000000", "status": "done", "settled": true}
            """);

        var order = await harness.Client.GetOrderAsync("68e6a28f-ae28-4788-8d4f-5ab4e5e5ae08");

        AssertSigned(harness.AssertSent(HttpMethod.Get, "/orders/68e6a28f-ae28-4788-8d4f-5ab4e5e5ae08?" + NoCache));
        Assert.Equal(9.97506234m, order.Funds);
        Assert.Equal(10m, order.SpecifiedFunds);
        Assert.Equal(new DateTimeOffset(2016, 12, 8, 20, 9, 5, 527, TimeSpan.Zero), order.DoneAt);
        Assert.Equal("filled", order.DoneReason);
        Assert.Equal(0.024937639155m, order.FillFees);
        Assert.Equal(0.01291771m, order.FilledSize);
        Assert.Equal(9.975055662m, order.ExecutedValue);
        Assert.Equal(OrderStatus.Done, order.Status);
        Assert.True(order.Settled);
    }

    [Fact]
    public async Task GetOrderAsync_keeps_the_colon_of_a_client_oid_lookup_literal()
    {
        using var harness = Authenticated();
        harness.Reply(HttpMethod.Get, "/orders/client:0a2b1c3d-4e5f", LimitOrderJson);

        await harness.Client.GetOrderAsync("client:0a2b1c3d-4e5f");

        AssertSigned(harness.AssertSent(HttpMethod.Get, "/orders/client:0a2b1c3d-4e5f?" + NoCache));
    }

    [Fact]
    public async Task CancelAsync_deletes_the_order_signed_and_returns_the_id()
    {
        using var harness = Authenticated();
        harness.Reply(HttpMethod.Delete, "/orders/144c6f8e-713f-4682-8435-5280fbe8b2b4", """["144c6f8e-713f-4682-8435-5280fbe8b2b4"]""");

        var ids = await harness.Client.CancelAsync("144c6f8e-713f-4682-8435-5280fbe8b2b4");

        AssertSigned(harness.AssertSent(HttpMethod.Delete, "/orders/144c6f8e-713f-4682-8435-5280fbe8b2b4"));
        Assert.Equal(["144c6f8e-713f-4682-8435-5280fbe8b2b4"], ids);
    }

    [Fact]
    public async Task CancelAsync_reads_the_bare_string_today_s_exchange_answers_with()
    {
        using var harness = Authenticated();
        harness.Reply(HttpMethod.Delete, "/orders/144c6f8e-713f-4682-8435-5280fbe8b2b4", "\"144c6f8e-713f-4682-8435-5280fbe8b2b4\"");

        var ids = await harness.Client.CancelAsync("144c6f8e-713f-4682-8435-5280fbe8b2b4");

        Assert.Equal(["144c6f8e-713f-4682-8435-5280fbe8b2b4"], ids);
    }

    [Fact]
    public async Task CancelAllAsync_deletes_all_orders_with_no_query()
    {
        using var harness = Authenticated();
        harness.Reply(HttpMethod.Delete, "/orders", """
            ["144c6f8e-713f-4682-8435-51ia280fbe8b2b4", "debe4907-95dc-442f-af3b-cec12f42ebda", "cf7aceee-7b08-4227-a76c-3858144323ab"]
            """);

        var ids = await harness.Client.CancelAllAsync();

        AssertSigned(harness.AssertSent(HttpMethod.Delete, "/orders"));
        Assert.Equal(["144c6f8e-713f-4682-8435-51ia280fbe8b2b4", "debe4907-95dc-442f-af3b-cec12f42ebda", "cf7aceee-7b08-4227-a76c-3858144323ab"], ids);
    }

    [Fact]
    public async Task CancelAllAsync_sends_the_product_without_no_cache()
    {
        using var harness = Authenticated();
        harness.Reply(HttpMethod.Delete, "/orders", """["dfc5ae27-cadb-4c0c-beef-8994936fde8a"]""");

        var ids = await harness.Client.CancelAllAsync("BTC-USD");

        AssertSigned(harness.AssertSent(HttpMethod.Delete, "/orders?product_id=BTC-USD"));
        Assert.Equal(["dfc5ae27-cadb-4c0c-beef-8994936fde8a"], ids);
    }

    [Fact]
    public async Task CancelAllAsync_without_stop_never_lists_or_cancels_one_by_one()
    {
        using var harness = Authenticated();
        harness.Reply(HttpMethod.Delete, "/orders", """["open-1"]""");
        var listing = harness.Reply(HttpMethod.Get, "/orders", """[{"id": "stop-1", "product_id": "BTC-USD", "status": "active"}]""");
        var single = harness.Reply(HttpMethod.Delete, "/orders/stop-1", """["stop-1"]""");

        var ids = await harness.Client.CancelAllAsync("BTC-USD");

        Assert.Equal(["open-1"], ids);
        Assert.Equal(0, harness.Mock.GetMatchCount(listing));
        Assert.Equal(0, harness.Mock.GetMatchCount(single));
    }

    [Fact]
    public async Task CancelAllAsync_with_stop_sweeps_active_open_and_pending_orders_of_the_product()
    {
        using var harness = Authenticated();
        harness.Reply(HttpMethod.Delete, "/orders", """["open-1"]""");
        harness.ReplyInTurn(HttpMethod.Get, "/orders", null, """
            [{"id": "stop-1", "product_id": "BTC-USD", "side": "sell", "type": "limit", "status": "active", "stop": "loss", "stop_price": "90"},
             {"id": "eth-1", "product_id": "ETH-USD", "side": "buy", "type": "limit", "status": "active"},
             {"id": "stop-2", "product_id": "BTC-USD", "side": "buy", "type": "limit", "status": "active", "stop": "entry", "stop_price": "110"},
             {"id": "stop-3", "product_id": "BTC-USD", "side": "buy", "type": "limit", "status": "active", "stop": "entry", "stop_price": "120"}]
            """, """[{"id": "eth-1", "product_id": "ETH-USD", "side": "buy", "type": "limit", "status": "active"}]""");
        harness.Reply(HttpMethod.Delete, "/orders/stop-1", """["stop-1"]""");
        harness.Reply(HttpMethod.Delete, "/orders/stop-2", """{"message": "order not found"}""", HttpStatusCode.NotFound);
        harness.Reply(HttpMethod.Delete, "/orders/stop-3", """{"message": "Order already done"}""", HttpStatusCode.BadRequest);

        var ids = await harness.Client.CancelAllAsync("BTC-USD", stop: true);

        // stop-2 answers "order not found" and stop-3 "Order already done": gone, so neither
        // cancelled nor a failure. The check afterwards lists only another product's order.
        Assert.Equal(["open-1", "stop-1"], ids);
        var sent = harness.Sent;
        Assert.Equal(6, sent.Count);
        AssertRequest(sent[0], HttpMethod.Delete, "/orders?product_id=BTC-USD");
        AssertRequest(sent[1], HttpMethod.Get, "/orders?limit=100&status=active&status=open&status=pending&" + NoCache);
        AssertRequest(sent[2], HttpMethod.Delete, "/orders/stop-1");
        AssertRequest(sent[3], HttpMethod.Delete, "/orders/stop-2");
        AssertRequest(sent[4], HttpMethod.Delete, "/orders/stop-3");
        AssertRequest(sent[5], HttpMethod.Get, "/orders?limit=100&status=active&status=open&status=pending&" + NoCache);
        Assert.All(sent, AssertSigned);
    }

    [Fact]
    public async Task CancelAllAsync_with_stop_and_no_product_cancels_every_listed_order()
    {
        using var harness = Authenticated();
        harness.Reply(HttpMethod.Delete, "/orders", "[]");
        harness.ReplyInTurn(HttpMethod.Get, "/orders", null, """
            [{"id": "stop-1", "product_id": "BTC-USD", "status": "active"}, {"id": "eth-1", "product_id": "ETH-USD", "status": "pending"}]
            """, "[]");
        harness.Reply(HttpMethod.Delete, "/orders/stop-1", """["stop-1"]""");
        harness.Reply(HttpMethod.Delete, "/orders/eth-1", "[]");

        var ids = await harness.Client.CancelAllAsync(stop: true);

        // A 200 is a cancel, even with an empty list; the check afterwards would catch one that was not.
        Assert.Equal(["stop-1", "eth-1"], ids);
        const string Listing = "/orders?limit=100&status=active&status=open&status=pending&" + NoCache;
        Assert.Equal(["/orders", Listing, "/orders/stop-1", "/orders/eth-1", Listing], harness.Sent.Select(r => r.PathAndQuery));
    }

    [Fact]
    public async Task CancelAllAsync_with_stop_sweeps_after_a_failed_bulk_cancel_and_then_reports_the_failure()
    {
        using var harness = Authenticated();
        harness.Reply(HttpMethod.Delete, "/orders", """{"message": "service unavailable"}""", HttpStatusCode.ServiceUnavailable);
        harness.ReplyInTurn(HttpMethod.Get, "/orders", null, """[{"id": "open-1", "product_id": "BTC-USD", "status": "open"}]""", "[]");
        harness.Reply(HttpMethod.Delete, "/orders/open-1", "\"open-1\"");

        var error = await Assert.ThrowsAsync<CancelAllIncompleteException>(() => harness.Client.CancelAllAsync("BTC-USD", stop: true));

        Assert.Equal(["open-1"], error.CancelledIds);
        Assert.Empty(error.StillLiveIds);
        var failure = Assert.Single(error.Failures);
        Assert.Null(failure.OrderId);
        Assert.Equal("DELETE /orders: service unavailable [503]", failure.Reason);
        Assert.Same(failure.Error, error.InnerException);
        Assert.Equal("Cancel-all incomplete: 0 order(s) still live, 1 cancelled, 1 request(s) failed.", error.Message);
    }

    [Fact]
    public async Task CancelAllAsync_with_stop_follows_the_CB_AFTER_cursor_through_every_page()
    {
        using var harness = Authenticated();
        harness.Reply(HttpMethod.Delete, "/orders", "[]");
        harness.Reply(HttpMethod.Get, "/orders", """[{"id": "stop-2", "product_id": "BTC-USD", "status": "active"}]""", headers: [("CB-AFTER", "c2")])
            .WithQueryString("after", "c1");
        harness.Reply(HttpMethod.Get, "/orders", "[]").WithQueryString("after", "c2");
        harness.ReplyInTurn(HttpMethod.Get, "/orders", [("CB-AFTER", "c1")], """[{"id": "stop-1", "product_id": "BTC-USD", "status": "active"}]""", "[]");
        harness.Reply(HttpMethod.Delete, "/orders/stop-1", "\"stop-1\"");
        harness.Reply(HttpMethod.Delete, "/orders/stop-2", "\"stop-2\"");

        var ids = await harness.Client.CancelAllAsync("BTC-USD", stop: true);

        Assert.Equal(["stop-1", "stop-2"], ids);
        const string Listing = "/orders?limit=100&status=active&status=open&status=pending&" + NoCache;
        Assert.Equal(
            [
                "/orders?product_id=BTC-USD",
                Listing,
                "/orders?limit=100&after=c1&status=active&status=open&status=pending&" + NoCache,
                "/orders?limit=100&after=c2&status=active&status=open&status=pending&" + NoCache,
                "/orders/stop-1",
                "/orders/stop-2",
                Listing,
            ],
            harness.Sent.Select(r => r.PathAndQuery));
    }

    [Theory]
    [InlineData("", false)]
    [InlineData("", true)]
    [InlineData("  ", false)]
    [InlineData("  ", true)]
    public async Task CancelAllAsync_refuses_an_empty_or_blank_product_id_before_sending(string productId, bool stop)
    {
        using var harness = Authenticated();

        await harness.AssertRejectedAsync<ArgumentException>(c => c.CancelAllAsync(productId, stop), "productId");
    }

    // CoPrA's orders example.
    private const string OrdersJson = """
        [{"id": "d0c5340b-6d6c-49d9-b567-48c4bfca13d2", "price": "0.10000000", "size": "0.01000000", "product_id": "BTC-USD",
          "side": "buy", "stp": "dc", "type": "limit", "time_in_force": "GTC", "post_only": false,
          "created_at": "2016-12-08T20:02:28.53864Z", "fill_fees": "0.0000000000000000", "filled_size": "0.00000000",
          "executed_value": "0.0000000000000000", "status": "open", "settled": false},
         {"id": "8b99b139-58f2-4ab2-8e7a-c11c846e3022", "price": "1.00000000", "size": "1.00000000", "product_id": "BTC-USD",
          "side": "buy", "stp": "dc", "type": "limit", "time_in_force": "GTC", "post_only": false,
          "created_at": "2016-12-08T20:01:19.038644Z", "fill_fees": "0.0000000000000000", "filled_size": "0.00000000",
          "executed_value": "0.0000000000000000", "status": "open", "settled": false}]
        """;

    [Fact]
    public async Task OrdersAsync_sends_only_the_limit_by_default_and_reads_the_page()
    {
        using var harness = Authenticated();
        harness.Reply(HttpMethod.Get, "/orders", OrdersJson, headers: [("cb-before", "1071064024"), ("cb-after", "1008063508")]);

        var (orders, before, after) = await harness.Client.OrdersAsync();

        AssertSigned(harness.AssertSent(HttpMethod.Get, "/orders?limit=100&" + NoCache));
        Assert.Equal("1071064024", before);
        Assert.Equal("1008063508", after);
        Assert.Equal(["d0c5340b-6d6c-49d9-b567-48c4bfca13d2", "8b99b139-58f2-4ab2-8e7a-c11c846e3022"], orders.Select(o => o.Id));
        Assert.Equal(0.1m, orders[0].Price);
        Assert.All(orders, o => Assert.Equal(OrderStatus.Open, o.Status));
    }

    [Fact]
    public async Task OrdersAsync_repeats_status_in_CoPrAs_order_limit_cursor_statuses_product()
    {
        using var harness = Authenticated();
        harness.Reply(HttpMethod.Get, "/orders", "[]");

        await harness.Client.OrdersAsync([OrderStatus.Open, OrderStatus.Pending, OrderStatus.Active], "BTC-USD", 50, before: "1071064024");

        AssertSigned(harness.AssertSent(HttpMethod.Get,
            "/orders?limit=50&before=1071064024&status=open&status=pending&status=active&product_id=BTC-USD&" + NoCache));
    }

    [Fact]
    public async Task OrdersAsync_with_one_status_sends_it_once()
    {
        using var harness = Authenticated();
        harness.Reply(HttpMethod.Get, "/orders", "[]");

        await harness.Client.OrdersAsync(OrderStatus.All, after: "1008063508");

        AssertSigned(harness.AssertSent(HttpMethod.Get, "/orders?limit=100&after=1008063508&status=all&" + NoCache));
    }

    [Fact]
    public async Task OrdersAsync_with_an_empty_status_list_sends_no_status()
    {
        using var harness = Authenticated();
        harness.Reply(HttpMethod.Get, "/orders", "[]");

        await harness.Client.OrdersAsync([], productId: "ETH-BTC");

        harness.AssertSent(HttpMethod.Get, "/orders?limit=100&product_id=ETH-BTC&" + NoCache);
    }

    [Theory]
    [InlineData(OrderStatus.Done, "done")]
    [InlineData(OrderStatus.Open, "open")]
    [InlineData(OrderStatus.Pending, "pending")]
    [InlineData(OrderStatus.Active, "active")]
    [InlineData(OrderStatus.All, "all")]
    public async Task OrdersAsync_sends_each_listable_status_by_wire_name(OrderStatus status, string wire)
    {
        using var harness = Authenticated();
        harness.Reply(HttpMethod.Get, "/orders", "[]");

        await harness.Client.OrdersAsync(status);

        harness.AssertSent(HttpMethod.Get, $"/orders?limit=100&status={wire}&{NoCache}");
    }
}
