using System.Globalization;
using System.Text.Json;
using CoPrA.Rest;

namespace CoPrA.Tests.Sandbox.AdvancedTrade;

/// <summary>Advanced Trade orders go through the Exchange's engine: they show in both APIs, and refusals are HTTP 200 with success false.</summary>
[Collection(SandboxCollection.Name)]
public sealed class AdvancedTradeOrderTests(SandboxFixture fixture) : IDisposable
{
    private readonly AdvancedTradeTestClient _client = new(fixture.Sandbox);

    private RestClient Exchange => fixture.Client;

    public void Dispose() => _client.Dispose();

    [Fact]
    public async Task A_limit_order_rests_in_the_exchange_book_and_shows_in_both_apis()
    {
        await fixture.ResetAsync("ETH-USD");
        var configuration = new { limit_limit_gtc = new { base_size = "0.5", limit_price = "2000.00", post_only = true } };

        var created = await _client.CreateOrderAsync("ETH-USD", "BUY", configuration, "my-order-1");

        Assert.True(created.GetProperty("success").GetBoolean());
        var success = created.GetProperty("success_response");
        string id = success.GetProperty("order_id").GetString()!;
        Assert.Equal("ETH-USD", success.GetProperty("product_id").GetString());
        Assert.Equal("BUY", success.GetProperty("side").GetString());
        Assert.Equal("my-order-1", success.GetProperty("client_order_id").GetString());
        Assert.Equal("2000.00", created.GetProperty("order_configuration").GetProperty("limit_limit_gtc").GetProperty("limit_price").GetString());

        var onExchange = await Exchange.GetOrderAsync(id);
        var (openOrders, _, _) = await Exchange.OrdersAsync(OrderStatus.Open, productId: "ETH-USD");
        var book = await Exchange.OrderBookAsync("ETH-USD", 3);
        Assert.Equal(2000.00m, onExchange.Price);
        Assert.Equal(0.5m, onExchange.Size);
        Assert.Contains(openOrders, order => order.Id == id);
        Assert.Contains(book.Bids, level => level.OrderId == id);

        var (status, body) = await _client.GetAsync("/orders/historical/" + id);
        Assert.Equal(200, status);
        var order = body.GetProperty("order");
        Assert.Equal("OPEN", order.GetProperty("status").GetString());
        Assert.Equal("LIMIT", order.GetProperty("order_type").GetString());
        Assert.Equal("GOOD_UNTIL_CANCELLED", order.GetProperty("time_in_force").GetString());
        Assert.True(order.GetProperty("order_configuration").GetProperty("limit_limit_gtc").GetProperty("post_only").GetBoolean());
        Assert.Equal("my-order-1", order.GetProperty("client_order_id").GetString());
    }

    [Fact]
    public async Task A_market_order_fills_against_the_book_and_lists_its_fill()
    {
        await fixture.ResetAsync("ETH-USD");
        string maker = fixture.Controls.PlaceCounterpartyLimitOrder("ETH-USD", Side.Sell, 3000.00m, 1m);

        var created = await _client.CreateOrderAsync("ETH-USD", "BUY", new { market_market_ioc = new { quote_size = "301.80" } });

        Assert.True(created.GetProperty("success").GetBoolean());
        string id = created.GetProperty("order_id").GetString()!;
        var (_, body) = await _client.GetAsync("/orders/historical/" + id);
        var order = body.GetProperty("order");
        Assert.Equal("FILLED", order.GetProperty("status").GetString());
        Assert.Equal("MARKET", order.GetProperty("order_type").GetString());
        Assert.Equal(0.1m, Amount(order, "filled_size"));
        Assert.Equal(3000m, Amount(order, "average_filled_price"));
        Assert.Equal("1", order.GetProperty("number_of_fills").GetString());

        var (_, fills) = await _client.GetAsync("/orders/historical/fills?order_ids=" + id);
        var fill = Assert.Single(fills.GetProperty("fills").EnumerateArray());
        Assert.Equal("TAKER", fill.GetProperty("liquidity_indicator").GetString());
        Assert.Equal(0.1m, Amount(fill, "size"));
        Assert.Equal(1.8m, Amount(fill, "commission"));
        var exchangeOrder = await Exchange.GetOrderAsync(id);
        Assert.Equal(OrderStatus.Done, exchangeOrder.Status);
        Assert.NotEqual(maker, id);
    }

    [Fact]
    public async Task An_order_placed_over_advanced_trade_shows_on_the_exchange_feed()
    {
        await fixture.ResetAsync("LTC-USD");
        await using var feed = await FeedTestClient.ConnectAsync(fixture.Sandbox);
        await feed.SubscribeAsync("""[{"name":"user","product_ids":["LTC-USD"]}]""", fixture.Sandbox.Credentials);
        await feed.NextAsync("subscriptions");

        var created = await _client.CreateOrderAsync("LTC-USD", "SELL", new { limit_limit_gtc = new { base_size = "2", limit_price = "99.00", post_only = true } }, "feed-check");
        string id = created.GetProperty("order_id").GetString()!;

        var received = await feed.NextAsync(message => message.GetProperty("type").GetString() == "received" && message.GetProperty("order_id").GetString() == id);
        var open = await feed.NextAsync(message => message.GetProperty("type").GetString() == "open" && message.GetProperty("order_id").GetString() == id);
        Assert.Equal("feed-check", received.GetProperty("client_oid").GetString());
        Assert.Equal("99.00", received.GetProperty("price").GetString());
        Assert.Equal("2", open.GetProperty("remaining_size").GetString());
    }

    [Fact]
    public async Task An_order_placed_on_the_exchange_api_shows_in_advanced_trade()
    {
        await fixture.ResetAsync("BTC-USD");
        var placed = await Exchange.LimitOrderAsync(Side.Sell, "BTC-USD", price: 90_000m, size: 0.01m, postOnly: true);

        var (_, body) = await _client.GetAsync("/orders/historical/batch?order_status=OPEN&product_ids=BTC-USD");

        var order = Assert.Single(body.GetProperty("orders").EnumerateArray(), o => o.GetProperty("order_id").GetString() == placed.Id);
        Assert.Equal("SELL", order.GetProperty("side").GetString());
        Assert.Equal(90_000m, Amount(order.GetProperty("order_configuration").GetProperty("limit_limit_gtc"), "limit_price"));
    }

    [Fact]
    public async Task A_repeated_client_order_id_returns_the_first_order_and_places_no_second()
    {
        await fixture.ResetAsync("ETH-USD");
        var configuration = new { limit_limit_gtc = new { base_size = "0.1", limit_price = "2100.00", post_only = false } };
        string clientOrderId = Guid.NewGuid().ToString("N");

        var first = await _client.CreateOrderAsync("ETH-USD", "BUY", configuration, clientOrderId);
        var second = await _client.CreateOrderAsync("ETH-USD", "BUY", configuration, clientOrderId);

        Assert.True(second.GetProperty("success").GetBoolean());
        Assert.Equal(first.GetProperty("order_id").GetString(), second.GetProperty("order_id").GetString());
        Assert.Equal(clientOrderId, second.GetProperty("success_response").GetProperty("client_order_id").GetString());
        var (openOrders, _, _) = await Exchange.OrdersAsync(OrderStatus.Open, productId: "ETH-USD");
        Assert.Single(openOrders);
    }

    [Theory]
    [InlineData("NOPE-USD", "BUY", "{\"limit_limit_gtc\":{\"base_size\":\"1\",\"limit_price\":\"10.00\"}}", "INVALID_PRODUCT_ID", "PREVIEW_INVALID_PRODUCT_ID")]
    [InlineData("ETH-USD", "HOLD", "{\"limit_limit_gtc\":{\"base_size\":\"1\",\"limit_price\":\"10.00\"}}", "INVALID_SIDE", "PREVIEW_INVALID_SIDE")]
    [InlineData("ETH-USD", "BUY", "{\"limit_limit_gtc\":{\"base_size\":\"1\",\"limit_price\":\"10.001\"}}", "INVALID_PRICE_PRECISION", "PREVIEW_INVALID_PRICE_PRECISION")]
    [InlineData("ETH-USD", "BUY", "{\"limit_limit_gtc\":{\"base_size\":\"1.000000001\",\"limit_price\":\"10.00\"}}", "INVALID_SIZE_PRECISION", "PREVIEW_INVALID_SIZE_PRECISION")]
    [InlineData("ETH-USD", "BUY", "{\"limit_limit_gtc\":{\"base_size\":\"1000\",\"limit_price\":\"2000.00\"}}", "INSUFFICIENT_FUND", "PREVIEW_INSUFFICIENT_FUND")]
    [InlineData("ETH-USD", "BUY", "{\"trigger_bracket_gtc\":{\"base_size\":\"1\",\"limit_price\":\"10.00\",\"stop_trigger_price\":\"9.00\"}}", "UNSUPPORTED_ORDER_CONFIGURATION", "PREVIEW_INVALID_ORDER_CONFIG")]
    [InlineData("ETH-USD", "BUY", "{}", "UNSUPPORTED_ORDER_CONFIGURATION", "PREVIEW_INVALID_ORDER_CONFIG")]
    public async Task A_refused_order_is_HTTP_200_with_success_false_and_the_reason(string productId, string side, string configuration, string error, string previewReason)
    {
        await fixture.ResetAsync("ETH-USD");
        using var config = JsonDocument.Parse(configuration);

        var created = await _client.CreateOrderAsync(productId, side, config.RootElement);
        var (previewStatus, preview) = await _client.PostAsync("/orders/preview", new { product_id = productId, side, order_configuration = config.RootElement });

        Assert.False(created.GetProperty("success").GetBoolean());
        Assert.Equal("", created.GetProperty("order_id").GetString());
        var response = created.GetProperty("error_response");
        Assert.Equal(error, response.GetProperty("error").GetString());
        Assert.Equal(error, response.GetProperty("new_order_failure_reason").GetString());
        Assert.Equal(previewReason, response.GetProperty("preview_failure_reason").GetString());
        Assert.False(string.IsNullOrEmpty(response.GetProperty("message").GetString()));
        Assert.Equal(200, previewStatus);
        Assert.Contains(previewReason, preview.GetProperty("errs").EnumerateArray().Select(err => err.GetString()));
        var (openOrders, _, _) = await Exchange.OrdersAsync(OrderStatus.Open, productId: "ETH-USD");
        Assert.Empty(openOrders);
    }

    [Fact]
    public async Task A_post_only_order_that_would_take_is_refused()
    {
        await fixture.ResetAsync("ETH-USD");
        fixture.Controls.PlaceCounterpartyLimitOrder("ETH-USD", Side.Sell, 3000.00m, 1m);

        var created = await _client.CreateOrderAsync("ETH-USD", "BUY", new { limit_limit_gtc = new { base_size = "0.1", limit_price = "3000.00", post_only = true } });

        Assert.False(created.GetProperty("success").GetBoolean());
        Assert.Equal("INVALID_LIMIT_PRICE_POST_ONLY", created.GetProperty("error_response").GetProperty("error").GetString());
    }

    [Fact]
    public async Task A_preview_prices_the_order_at_the_book_and_places_nothing()
    {
        await fixture.ResetAsync("ETH-USD");
        fixture.Controls.PlaceCounterpartyLimitOrder("ETH-USD", Side.Sell, 3000.00m, 1m);
        fixture.Controls.PlaceCounterpartyLimitOrder("ETH-USD", Side.Buy, 2990.00m, 1m);

        var (status, preview) = await _client.PostAsync("/orders/preview", new
        {
            product_id = "ETH-USD",
            side = "BUY",
            order_configuration = new { market_market_ioc = new { base_size = "0.5" } },
        });

        Assert.Equal(200, status);
        Assert.Empty(preview.GetProperty("errs").EnumerateArray());
        Assert.Equal(0.5m, Amount(preview, "base_size"));
        Assert.Equal(1500m, Amount(preview, "quote_size"));
        Assert.Equal(9m, Amount(preview, "commission_total"));
        Assert.Equal(1509m, Amount(preview, "order_total"));
        Assert.Equal(2990m, Amount(preview, "best_bid"));
        Assert.Equal(3000m, Amount(preview, "best_ask"));
        Assert.False(string.IsNullOrEmpty(preview.GetProperty("preview_id").GetString()));
        var (openOrders, _, _) = await Exchange.OrdersAsync([OrderStatus.Open, OrderStatus.Pending, OrderStatus.Done], productId: "ETH-USD", limit: 1);
        Assert.DoesNotContain(openOrders, order => order.Side == Side.Buy && order.Size == 0.5m);
    }

    [Fact]
    public async Task Batch_cancel_answers_one_result_per_id()
    {
        await fixture.ResetAsync("LTC-USD");
        var created = await _client.CreateOrderAsync("LTC-USD", "SELL", new { limit_limit_gtc = new { base_size = "1", limit_price = "95.00", post_only = true } });
        string id = created.GetProperty("order_id").GetString()!;
        string unknown = Guid.NewGuid().ToString();

        var (status, body) = await _client.PostAsync("/orders/batch_cancel", new { order_ids = new[] { id, unknown, id } });

        Assert.Equal(200, status);
        var results = body.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(3, results.Count);
        Assert.True(results[0].GetProperty("success").GetBoolean());
        Assert.Equal(id, results[0].GetProperty("order_id").GetString());
        Assert.False(results[1].GetProperty("success").GetBoolean());
        Assert.Equal("UNKNOWN_CANCEL_ORDER", results[1].GetProperty("failure_reason").GetString());
        Assert.False(results[2].GetProperty("success").GetBoolean());
        var (_, order) = await _client.GetAsync("/orders/historical/" + id);
        Assert.Equal("CANCELLED", order.GetProperty("order").GetProperty("status").GetString());
        Assert.Equal(OrderStatus.Done, (await Exchange.GetOrderAsync(id)).Status);
    }

    [Fact]
    public async Task The_order_list_walks_by_cursor_without_gaps_or_repeats()
    {
        await fixture.ResetAsync("LTC-USD");
        var placed = new List<string>();
        for (int i = 0; i < 5; i++)
        {
            var created = await _client.CreateOrderAsync("LTC-USD", "BUY", new { limit_limit_gtc = new { base_size = "1", limit_price = (60 + i).ToString("0.00", CultureInfo.InvariantCulture), post_only = true } });
            placed.Add(created.GetProperty("order_id").GetString()!);
        }

        var seen = new List<string>();
        string cursor = "";
        int pages = 0;
        while (true)
        {
            var (status, body) = await _client.GetAsync($"/orders/historical/batch?product_ids=LTC-USD&order_status=OPEN&limit=2&cursor={Uri.EscapeDataString(cursor)}");
            Assert.Equal(200, status);
            seen.AddRange(body.GetProperty("orders").EnumerateArray().Select(order => order.GetProperty("order_id").GetString()!));
            pages++;
            if (!body.GetProperty("has_next").GetBoolean())
            {
                break;
            }

            cursor = body.GetProperty("cursor").GetString()!;
            Assert.NotEqual("", cursor);
        }

        Assert.Equal(3, pages);
        Assert.Equal(Enumerable.Reverse(placed), seen);
    }

    [Fact]
    public async Task Accounts_walk_by_cursor_and_one_account_is_found_by_uuid()
    {
        var seen = new List<string>();
        string cursor = "";
        while (true)
        {
            var (status, body) = await _client.GetAsync($"/accounts?limit=2&cursor={Uri.EscapeDataString(cursor)}");
            Assert.Equal(200, status);
            seen.AddRange(body.GetProperty("accounts").EnumerateArray().Select(account => account.GetProperty("uuid").GetString()!));
            if (!body.GetProperty("has_next").GetBoolean())
            {
                break;
            }

            cursor = body.GetProperty("cursor").GetString()!;
        }

        var exchangeAccounts = await Exchange.AccountsAsync();
        Assert.Equal(exchangeAccounts.Select(account => account.Id), seen);
        var usd = exchangeAccounts.Single(account => account.Currency == "USD");
        var (_, one) = await _client.GetAsync("/accounts/" + usd.Id);
        var account = one.GetProperty("account");
        Assert.Equal(usd.Available, Amount(account.GetProperty("available_balance"), "value"));
        Assert.Equal("USD", account.GetProperty("available_balance").GetProperty("currency").GetString());
        Assert.Equal(usd.Hold, Amount(account.GetProperty("hold"), "value"));
        var (missing, error) = await _client.GetAsync("/accounts/" + Guid.NewGuid());
        Assert.Equal(404, missing);
        Assert.Equal("NOT_FOUND", error.GetProperty("error").GetString());
    }

    [Fact]
    public async Task Close_position_is_refused_for_a_spot_product()
    {
        var (status, body) = await _client.PostAsync("/orders/close_position", new { client_order_id = "x", product_id = "BTC-USD" });

        Assert.Equal(400, status);
        Assert.Equal("INVALID_ARGUMENT", body.GetProperty("error").GetString());
    }

    private static decimal Amount(JsonElement element, string name) =>
        decimal.Parse(element.GetProperty(name).GetString()!, CultureInfo.InvariantCulture);
}
