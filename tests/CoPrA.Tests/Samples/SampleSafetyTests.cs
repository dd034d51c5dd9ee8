using CoPrA.Rest;
using CoPrA.Samples;

namespace CoPrA.Tests.Samples;

/// <summary>The samples keep secrets off the command line and trade without --live only where the money is not real.</summary>
public class SampleSafetyTests
{
    private const string Secret = "c2VjcmV0LXNhbXBsZS10ZXN0";

    [Theory]
    [InlineData(RestClient.SandboxUrl)]
    [InlineData(RestClient.RetiredProSandboxUrl)]
    [InlineData("https://API-PUBLIC.SANDBOX.EXCHANGE.COINBASE.COM/")]
    [InlineData("http://127.0.0.1:8080")]
    [InlineData("http://localhost:5000/")]
    [InlineData("http://[::1]:8080")]
    public void Loopback_and_the_known_sandbox_hosts_trade_play_money(string url) =>
        Assert.True(TradingHosts.IsPlayMoney(new Uri(url)));

    [Theory]
    [InlineData(RestClient.ProductionUrl)]
    [InlineData(RestClient.RetiredProUrl)]
    [InlineData("https://sandbox.example.com")]
    [InlineData("https://my-sandbox-exchange.example.com")]
    [InlineData("https://api-public.sandbox.exchange.coinbase.com.example.com")]
    [InlineData("https://sandbox.exchange.coinbase.com")]
    public void Any_other_host_may_be_real_money_even_with_sandbox_in_its_name(string url) =>
        Assert.False(TradingHosts.IsPlayMoney(new Uri(url)));

    [Theory]
    [InlineData("--key")]
    [InlineData("--secret")]
    [InlineData("--passphrase")]
    public void A_secret_on_the_command_line_is_refused_saying_where_it_goes(string option)
    {
        var (arguments, problem) = SampleArguments.Parse(["--url", "http://127.0.0.1:8080", option, Secret]);

        Assert.Null(arguments);
        Assert.NotNull(problem);
        Assert.Contains(option, problem, StringComparison.Ordinal);
        Assert.Contains("COINBASE_API_SECRET", problem, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void The_other_options_and_live_are_read()
    {
        var (arguments, problem) = SampleArguments.Parse(["--url", "https://example.com", "--product", "ETH-USD", "--live"]);

        Assert.Null(problem);
        Assert.NotNull(arguments);
        Assert.Equal("https://example.com", arguments.Values["url"]);
        Assert.Equal("ETH-USD", arguments.Values["product"]);
        Assert.True(arguments.Live);
    }

    [Fact]
    public void Credentials_come_from_the_three_environment_variables()
    {
        var environment = new Dictionary<string, string>
        {
            ["COINBASE_API_KEY"] = "key",
            ["COINBASE_API_SECRET"] = Secret,
            ["COINBASE_API_PASSPHRASE"] = "passphrase",
        };

        var (credentials, problem) = SampleCredentials.From(environment.GetValueOrDefault);

        Assert.Null(problem);
        Assert.NotNull(credentials);
        Assert.Equal(("key", Secret, "passphrase"), (credentials.Key, credentials.Secret, credentials.Passphrase));
    }

    [Fact]
    public void No_variable_set_means_no_credentials_and_no_problem()
    {
        var (credentials, problem) = SampleCredentials.From(_ => null);

        Assert.Null(credentials);
        Assert.Null(problem);
    }

    [Fact]
    public void A_partial_set_names_the_missing_variables_and_no_value()
    {
        var environment = new Dictionary<string, string> { ["COINBASE_API_SECRET"] = Secret };

        var (credentials, problem) = SampleCredentials.From(environment.GetValueOrDefault);

        Assert.Null(credentials);
        Assert.NotNull(problem);
        Assert.StartsWith("COINBASE_API_KEY and COINBASE_API_PASSPHRASE not set", problem, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, problem, StringComparison.Ordinal);
    }
}
