using System.Globalization;
using static CoPrA.Tests.Rest.RestTestHarness;

namespace CoPrA.Tests.Rest;

/// <summary>
/// Numbers and times on the wire never follow the current culture: comma decimals (de-DE, fr-FR),
/// a Buddhist-era calendar (th-TH) and a dot time separator (fi-FI) must not leak into requests.
/// </summary>
public class CultureTests
{
    public static TheoryData<string> Cultures => ["de-DE", "fr-FR", "th-TH", "fi-FI"];

    [Theory]
    [MemberData(nameof(Cultures))]
    public async Task A_limit_order_says_0_01_on_the_wire(string culture)
    {
        using var scope = new CultureScope(culture);
        using var harness = Authenticated();
        harness.Reply(HttpMethod.Post, "/orders", """{"id": "o1", "price": "1234.5", "size": "0.01", "status": "pending"}""");

        var order = await harness.Client.LimitOrderAsync(Side.Buy, "BTC-USD", 1234.5m, 0.01m, stop: StopType.Loss, stopPrice: 1200.25m);

        var sent = harness.AssertSentOrder("/orders",
            """{"type":"limit","side":"buy","product_id":"BTC-USD","price":"1234.5","size":"0.01","time_in_force":"GTC","post_only":false,"stp":"dc","stop":"loss","stop_price":"1200.25"}""");
        AssertSigned(sent);
        Assert.Equal(1234.5m, order.Price);
        Assert.Equal(0.01m, order.Size);
        Assert.Equal(culture, CultureInfo.CurrentCulture.Name);
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public async Task A_market_order_and_a_transfer_send_invariant_amounts(string culture)
    {
        using var scope = new CultureScope(culture);
        using var harness = Authenticated();
        harness.Reply(HttpMethod.Post, "/orders", """{"id": "o1"}""");
        harness.Reply(HttpMethod.Post, "/withdrawals/crypto", """{"id": "w1", "amount": "0.00012345", "currency": "BTC"}""");

        await harness.Client.MarketOrderAsync(Side.Buy, "BTC-USD", funds: 1234567.89m);
        var receipt = await harness.Client.WithdrawCryptoAsync(0.00012345m, "BTC", "bc1q");

        Assert.Equal(
            ["""{"type":"market","side":"buy","product_id":"BTC-USD","stp":"dc","funds":"1234567.89"}""",
             """{"amount":"0.00012345","currency":"BTC","crypto_address":"bc1q"}"""],
            harness.Sent.Select((r, i) => i == 0 ? WithoutGeneratedClientOid(r) : r.Body));
        Assert.Equal(0.00012345m, receipt.Amount);
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public async Task Query_times_and_no_cache_are_invariant(string culture)
    {
        using var scope = new CultureScope(culture);
        using var harness = Authenticated();
        harness.Reply(HttpMethod.Get, "/products/BTC-USD/candles", "[[1538179200, 61.12, 61.75, 61.74, 61.18, 2290.8172972700004]]");

        var candles = await harness.Client.HistoricRatesAsync("BTC-USD", 86400,
            new DateTimeOffset(2018, 9, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2018, 9, 28, 12, 30, 15, 250, TimeSpan.Zero));

        harness.AssertSent(HttpMethod.Get, "/products/BTC-USD/candles?granularity=86400&start=2018-09-01T00:00:00Z&end=2018-09-28T12:30:15.25Z&no-cache=1700000000.250");
        Assert.Equal(61.12m, candles[0].Low);
        Assert.Equal(2290.8172972700004m, candles[0].Volume);
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public async Task Report_dates_and_the_signature_timestamp_are_invariant(string culture)
    {
        using var scope = new CultureScope(culture);
        using var harness = Authenticated();
        harness.Reply(HttpMethod.Post, "/reports", """{"id": "r1", "type": "fills", "status": "pending", "created_at": "2015-01-06T10:34:47.000Z"}""");

        var report = await harness.Client.CreateReportAsync(ReportType.Fills, new DateTimeOffset(2014, 11, 1, 0, 0, 0, TimeSpan.Zero),
            new DateTimeOffset(2014, 11, 30, 23, 59, 59, TimeSpan.Zero), productId: "BTC-USD");

        var sent = harness.AssertSent(HttpMethod.Post, "/reports",
            """{"type":"fills","start_date":"2014-11-01T00:00:00Z","end_date":"2014-11-30T23:59:59Z","format":"pdf","product_id":"BTC-USD"}""");
        Assert.Equal("1700000000.250", sent.Header("CB-ACCESS-TIMESTAMP"));
        AssertSigned(sent);
        Assert.Equal(new DateTimeOffset(2015, 1, 6, 10, 34, 47, TimeSpan.Zero), report.CreatedAt);
    }

    /// <summary>Sets the current culture for one test and puts the old one back.</summary>
    private sealed class CultureScope : IDisposable
    {
        private readonly CultureInfo _culture = CultureInfo.CurrentCulture;
        private readonly CultureInfo _uiCulture = CultureInfo.CurrentUICulture;

        public CultureScope(string name)
        {
            var culture = CultureInfo.GetCultureInfo(name);
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;

            // The test means something only if this culture really formats differently.
            var instant = new DateTime(2018, 9, 28, 12, 30, 15, DateTimeKind.Utc);
            Assert.True(
                0.01m.ToString() != "0.01" || instant.ToString("yyyy-MM-dd'T'HH:mm:ss") != "2018-09-28T12:30:15",
                $"{name} formats like the invariant culture; is ICU missing?");
        }

        public void Dispose()
        {
            CultureInfo.CurrentCulture = _culture;
            CultureInfo.CurrentUICulture = _uiCulture;
        }
    }
}
