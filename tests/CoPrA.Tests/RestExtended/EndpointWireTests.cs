using System.Reflection;
using System.Text.RegularExpressions;
using CoPrA.Rest;

namespace CoPrA.Tests.RestExtended;

/// <summary>Verb, path, query, body and signing of every endpoint method beyond CoPrA.</summary>
public class EndpointWireTests
{
    /// <summary>CoPrA's own methods; the tests of tests/CoPrA.Tests/Rest cover them.</summary>
    private static readonly HashSet<string> CoPrAMethods =
    [
        "ProductsAsync", "OrderBookAsync", "TickerAsync", "TradesAsync", "HistoricRatesAsync", "Get24HourStatsAsync", "CurrenciesAsync", "ServerTimeAsync",
        "AccountsAsync", "AccountAsync", "AccountHistoryAsync", "HoldsAsync",
        "LimitOrderAsync", "MarketOrderAsync", "CancelAsync", "CancelAllAsync", "OrdersAsync", "GetOrderAsync", "FillsAsync",
        "PaymentMethodsAsync", "CoinbaseAccountsAsync", "DepositPaymentMethodAsync", "DepositCoinbaseAsync", "WithdrawPaymentMethodAsync", "WithdrawCoinbaseAsync", "WithdrawCryptoAsync",
        "StablecoinConversionAsync", "FeesAsync", "TrailingVolumeAsync", "CreateReportAsync", "ReportStatusAsync",
    ];

    public static TheoryData<string> CaseNames => new(WireCases.All.Keys);

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task Sends_the_documented_request(string name)
    {
        var wireCase = WireCases.All[name];
        using var exchange = new RecordingExchange(wireCase.Response);

        await wireCase.Call(exchange.Client);

        var request = Assert.Single(exchange.Requests);
        Assert.Equal(wireCase.Verb, request.Method);
        Assert.Equal(wireCase.Path, request.Path);
        Assert.Equal(wireCase.Query, request.Query);
        Assert.Equal(wireCase.Body, request.Body);
        if (wireCase.Body is not null)
        {
            Assert.Equal("application/json", request.ContentType);
        }
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task Signs_private_requests_over_exactly_what_is_sent_and_leaves_public_ones_unsigned(string name)
    {
        var wireCase = WireCases.All[name];
        using var exchange = new RecordingExchange(wireCase.Response);

        await wireCase.Call(exchange.Client);

        var request = Assert.Single(exchange.Requests);
        if (!wireCase.Signed)
        {
            Assert.DoesNotContain(request.Headers.Keys, key => key.StartsWith("CB-ACCESS", StringComparison.OrdinalIgnoreCase));
            return;
        }

        Assert.Equal("test-key", request.Headers["CB-ACCESS-KEY"]);
        Assert.Equal("test-passphrase", request.Headers["CB-ACCESS-PASSPHRASE"]);
        var signer = new CoinbaseSigner(exchange.Credentials);
        string expected = signer.ComputeSignature(request.Headers["CB-ACCESS-TIMESTAMP"], request.Method, request.PathAndQuery, request.Body ?? "");
        Assert.Equal(expected, request.Headers["CB-ACCESS-SIGN"]);
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task Private_endpoints_refuse_a_client_without_credentials_before_sending(string name)
    {
        var wireCase = WireCases.All[name];
        using var exchange = new RecordingExchange(wireCase.Response);

        if (wireCase.Signed)
        {
            await Assert.ThrowsAsync<InvalidOperationException>(() => wireCase.Call(exchange.PublicClient));
            Assert.Empty(exchange.Requests);
        }
        else
        {
            await wireCase.Call(exchange.PublicClient);
            Assert.Single(exchange.Requests);
        }
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void The_request_matches_the_endpoint_attribute_of_its_method(string name)
    {
        var wireCase = WireCases.All[name];
        var endpoint = typeof(RestClient).GetMethods().Where(method => method.Name == wireCase.Method)
            .Select(method => method.GetCustomAttribute<CoinbaseEndpointAttribute>())
            .Single(attribute => attribute is not null)!;

        Assert.Equal(endpoint.Method, wireCase.Verb);
        var template = "^" + Regex.Replace(Regex.Escape(endpoint.Path), @"\\\{[^}]*}", "[^/]+") + "$";
        Assert.Matches(template, wireCase.Path);
    }

    [Fact]
    public void Every_endpoint_method_beyond_CoPrA_has_a_wire_case()
    {
        var covered = WireCases.All.Values.Select(wireCase => wireCase.Method).ToHashSet();
        var untested = typeof(RestClient).GetMethods()
            .Where(method => method.GetCustomAttribute<CoinbaseEndpointAttribute>() is not null && !CoPrAMethods.Contains(method.Name))
            .Select(method => method.Name)
            .Where(methodName => !covered.Contains(methodName))
            .ToList();
        Assert.Empty(untested);
    }

    [Fact]
    public async Task Amounts_are_sent_with_the_invariant_culture_under_a_comma_culture()
    {
        var previous = System.Globalization.CultureInfo.CurrentCulture;
        System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
        try
        {
            using var exchange = new RecordingExchange();
            await exchange.Client.CreateStakeWrapAsync("ETH", "CBETH", 1234.5678m);
            await exchange.Client.LoanPreviewAsync("USDC", 0.5m);
            Assert.Equal("""{"from_currency":"ETH","to_currency":"CBETH","amount":"1234.5678"}""", exchange.Requests[0].Body);
            Assert.Equal("currency=USDC&native_amount=0.5", exchange.Requests[1].Query);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = previous;
        }
    }
}
