using static CoPrA.Tests.Rest.RestTestHarness;

namespace CoPrA.Tests.Rest;

/// <summary>Fee rates and trailing volume: signed GETs.</summary>
public class FeesTests
{
    [Fact]
    public async Task FeesAsync_gets_the_fee_rates_signed()
    {
        using var harness = Authenticated();
        harness.Reply(HttpMethod.Get, "/fees", """{"maker_fee_rate": "0.0015", "taker_fee_rate": "0.0025", "usd_volume": "25000.00", "tier": "2"}""");

        var fees = await harness.Client.FeesAsync();

        AssertSigned(harness.AssertSent(HttpMethod.Get, "/fees?" + NoCache));
        Assert.Equal(0.0015m, fees.MakerFeeRate);
        Assert.Equal(0.0025m, fees.TakerFeeRate);
        Assert.Equal(25000m, fees.UsdVolume);
        Assert.Equal("2", fees.ExtensionData!["tier"].GetString());
    }

    [Fact]
    public async Task FeesAsync_reads_a_missing_usd_volume_as_null()
    {
        using var harness = Authenticated();
        harness.Reply(HttpMethod.Get, "/fees", """{"maker_fee_rate": "0.0050", "taker_fee_rate": "0.0050", "usd_volume": null}""");

        var fees = await harness.Client.FeesAsync();

        Assert.Null(fees.UsdVolume);
    }

    [Fact]
    public async Task TrailingVolumeAsync_gets_the_volumes_signed()
    {
        using var harness = Authenticated();
        harness.Reply(HttpMethod.Get, "/users/self/trailing-volume", """
            [{"product_id": "BTC-USD", "exchange_volume": "11800.00000000", "volume": "100.00000000", "recorded_at": "1973-11-29T00:05:01.123456Z"},
             {"product_id": "LTC-USD", "exchange_volume": "51010.04100000", "volume": "2010.04100000", "recorded_at": "1973-11-29T00:05:02.123456Z"}]
            """);

        var volumes = await harness.Client.TrailingVolumeAsync();

        AssertSigned(harness.AssertSent(HttpMethod.Get, "/users/self/trailing-volume?" + NoCache));
        Assert.Equal(["BTC-USD", "LTC-USD"], volumes.Select(v => v.ProductId));
        Assert.Equal(11800m, volumes[0].ExchangeVolume);
        Assert.Equal(100m, volumes[0].Volume);
        Assert.Equal(new DateTimeOffset(1973, 11, 29, 0, 5, 1, TimeSpan.Zero).AddTicks(1234560), volumes[0].RecordedAt);
        Assert.Equal(2010.041m, volumes[1].Volume);
    }
}
