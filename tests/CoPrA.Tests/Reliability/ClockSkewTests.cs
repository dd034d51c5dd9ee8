using System.Globalization;
using System.Net;
using CoPrA.Rest;
using CoPrA.Tests.Support;
using static CoPrA.Tests.Reliability.ReliabilityHarness;

namespace CoPrA.Tests.Reliability;

public class ClockSkewTests
{
    private static readonly DateTimeOffset LocalNow = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset ServerNow = LocalNow.AddMinutes(5);

    private static string ServerTimeJson => $$"""{"iso":"{{ServerNow:yyyy-MM-ddTHH:mm:ss.fffZ}}","epoch":{{ServerNow.ToUnixTimeMilliseconds() / 1000m}}}""";

    private static decimal SentTimestamp(HttpRequestMessage request) =>
        decimal.Parse(request.Headers.GetValues("CB-ACCESS-TIMESTAMP").Single(), CultureInfo.InvariantCulture);

    [Fact]
    public async Task An_expired_timestamp_triggers_one_clock_sync_and_one_resend()
    {
        var handler = new Sequence(
            _ => Json(HttpStatusCode.Unauthorized, """{"message":"request timestamp expired"}"""),
            _ => Json(HttpStatusCode.OK, ServerTimeJson),
            _ => Json(HttpStatusCode.OK, "[]"));
        using var client = new RestClient(Options(signed: true, configure: o => o.TimeProvider = new ManualClock(LocalNow)), new HttpClient(handler));

        var accounts = await client.AccountsAsync();

        Assert.Empty(accounts);
        Assert.Equal(3, handler.Calls);
        Assert.EndsWith("/time", handler.Requests[1].RequestUri!.AbsolutePath, StringComparison.Ordinal);
        Assert.Equal(LocalNow.ToUnixTimeSeconds(), SentTimestamp(handler.Requests[0]));
        Assert.Equal(ServerNow.ToUnixTimeSeconds(), SentTimestamp(handler.Requests[2]));
        Assert.Equal(TimeSpan.FromMinutes(5), client.Signer!.ClockOffset);
    }

    [Fact]
    public async Task An_expired_order_placement_is_resent_once_because_the_server_never_accepted_it()
    {
        var handler = new Sequence(
            _ => Json(HttpStatusCode.Unauthorized, """{"message":"request timestamp expired"}"""),
            _ => Json(HttpStatusCode.OK, ServerTimeJson),
            _ => Json(HttpStatusCode.OK, """{"id":"o-1","product_id":"BTC-USD","side":"buy","type":"limit","status":"pending"}"""));
        using var client = new RestClient(Options(signed: true, configure: o => o.TimeProvider = new ManualClock(LocalNow)), new HttpClient(handler));

        var order = await client.LimitOrderAsync(Side.Buy, "BTC-USD", 100m, 1m);

        Assert.Equal("o-1", order.Id);
        Assert.Equal(3, handler.Calls);
    }

    [Fact]
    public async Task A_second_expiry_after_the_sync_surfaces_instead_of_looping()
    {
        var handler = new Sequence(
            _ => Json(HttpStatusCode.Unauthorized, """{"message":"request timestamp expired"}"""),
            _ => Json(HttpStatusCode.OK, ServerTimeJson),
            _ => Json(HttpStatusCode.Unauthorized, """{"message":"request timestamp expired"}"""));
        using var client = new RestClient(Options(signed: true), new HttpClient(handler));

        var ex = await Assert.ThrowsAsync<AuthenticationFailedException>(() => client.AccountsAsync());

        Assert.Equal("request timestamp expired [401]", ex.ToString());
        Assert.Equal(3, handler.Calls);
    }

    [Fact]
    public async Task Other_401s_are_not_resent()
    {
        var handler = new Sequence(_ => Json(HttpStatusCode.Unauthorized, """{"message":"invalid signature"}"""));
        using var client = new RestClient(Options(signed: true), new HttpClient(handler));

        await Assert.ThrowsAsync<AuthenticationFailedException>(() => client.AccountsAsync());

        Assert.Equal(1, handler.Calls);
    }

    [Fact]
    public async Task SyncTimeAsync_sets_the_signers_offset()
    {
        var handler = new Sequence(_ => Json(HttpStatusCode.OK, ServerTimeJson));
        using var client = new RestClient(Options(signed: true, configure: o => o.TimeProvider = new ManualClock(LocalNow)), new HttpClient(handler));

        var offset = await client.SyncTimeAsync();

        Assert.Equal(TimeSpan.FromMinutes(5), offset);
        Assert.Equal(ServerNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture) + ".000", client.Signer!.CreateTimestamp());
    }
}
