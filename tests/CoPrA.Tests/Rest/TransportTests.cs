using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CoPrA.Rest;
using Microsoft.Extensions.Logging;
using static CoPrA.Tests.Rest.RestTestHarness;

namespace CoPrA.Tests.Rest;

/// <summary>What every request shares: headers, the no-cache switch, the base URL, credentials and disposal.</summary>
public class TransportTests
{
    [Fact]
    public void The_harness_signature_matches_a_published_vector()
    {
        // exchange-api.md vector B: the test's independent HMAC is itself right.
        Assert.Equal("qGB3X7LOAhNXPpRqV73F08sMU1hKuX+s7vQypcEErV8=",
            ExpectedSignature("kv+3DPw2yHWQWkDsmpN4uXWtgtuBrFFLu7zRk9gipjdrFpUjwZ0mK6KzGAPFpxOjDLdna20xozy+9fqRU5zJZQ==", "1580066918.897", "GET", "/fills?product_id=BTC-EUR", ""));
    }

    [Fact]
    public async Task Requests_name_CoPrA_and_its_version_and_ask_for_JSON()
    {
        using var harness = Authenticated();
        harness.Reply(HttpMethod.Get, "/time", """{"iso": "2018-09-29T03:02:27.753Z", "epoch": 1538190147.753}""");

        await harness.Client.ServerTimeAsync();

        var sent = Assert.Single(harness.Sent);
        Assert.Matches(new Regex(@"^CoPrA\.NET/\d+\.\d+\.\d+\S* \(\.NET \d+\.\d+\.\d+\)$"), sent.Header("User-Agent"));
        Assert.Equal("application/json", sent.Header("Accept"));
    }

    [Fact]
    public async Task With_NoCache_off_GETs_carry_only_their_own_parameters()
    {
        using var harness = Authenticated(noCache: false);
        harness.Reply(HttpMethod.Get, "/products", "[]");
        harness.Reply(HttpMethod.Get, "/accounts", "[]");
        harness.Reply(HttpMethod.Get, "/products/BTC-USD/trades", "[]");

        await harness.Client.ProductsAsync();
        await harness.Client.AccountsAsync();
        await harness.Client.TradesAsync("BTC-USD");

        var sent = harness.Sent;
        Assert.Equal(["/products", "/accounts", "/products/BTC-USD/trades?limit=100"], sent.Select(r => r.PathAndQuery));
        AssertUnsigned(sent[0]);
        AssertSigned(sent[1]);
        AssertUnsigned(sent[2]);
    }

    [Fact]
    public async Task A_base_URL_with_a_path_prefix_is_sent_and_signed_with_the_prefix()
    {
        using var harness = Authenticated(baseUrl: "https://gateway.example.com/coinbase/");
        harness.Reply(HttpMethod.Post, "/orders", """{"id": "o1"}""");

        await harness.Client.MarketOrderAsync(Side.Buy, "BTC-USD", size: 1m);

        var sent = harness.AssertSentOrder("/coinbase/orders", """{"type":"market","side":"buy","product_id":"BTC-USD","stp":"dc","size":"1"}""");
        AssertSigned(sent);
        Assert.Equal("https://gateway.example.com/coinbase", harness.Client.BaseUrl);
    }

    [Theory]
    [InlineData("")]
    [InlineData("api.exchange.coinbase.com")]
    [InlineData("ftp://api.exchange.coinbase.com")]
    [InlineData("/relative")]
    public void A_base_URL_that_is_not_absolute_http_is_rejected(string baseUrl)
    {
        var ex = Assert.Throws<ArgumentException>(() => new RestClient(new RestClientOptions { BaseUrl = baseUrl }, new HttpClient()));
        Assert.Equal("options", ex.ParamName);
    }

    [Fact]
    public void The_client_says_whether_it_can_sign()
    {
        using var authenticated = Authenticated();
        using var anonymous = Anonymous();

        Assert.True(authenticated.Client.IsAuthenticated);
        Assert.Equal(Key, authenticated.Client.Signer!.Credentials.Key);
        Assert.False(anonymous.Client.IsAuthenticated);
        Assert.Null(anonymous.Client.Signer);
        Assert.Equal(RestClient.ProductionUrl, anonymous.Client.BaseUrl);
    }

    public static TheoryData<string> PrivateCalls => [.. PrivateCall.Keys];

    private static readonly Dictionary<string, Func<RestClient, Task>> PrivateCall = new()
    {
        ["AccountsAsync"] = c => c.AccountsAsync(),
        ["AccountAsync"] = c => c.AccountAsync("acc"),
        ["AccountHistoryAsync"] = c => c.AccountHistoryAsync("acc"),
        ["HoldsAsync"] = c => c.HoldsAsync("acc"),
        ["LimitOrderAsync"] = c => c.LimitOrderAsync(Side.Buy, "BTC-USD", 1m, 1m),
        ["MarketOrderAsync"] = c => c.MarketOrderAsync(Side.Sell, "BTC-USD", funds: 10m),
        ["CancelAsync"] = c => c.CancelAsync("o1"),
        ["CancelAllAsync"] = c => c.CancelAllAsync(),
        ["CancelAllAsync(stop)"] = c => c.CancelAllAsync("BTC-USD", stop: true),
        ["OrdersAsync(statuses)"] = c => c.OrdersAsync([OrderStatus.Open]),
        ["OrdersAsync(status)"] = c => c.OrdersAsync(OrderStatus.Done),
        ["GetOrderAsync"] = c => c.GetOrderAsync("o1"),
        ["FillsAsync"] = c => c.FillsAsync(productId: "BTC-USD"),
        ["PaymentMethodsAsync"] = c => c.PaymentMethodsAsync(),
        ["CoinbaseAccountsAsync"] = c => c.CoinbaseAccountsAsync(),
        ["DepositPaymentMethodAsync"] = c => c.DepositPaymentMethodAsync(1m, "USD", "pm"),
        ["DepositCoinbaseAsync"] = c => c.DepositCoinbaseAsync(1m, "BTC", "cb"),
        ["WithdrawPaymentMethodAsync"] = c => c.WithdrawPaymentMethodAsync(1m, "USD", "pm"),
        ["WithdrawCoinbaseAsync"] = c => c.WithdrawCoinbaseAsync(1m, "BTC", "cb"),
        ["WithdrawCryptoAsync"] = c => c.WithdrawCryptoAsync(1m, "BTC", "addr"),
        ["StablecoinConversionAsync"] = c => c.StablecoinConversionAsync("USD", "USDC", 1m),
        ["FeesAsync"] = c => c.FeesAsync(),
        ["CreateReportAsync"] = c => c.CreateReportAsync(ReportType.Fills, Now, Now, "BTC-USD"),
        ["ReportStatusAsync"] = c => c.ReportStatusAsync("r1"),
        ["TrailingVolumeAsync"] = c => c.TrailingVolumeAsync(),
        ["GetAsync(auth)"] = c => c.GetAsync("/profiles", auth: true),
        ["PostAsync(auth)"] = c => c.PostAsync("/profiles", new JsonObject { ["name"] = "p" }, auth: true),
        ["DeleteAsync(auth)"] = c => c.DeleteAsync("/orders", auth: true),
    };

    [Theory]
    [MemberData(nameof(PrivateCalls))]
    public async Task Every_private_method_without_credentials_fails_before_sending(string call)
    {
        using var harness = Anonymous();

        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => PrivateCall[call](harness.Client));

        Assert.StartsWith("client is not properly configured for authorization", ex.Message, StringComparison.Ordinal);
        harness.AssertNothingSent();
    }

    public static TheoryData<string> PublicCalls => [.. PublicCall.Keys];

    private static readonly Dictionary<string, (string Path, string Json, Func<RestClient, Task> Call)> PublicCall = new()
    {
        ["ProductsAsync"] = ("/products", "[]", c => c.ProductsAsync()),
        ["OrderBookAsync"] = ("/products/BTC-USD/book", """{"sequence": 1, "bids": [], "asks": []}""", c => c.OrderBookAsync("BTC-USD")),
        ["TickerAsync"] = ("/products/BTC-USD/ticker", """{"trade_id": 1, "price": "1", "size": "1"}""", c => c.TickerAsync("BTC-USD")),
        ["TradesAsync"] = ("/products/BTC-USD/trades", "[]", c => c.TradesAsync("BTC-USD")),
        ["HistoricRatesAsync"] = ("/products/BTC-USD/candles", "[]", c => c.HistoricRatesAsync("BTC-USD")),
        ["Get24HourStatsAsync"] = ("/products/BTC-USD/stats", "{}", c => c.Get24HourStatsAsync("BTC-USD")),
        ["CurrenciesAsync"] = ("/currencies", "[]", c => c.CurrenciesAsync()),
        ["ServerTimeAsync"] = ("/time", """{"iso": "2018-09-29T03:02:27.753Z", "epoch": 1538190147.753}""", c => c.ServerTimeAsync()),
    };

    [Theory]
    [MemberData(nameof(PublicCalls))]
    public async Task Every_public_method_works_without_credentials_and_is_never_signed_with_them(string call)
    {
        var (path, json, send) = PublicCall[call];
        using var anonymous = Anonymous();
        using var authenticated = Authenticated();
        anonymous.Reply(HttpMethod.Get, path, json);
        authenticated.Reply(HttpMethod.Get, path, json);

        await send(anonymous.Client);
        await send(authenticated.Client);

        AssertUnsigned(Assert.Single(anonymous.Sent));
        AssertUnsigned(Assert.Single(authenticated.Sent));
        Assert.Equal(anonymous.Sent[0].PathAndQuery, authenticated.Sent[0].PathAndQuery);
    }

    [Fact]
    public async Task Logs_name_the_request_but_never_the_secret_passphrase_or_signature()
    {
        var logger = new ListLogger();
        using var harness = Authenticated(logger: logger);
        harness.Reply(HttpMethod.Post, "/orders", """{"id": "o1"}""");
        harness.Reply(HttpMethod.Get, "/accounts", """{"message": "invalid signature"}""", System.Net.HttpStatusCode.Unauthorized);

        await harness.Client.LimitOrderAsync(Side.Buy, "BTC-USD", 1m, 1m);
        await Assert.ThrowsAsync<AuthenticationFailedException>(() => harness.Client.AccountsAsync());

        string logged = string.Join("\n", logger.Lines);
        Assert.Contains("/orders", logged, StringComparison.Ordinal);
        Assert.Contains("401", logged, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, logged, StringComparison.Ordinal);
        Assert.DoesNotContain(Passphrase, logged, StringComparison.Ordinal);
        Assert.All(harness.Sent, r => Assert.DoesNotContain(r.Header("CB-ACCESS-SIGN")!, logged, StringComparison.Ordinal));
    }

    [Fact]
    public void IsClosed_is_false_until_the_client_is_disposed()
    {
        using var harness = Authenticated();
        Assert.False(harness.Client.IsClosed);

        harness.Client.Dispose();

        Assert.True(harness.Client.IsClosed);
    }

    [Fact]
    public async Task A_disposed_client_refuses_calls_and_leaves_the_callers_HttpClient_usable()
    {
        using var harness = Authenticated();
        harness.Reply(HttpMethod.Get, "/time", "{}");

        harness.Client.Dispose();
        await harness.Client.DisposeAsync();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => harness.Client.ServerTimeAsync());
        harness.AssertNothingSent();
        using var response = await harness.HttpClient.GetAsync(BaseUrl + "/time");
        Assert.True(response.IsSuccessStatusCode);
    }

    /// <summary>Keeps every formatted log line, at every level.</summary>
    private sealed class ListLogger : ILogger
    {
        private readonly List<string> _lines = [];

        public IReadOnlyList<string> Lines
        {
            get
            {
                lock (_lines)
                {
                    return [.. _lines];
                }
            }
        }

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (_lines)
            {
                _lines.Add(formatter(state, exception) + " " + exception);
            }
        }
    }
}
