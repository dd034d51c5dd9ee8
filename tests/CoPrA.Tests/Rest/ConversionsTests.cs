using static CoPrA.Tests.Rest.RestTestHarness;

namespace CoPrA.Tests.Rest;

/// <summary>Stablecoin conversions: a signed POST with CoPrA's from/to/amount body.</summary>
public class ConversionsTests
{
    [Fact]
    public async Task StablecoinConversionAsync_posts_from_to_and_amount_signed()
    {
        using var harness = Authenticated();
        harness.Reply(HttpMethod.Post, "/conversions", """
            {"id": "8942caee-f9d5-4600-a894-4811268545db", "amount": "10000.00", "from_account_id": "7849cc79-8b01-4793-9345-bc6b5f08acce",
             "to_account_id": "105c3e58-0898-4106-8283-dc5781cda07b", "from": "USD", "to": "USDC", "fee_amount": "0.0000000000000000",
             "created_at": "2021-03-01T12:00:00Z", "network": "base"}
            """);

        var conversion = await harness.Client.StablecoinConversionAsync("USD", "USDC", 10000.00m);

        AssertSigned(harness.AssertSent(HttpMethod.Post, "/conversions", """{"from":"USD","to":"USDC","amount":"10000.00"}"""));
        Assert.Equal("8942caee-f9d5-4600-a894-4811268545db", conversion.Id);
        Assert.Equal(10000m, conversion.Amount);
        Assert.Equal("7849cc79-8b01-4793-9345-bc6b5f08acce", conversion.FromAccountId);
        Assert.Equal("105c3e58-0898-4106-8283-dc5781cda07b", conversion.ToAccountId);
        Assert.Equal("USD", conversion.From);
        Assert.Equal("USDC", conversion.To);
        Assert.Equal(0m, conversion.FeeAmount);
        Assert.Equal(new DateTimeOffset(2021, 3, 1, 12, 0, 0, TimeSpan.Zero), conversion.CreatedAt);
        Assert.Equal("base", conversion.ExtensionData!["network"].GetString());
    }

    [Theory]
    [InlineData("", "USDC", "fromCurrencyId")]
    [InlineData("USD", " ", "toCurrencyId")]
    public async Task StablecoinConversionAsync_rejects_an_empty_currency(string from, string to, string paramName)
    {
        using var harness = Authenticated();
        await harness.AssertRejectedAsync<ArgumentException>(c => c.StablecoinConversionAsync(from, to, 1m), paramName);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public async Task StablecoinConversionAsync_rejects_an_amount_that_is_not_positive(int amount)
    {
        using var harness = Authenticated();
        await harness.AssertRejectedAsync<ArgumentOutOfRangeException>(c => c.StablecoinConversionAsync("USD", "USDC", amount), "amount", "amount must be greater than zero.");
    }
}
