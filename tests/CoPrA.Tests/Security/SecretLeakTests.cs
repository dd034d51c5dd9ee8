using System.Net;
using CoPrA.Rest;
using CoPrA.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using static CoPrA.Tests.Reliability.ReliabilityHarness;

namespace CoPrA.Tests.Security;

/// <summary>Secrets never reach logs, exception messages or ToString, whatever path a request takes.</summary>
public class SecretLeakTests
{
    private const string Passphrase = "very-secret-passphrase";
    private static readonly Credentials Credentials = new("public-key-id", Secret, Passphrase);

    private static void AssertNoSecrets(string text, IEnumerable<string> signatures)
    {
        Assert.DoesNotContain(Secret, text, StringComparison.Ordinal);
        Assert.DoesNotContain(Passphrase, text, StringComparison.Ordinal);
        foreach (var signature in signatures)
        {
            Assert.DoesNotContain(signature, text, StringComparison.Ordinal);
        }
    }

    private static IEnumerable<string> SignaturesSent(Sequence handler) =>
        handler.Requests.Where(r => r.Headers.Contains("CB-ACCESS-SIGN")).Select(r => r.Headers.GetValues("CB-ACCESS-SIGN").Single()).ToList();

    [Fact]
    public async Task Nothing_secret_is_logged_through_success_retry_clock_sync_and_failure()
    {
        var log = new CapturingLoggerProvider();
        var handler = new Sequence(
            _ => Json(HttpStatusCode.ServiceUnavailable, """{"message":"busy"}"""),
            _ => Json(HttpStatusCode.OK, "[]"),
            _ => Json(HttpStatusCode.Unauthorized, """{"message":"request timestamp expired"}"""),
            _ => Json(HttpStatusCode.OK, """{"iso":"2026-11-22T12:00:00Z","epoch":1795348800}"""),
            _ => Json(HttpStatusCode.OK, "[]"),
            _ => Json(HttpStatusCode.BadRequest, """{"message":"Insufficient funds"}"""));
        using var client = new RestClient(Options(signed: false, configure: o => { o.Credentials = Credentials; o.Logger = log.CreateLogger("CoPrA"); }), new HttpClient(handler));

        await client.AccountsAsync();
        await client.AccountsAsync();
        var ex = await Assert.ThrowsAsync<ApiRequestException>(() => client.MarketOrderAsync(Side.Buy, "BTC-USD", funds: 10m));

        Assert.NotEmpty(log.Entries);
        var signatures = SignaturesSent(handler);
        Assert.Equal(5, signatures.Count());
        AssertNoSecrets(log.AllText, signatures);
        AssertNoSecrets(ex.ToString() + ex.Message + ex.Body + string.Join(",", ex.Headers), signatures);
    }

    [Fact]
    public async Task The_http_client_factorys_trace_logging_redacts_the_access_headers()
    {
        var log = new CapturingLoggerProvider();
        var handler = new Sequence(_ => Json(HttpStatusCode.OK, "[]"));
        var services = new ServiceCollection();
        services.AddLogging(builder => builder.SetMinimumLevel(LogLevel.Trace).AddProvider(log));
        services.AddCoPrA(o => { o.BaseUrl = BaseUrl; o.ApiKey = Credentials.Key; o.ApiSecret = Secret; o.ApiPassphrase = Passphrase; })
            .ConfigurePrimaryHttpMessageHandler(() => handler);
        using var provider = services.BuildServiceProvider();

        await provider.GetRequiredService<RestClient>().AccountsAsync();

        Assert.Contains("CB-ACCESS-SIGN", log.AllText, StringComparison.OrdinalIgnoreCase);
        AssertNoSecrets(log.AllText, SignaturesSent(handler));
    }

    [Fact]
    public void ToString_of_credentials_signed_headers_and_options_hides_secrets()
    {
        var signer = new CoinbaseSigner(Credentials);
        var headers = signer.Sign("GET", "/accounts");
        var options = new CoPrAOptions { ApiKey = "k", ApiSecret = Secret, ApiPassphrase = Passphrase };

        string text = $"{Credentials} {headers} {options} {signer}";

        AssertNoSecrets(text, [headers.Signature]);
    }

    [Fact]
    public void Defaults_use_tls_hosts()
    {
        Assert.StartsWith("https://", new RestClientOptions().BaseUrl, StringComparison.Ordinal);
        Assert.StartsWith("https://", RestClient.SandboxUrl, StringComparison.Ordinal);
        Assert.StartsWith("wss://", new CoPrAOptions().FeedUrl, StringComparison.Ordinal);
    }
}
