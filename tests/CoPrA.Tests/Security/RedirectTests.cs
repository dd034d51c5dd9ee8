using System.Net;
using CoPrA.Rest;
using CoPrA.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using static CoPrA.Tests.Reliability.ReliabilityHarness;

namespace CoPrA.Tests.Security;

/// <summary>
/// A signed request never reaches another origin: a 3xx from the API host is an error naming the
/// Location, and the host it points at receives nothing (no CB-ACCESS-* header, no body).
/// </summary>
public class RedirectTests
{
    private const string Passphrase = "redirect-test-passphrase";
    private const string Ticker = """{"trade_id":7,"price":"100.5","size":"0.1","time":"2026-01-01T00:00:00Z"}""";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private static RestClientOptions LoopbackOptions(string baseUrl) => new()
    {
        BaseUrl = baseUrl,
        Credentials = new Credentials("redirect-test-key", Secret, Passphrase),
        Retry = new RetryOptions { Enabled = false },
        RateLimits = new RateLimitOptions { Enabled = false },
        Timeout = Patience,
    };

    private static Task<LoopbackHttpServer> OtherHostAsync() =>
        LoopbackHttpServer.StartAsync(context => context.Response.WriteAsync(context.Request.Method == "GET" ? "[]" : "{}"));

    private static async Task<ApiRequestException> AssertRedirectRefusedAsync(Func<Task> call, int status, LoopbackHttpServer other)
    {
        var ex = await Assert.ThrowsAsync<ApiRequestException>(() => call().WaitAsync(Patience));
        Assert.Equal(status, (int)ex.StatusCode);
        Assert.Contains(other.Url + "/stolen", ex.Message, StringComparison.Ordinal);
        Assert.Empty(other.Requests);
        return ex;
    }

    [Theory]
    [InlineData(301, false)]
    [InlineData(302, false)]
    [InlineData(307, false)]
    [InlineData(307, true)]
    [InlineData(308, true)]
    public async Task A_redirect_from_the_API_host_is_an_error_and_the_other_host_gets_nothing(int status, bool post)
    {
        await using var other = await OtherHostAsync();
        await using var api = await LoopbackHttpServer.RedirectingAsync(status, other.Url + "/stolen");
        using var client = new RestClient(LoopbackOptions(api.Url));

        await AssertRedirectRefusedAsync(
            () => post ? client.LimitOrderAsync(Side.Buy, "BTC-USD", price: 100m, size: 1m) : client.AccountsAsync(),
            status,
            other);

        var sent = Assert.Single(api.Requests);
        Assert.Equal(post ? "POST" : "GET", sent.Method);
    }

    [Fact]
    public async Task The_client_that_AddCoPrA_registers_does_not_follow_redirects()
    {
        await using var other = await OtherHostAsync();
        await using var api = await LoopbackHttpServer.RedirectingAsync(StatusCodes.Status302Found, other.Url + "/stolen");
        var services = new ServiceCollection();
        services.AddCoPrA(o =>
        {
            o.BaseUrl = api.Url;
            o.ApiKey = "redirect-test-key";
            o.ApiSecret = Secret;
            o.ApiPassphrase = Passphrase;
            o.Retry.Enabled = false;
            o.RateLimits.Enabled = false;
        });
        using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<RestClient>();

        await AssertRedirectRefusedAsync(() => client.AccountsAsync(), 302, other);
    }

    [Fact]
    public async Task An_answer_from_another_URI_than_the_one_sent_is_refused_when_a_callers_HttpClient_follows_redirects()
    {
        await using var other = await LoopbackHttpServer.StartAsync(context => context.Response.WriteAsync(Ticker));
        await using var api = await LoopbackHttpServer.RedirectingAsync(StatusCodes.Status302Found, other.Url + "/stolen");
        using var following = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = true });
        using var client = new RestClient(LoopbackOptions(api.Url), following);

        var ex = await Assert.ThrowsAsync<ApiRequestException>(() => client.TickerAsync("BTC-USD").WaitAsync(Patience));

        Assert.Contains(other.Url + "/stolen", ex.Message, StringComparison.Ordinal);
        Assert.Contains("redirect", ex.Message, StringComparison.OrdinalIgnoreCase);
    }
}
