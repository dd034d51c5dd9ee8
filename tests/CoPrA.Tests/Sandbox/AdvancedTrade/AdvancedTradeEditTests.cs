using System.Globalization;
using System.Text.Json;

namespace CoPrA.Tests.Sandbox.AdvancedTrade;

/// <summary>Editing a resting limit order changes it in the Exchange book; refused edits are HTTP 200 with success false.</summary>
[Collection(SandboxCollection.Name)]
public sealed class AdvancedTradeEditTests(SandboxFixture fixture) : IDisposable
{
    private readonly AdvancedTradeTestClient _client = new(fixture.Sandbox);

    public void Dispose() => _client.Dispose();

    [Fact]
    public async Task An_edit_moves_the_order_in_the_book_and_resizes_its_hold()
    {
        await fixture.ResetAsync("ETH-USD");
        var usdBefore = await fixture.AccountAsync("USD");
        var created = await _client.CreateOrderAsync("ETH-USD", "BUY", new { limit_limit_gtc = new { base_size = "1", limit_price = "2000.00", post_only = true } });
        string id = created.GetProperty("order_id").GetString()!;

        var (previewStatus, preview) = await _client.PostAsync("/orders/edit_preview", new { order_id = id, price = "2100.00", size = "0.5" });
        var (status, edited) = await _client.PostAsync("/orders/edit", new { order_id = id, price = "2100.00", size = "0.5" });

        Assert.Equal(200, previewStatus);
        Assert.Empty(preview.GetProperty("errors").EnumerateArray());
        Assert.Equal(1050m, decimal.Parse(preview.GetProperty("quote_size").GetString()!, CultureInfo.InvariantCulture));
        Assert.Equal(200, status);
        Assert.True(edited.GetProperty("success").GetBoolean());
        Assert.Equal(id, edited.GetProperty("success_response").GetProperty("order_id").GetString());
        var onExchange = await fixture.Client.GetOrderAsync(id);
        Assert.Equal(2100.00m, onExchange.Price);
        Assert.Equal(0.5m, onExchange.Size);
        var book = await fixture.Client.OrderBookAsync("ETH-USD", 3);
        Assert.Contains(book.Bids, level => level.OrderId == id && level.Price == 2100.00m && level.Size == 0.5m);
        var usd = await fixture.AccountAsync("USD");
        Assert.Equal(2100.00m * 0.5m * 1.006m, usd.Hold - usdBefore.Hold);
    }

    [Fact]
    public async Task Refused_edits_say_why()
    {
        await fixture.ResetAsync("ETH-USD");
        fixture.Controls.PlaceCounterpartyLimitOrder("ETH-USD", Side.Sell, 2500.00m, 1m);
        var created = await _client.CreateOrderAsync("ETH-USD", "BUY", new { limit_limit_gtc = new { base_size = "1", limit_price = "2000.00", post_only = true } });
        string id = created.GetProperty("order_id").GetString()!;

        Assert.Equal("INVALID_EDITED_PRICE", await RefusalAsync(new { order_id = id, price = "2600.00" }));
        Assert.Equal("INVALID_EDITED_PRICE", await RefusalAsync(new { order_id = id, price = "2000.001" }));
        Assert.Equal("EDIT_REQUEST_EQUAL_TO_ORIGINAL_REQUEST", await RefusalAsync(new { order_id = id, size = "1" }));
        Assert.Equal("ORDER_NOT_FOUND", await RefusalAsync(new { order_id = Guid.NewGuid().ToString(), size = "1" }));
        await _client.PostAsync("/orders/batch_cancel", new { order_ids = new[] { id } });
        Assert.Equal("ONLY_OPEN_ORDERS_CAN_BE_EDITED", await RefusalAsync(new { order_id = id, size = "2" }));
    }

    private async Task<string> RefusalAsync(object body)
    {
        var (status, answer) = await _client.PostAsync("/orders/edit", body);
        Assert.Equal(200, status);
        Assert.False(answer.GetProperty("success").GetBoolean());
        JsonElement error = Assert.Single(answer.GetProperty("errors").EnumerateArray());
        return error.GetProperty("edit_failure_reason").GetString()!;
    }
}
