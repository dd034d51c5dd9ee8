using CoPrA.AdvancedTrade;
using CoPrA.Rest;

namespace CoPrA.Tests.Sandbox.AdvancedTrade;

/// <summary>
/// The typed account, product, public, fee, portfolio and convert methods of <see cref="AdvancedTradeClient"/>
/// end to end against the sandbox: the queries and bodies they send are the ones the server reads.
/// </summary>
[Collection(SandboxCollection.Name)]
public sealed class AdvancedTradeClientMethodTests(SandboxFixture fixture) : IDisposable
{
    private readonly AdvancedTradeClient _client = CreateClient(fixture, new CdpApiKey(fixture.Sandbox.AdvancedTradeKeyName, fixture.Sandbox.AdvancedTradeEcdsaKeyPem));

    public void Dispose() => _client.Dispose();

    [Fact]
    public async Task Every_account_is_walked_page_by_page_and_each_can_be_fetched()
    {
        var firstPage = await _client.GetAccountsAsync(limit: 250);
        var walked = new List<AdvancedAccount>();
        await foreach (var account in _client.GetAllAccountsAsync(limit: 2))
        {
            walked.Add(account);
        }

        var one = await _client.GetAccountAsync(walked[^1].Uuid);

        Assert.False(firstPage.HasNext);
        Assert.True(walked.Count > 2);
        Assert.Equal(firstPage.Accounts.Select(account => account.Uuid), walked.Select(account => account.Uuid));
        Assert.Equal(walked[^1].Currency, one.Account!.Currency);
    }

    [Fact]
    public async Task Products_books_candles_and_trades_answer_signed_and_public()
    {
        using var anonymous = CreateClient(fixture, apiKey: null);

        var time = await anonymous.GetUnixTimeAsync();
        var now = DateTimeOffset.FromUnixTimeSeconds(time.EpochSeconds!.Value);
        var products = await _client.GetProductsAsync(limit: 2, offset: 1);
        var publicProducts = await anonymous.GetPublicProductsAsync(productIds: ["BTC-USD", "ETH-BTC"]);
        var product = await _client.GetProductAsync("BTC-USD", getTradabilityStatus: true);
        var publicProduct = await anonymous.GetPublicProductAsync("ETH-USD");
        var book = await _client.GetProductBookAsync("BTC-USD", limit: 5);
        var publicBook = await anonymous.GetPublicProductBookAsync("BTC-USD", limit: 5);
        var best = await _client.GetBestBidAskAsync(["BTC-USD", "LTC-USD"]);
        var candles = await _client.GetCandlesAsync("BTC-USD", now.AddMinutes(-350), now, Granularity.OneMinute, limit: 10);
        var publicCandles = await anonymous.GetPublicCandlesAsync("BTC-USD", now.AddDays(-2), now, Granularity.SixHour);
        var trades = await _client.GetMarketTradesAsync("BTC-USD", 10, start: now.AddHours(-1), end: now.AddMinutes(1));
        var publicTrades = await anonymous.GetPublicMarketTradesAsync("BTC-USD", 10);

        Assert.Equal(["ETH-USD", "ETH-BTC"], products.Products.Select(p => p.ProductId));
        Assert.Equal(["BTC-USD", "ETH-BTC"], publicProducts.Products.Select(p => p.ProductId));
        Assert.Equal(0.01m, product.QuoteIncrement);
        Assert.Equal("ETH-USD", publicProduct.ProductId);
        Assert.Equal("BTC-USD", book.Pricebook!.ProductId);
        Assert.Equal("BTC-USD", publicBook.Pricebook!.ProductId);
        Assert.Equal(["BTC-USD", "LTC-USD"], best.Pricebooks.Select(b => b.ProductId));
        Assert.InRange(candles.Candles.Count, 0, 10);
        Assert.All(publicCandles.Candles, candle => Assert.InRange(candle.Start!.Value, now.AddDays(-2).AddHours(-6).ToUnixTimeSeconds(), now.ToUnixTimeSeconds()));
        Assert.InRange(trades.Trades.Count, 0, 10);
        Assert.InRange(publicTrades.Trades.Count, 0, 10);
    }

    [Fact]
    public async Task Fees_permissions_and_payment_methods_come_back_typed()
    {
        var summary = await _client.GetTransactionSummaryAsync(productType: ProductType.Spot);
        var permissions = await _client.GetApiKeyPermissionsAsync();
        var methods = await _client.ListPaymentMethodsAsync();
        var method = await _client.GetPaymentMethodAsync(Assert.Single(methods.PaymentMethods).Id);

        Assert.Equal(0.006m, summary.FeeTier!.TakerFeeRate);
        Assert.Equal(0.004m, summary.FeeTier.MakerFeeRate);
        Assert.True(permissions.CanTrade);
        Assert.Equal(PortfolioType.Default, permissions.PortfolioType);
        Assert.Equal("USD", method.PaymentMethod!.Currency);
    }

    [Fact]
    public async Task A_portfolio_is_created_funded_renamed_emptied_and_deleted_through_the_typed_methods()
    {
        string defaultId = (await _client.GetApiKeyPermissionsAsync()).PortfolioUuid!;
        var usdBefore = await fixture.AccountAsync("USD");

        var created = await _client.CreatePortfolioAsync("typed-" + Guid.NewGuid().ToString("N"));
        string id = created.Portfolio!.Uuid;
        var moved = await _client.MovePortfolioFundsAsync(250.00m, "USD", defaultId, id);
        var breakdown = await _client.GetPortfolioBreakdownAsync(id, currency: "USD");
        var refused = await Assert.ThrowsAsync<ApiRequestException>(() => _client.DeletePortfolioAsync(id));
        var renamed = await _client.EditPortfolioAsync(id, "renamed-" + id);
        var consumer = await _client.GetPortfoliosAsync(PortfolioType.Consumer);
        await _client.MovePortfolioFundsAsync(250.00m, "USD", id, defaultId);
        await _client.DeletePortfolioAsync(id);
        var gone = await Assert.ThrowsAsync<ApiRequestException>(() => _client.GetPortfolioBreakdownAsync(id));

        Assert.Equal(id, moved.TargetPortfolioUuid);
        var position = Assert.Single(breakdown.Breakdown!.SpotPositions);
        Assert.Equal("USD", position.Asset);
        Assert.Equal(250m, position.TotalBalanceCrypto);
        Assert.Equal(400, (int)refused.StatusCode);
        Assert.Equal("renamed-" + id, renamed.Portfolio!.Name);
        Assert.Contains(consumer.Portfolios, portfolio => portfolio.Uuid == id);
        Assert.Equal(404, (int)gone.StatusCode);
        Assert.Equal(usdBefore.Balance, (await fixture.AccountAsync("USD")).Balance);
    }

    [Fact]
    public async Task A_convert_quote_is_committed_and_read_back_through_the_typed_methods()
    {
        var usdBefore = await fixture.AccountAsync("USD");
        var usdcBefore = await fixture.AccountAsync("USDC");

        var quote = await _client.CreateConvertQuoteAsync(usdBefore.Id, usdcBefore.Id, 10.00m);
        string id = quote.Trade!.Id;
        var committed = await _client.CommitConvertTradeAsync(id, usdBefore.Id, usdcBefore.Id);
        var fetched = await _client.GetConvertTradeAsync(id, usdBefore.Id, usdcBefore.Id);

        Assert.Equal("TRADE_STATUS_CREATED", quote.Trade.Status);
        Assert.Equal("TRADE_STATUS_COMPLETED", committed.Trade!.Status);
        Assert.Equal("TRADE_STATUS_COMPLETED", fetched.Trade!.Status);
        Assert.Equal(usdBefore.Balance - 10m, (await fixture.AccountAsync("USD")).Balance);
        Assert.Equal(usdcBefore.Balance + 10m, (await fixture.AccountAsync("USDC")).Balance);
    }

    private static AdvancedTradeClient CreateClient(SandboxFixture fixture, CdpApiKey? apiKey) =>
        new(new AdvancedTradeClientOptions
        {
            BaseUrl = fixture.Sandbox.RestUrl,
            ApiKey = apiKey,
            Retry = new RetryOptions { Enabled = false },
            RateLimits = new AdvancedTradeRateLimitOptions { Enabled = false },
            Timeout = SandboxFixture.Timeout,
        });
}
