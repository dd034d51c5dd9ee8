using System.Globalization;
using System.Text.Json;
using CoPrA.AdvancedTrade;
using CoPrA.Tests.Sandbox.AdvancedTrade;
using static CoPrA.Tests.Sandbox.AdvancedTradeFeedTestFrames;

namespace CoPrA.Tests.Sandbox;

/// <summary>
/// The Advanced Trade feed follows the engine: the user channel shows orders placed over the Advanced
/// Trade REST API as they change, and level2 rebuilds the book the REST product_book shows.
/// </summary>
[Collection(SandboxCollection.Name)]
public sealed class AdvancedTradeFeedOrderFlowTests(SandboxFixture fixture) : IDisposable
{
    private const string Product = "LTC-USD";

    private readonly AdvancedTradeClient _client = AdvancedTradeTestClient.CreateLibraryClient(fixture.Sandbox);

    public void Dispose() => _client.Dispose();

    [Fact]
    public async Task The_user_channel_shows_a_REST_order_going_OPEN_then_CANCELLED()
    {
        await fixture.ResetAsync(Product);
        await using var feed = await FeedTestClient.ConnectAsync(fixture.Sandbox.AdvancedTradeUserWebSocketUrl);
        await feed.SendAsync(Frame("user", [], Jwt(fixture.Sandbox)));
        var snapshot = await feed.NextOnAsync("user");

        var placed = await _client.LimitOrderGtcBuyAsync("feed-user-1", Product, 1.5m, 50.00m, postOnly: true);
        string id = placed.SuccessResponse!.OrderId!;
        var open = await NextOrderAsync(feed, id, "OPEN");
        await _client.CancelOrdersAsync([id]);
        var cancelled = await NextOrderAsync(feed, id, "CANCELLED");

        Assert.Equal("snapshot", snapshot.EventType());
        Assert.Empty(snapshot.Event().GetProperty("orders").EnumerateArray());
        Assert.Equal(JsonValueKind.Array, snapshot.Event().GetProperty("positions").GetProperty("perpetual_futures_positions").ValueKind);
        Assert.Equal("feed-user-1", open.GetProperty("client_order_id").GetString());
        Assert.Equal(Product, open.GetProperty("product_id").GetString());
        Assert.Equal("BUY", open.GetProperty("order_side").GetString());
        Assert.Equal("LIMIT", open.GetProperty("order_type").GetString());
        Assert.Equal("50.00", open.GetProperty("limit_price").GetString());
        Assert.Equal(0m, Amount(open, "cumulative_quantity"));
        Assert.Equal(1.5m, Amount(open, "leaves_quantity"));
        Assert.Equal("0", open.GetProperty("number_of_fills").GetString());
        Assert.Equal("GOOD_UNTIL_CANCELLED", open.GetProperty("time_in_force").GetString());
        Assert.True(open.GetProperty("post_only").GetBoolean());
        Assert.True(DateTimeOffset.TryParse(open.GetProperty("creation_time").GetString(), CultureInfo.InvariantCulture, out _));
        Assert.Equal(0m, Amount(cancelled, "leaves_quantity"));
        Assert.Equal(0m, Amount(cancelled, "outstanding_hold_amount"));
    }

    [Fact]
    public async Task The_user_channel_snapshot_lists_open_orders_and_an_update_shows_a_fill()
    {
        await fixture.ResetAsync(Product);
        var resting = await _client.LimitOrderGtcSellAsync("feed-user-2", Product, 2m, 95.00m, postOnly: true);
        string id = resting.SuccessResponse!.OrderId!;
        await using var feed = await FeedTestClient.ConnectAsync(fixture.Sandbox.AdvancedTradeMarketDataWebSocketUrl);
        await feed.SendAsync(Frame("user", [Product], Jwt(fixture.Sandbox)));
        var snapshot = await feed.NextOnAsync("user");

        fixture.Controls.PlaceCounterpartyMarketOrder(Product, Side.Buy, 0.5m);
        var partial = await NextOrderAsync(feed, id, "OPEN", order => Amount(order, "cumulative_quantity") == 0.5m);
        fixture.Controls.PlaceCounterpartyMarketOrder(Product, Side.Buy, 1.5m);
        var filled = await NextOrderAsync(feed, id, "FILLED");

        var listed = Assert.Single(snapshot.Event().GetProperty("orders").EnumerateArray());
        Assert.Equal(id, listed.GetProperty("order_id").GetString());
        Assert.Equal("OPEN", listed.GetProperty("status").GetString());
        Assert.Equal(1.5m, Amount(partial, "leaves_quantity"));
        Assert.Equal("1", partial.GetProperty("number_of_fills").GetString());
        Assert.Equal(95.00m, Amount(partial, "avg_price"));
        Assert.Equal(2m, Amount(filled, "cumulative_quantity"));
        Assert.Equal(0m, Amount(filled, "leaves_quantity"));
        Assert.Equal("2", filled.GetProperty("number_of_fills").GetString());
        Assert.Equal(100m, Amount(filled, "completion_percentage"));
    }

    [Fact]
    public async Task Level2_snapshot_and_updates_rebuild_the_book_the_REST_product_book_shows()
    {
        await fixture.ResetAsync(Product);
        fixture.Controls.PlaceCounterpartyLimitOrder(Product, Side.Buy, 79.00m, 1m);
        fixture.Controls.PlaceCounterpartyLimitOrder(Product, Side.Sell, 81.00m, 1m);
        await using var feed = await FeedTestClient.ConnectAsync(fixture.Sandbox.AdvancedTradeMarketDataWebSocketUrl);
        await feed.SendAsync(Frame("level2", [Product]));
        var book = new Dictionary<(string Side, decimal Price), decimal>();
        Apply(book, await feed.NextOnAsync("l2_data"));

        fixture.Controls.PlaceCounterpartyLimitOrder(Product, Side.Buy, 78.50m, 2m);
        fixture.Controls.PlaceCounterpartyLimitOrder(Product, Side.Sell, 81.00m, 0.25m);
        fixture.Controls.PlaceCounterpartyLimitOrder(Product, Side.Sell, 82.00m, 3m);
        fixture.Controls.PlaceCounterpartyMarketOrder(Product, Side.Sell, 1.5m);
        await _client.LimitOrderGtcBuyAsync(null, Product, 0.75m, 78.00m, postOnly: true);
        using var http = new AdvancedTradeTestClient(fixture.Sandbox);
        var (status, rest) = await http.GetAsync($"/market/product_book?product_id={Product}");
        while (true)
        {
            var expected = Levels(rest.GetProperty("pricebook"));
            if (expected.Count == book.Count && expected.All(level => book.TryGetValue(level.Key, out decimal size) && size == level.Value))
            {
                break;
            }

            Apply(book, await feed.NextOnAsync("l2_data"));
        }

        Assert.Equal(200, status);
        Assert.Equal(1.5m, book[("bid", 78.50m)]);
        Assert.Equal(0.75m, book[("bid", 78.00m)]);
        Assert.False(book.ContainsKey(("bid", 79.00m)));
        Assert.Equal(1.25m, book[("offer", 81.00m)]);
    }

    private static decimal Amount(JsonElement order, string name) => decimal.Parse(order.GetProperty(name).GetString()!, CultureInfo.InvariantCulture);

    private static void Apply(Dictionary<(string Side, decimal Price), decimal> book, JsonElement message)
    {
        foreach (var update in message.Event().GetProperty("updates").EnumerateArray())
        {
            var key = (update.GetProperty("side").GetString()!, decimal.Parse(update.GetProperty("price_level").GetString()!, CultureInfo.InvariantCulture));
            decimal size = decimal.Parse(update.GetProperty("new_quantity").GetString()!, CultureInfo.InvariantCulture);
            if (size == 0)
            {
                book.Remove(key);
            }
            else
            {
                book[key] = size;
            }
        }
    }

    private static Dictionary<(string Side, decimal Price), decimal> Levels(JsonElement pricebook) =>
        pricebook.GetProperty("bids").EnumerateArray().Select(level => ("bid", level))
            .Concat(pricebook.GetProperty("asks").EnumerateArray().Select(level => ("offer", level)))
            .ToDictionary(
                pair => (pair.Item1, decimal.Parse(pair.level.GetProperty("price").GetString()!, CultureInfo.InvariantCulture)),
                pair => decimal.Parse(pair.level.GetProperty("size").GetString()!, CultureInfo.InvariantCulture));

    private static async Task<JsonElement> NextOrderAsync(FeedTestClient feed, string orderId, string status, Func<JsonElement, bool>? condition = null)
    {
        while (true)
        {
            var message = await feed.NextOnAsync("user");
            foreach (var order in message.Event().GetProperty("orders").EnumerateArray())
            {
                if (order.GetProperty("order_id").GetString() == orderId && order.GetProperty("status").GetString() == status && (condition is null || condition(order)))
                {
                    return order;
                }
            }
        }
    }
}
