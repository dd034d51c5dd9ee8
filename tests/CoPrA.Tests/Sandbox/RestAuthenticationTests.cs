using System.Net;
using CoPrA.Rest;
using CoPrA.Sandbox;

namespace CoPrA.Tests.Sandbox;

/// <summary>The sandbox checks signatures as Coinbase does; the client surfaces refusals as AuthenticationFailedException.</summary>
[Collection(SandboxCollection.Name)]
public class RestAuthenticationTests(SandboxFixture fixture)
{
    private const string OtherSecret = "aVGe54dHHYUSudB3sJdcQx4BfQ6K5oVdcYv4eRtDN6fBHEQf5Go6BACew4G0iFjfLKJHmWY5ZEwlqxdslop4CA==";

    private Credentials Good => fixture.Sandbox.Credentials;

    [Fact]
    public async Task The_default_credentials_are_the_same_in_every_sandbox()
    {
        await using var other = await SandboxExchange.StartAsync(new SandboxOptions { MarketMakerEnabled = false, SeedTradeHistory = false, SeedOrderBook = false });

        Assert.Equal(SandboxExchange.DefaultCredentials, other.Credentials);
        Assert.Equal(SandboxExchange.DefaultCredentials, fixture.Sandbox.Credentials);
        Assert.Equal(64, Convert.FromBase64String(other.Credentials.Secret).Length);
    }

    [Fact]
    public async Task A_key_set_in_the_options_is_the_one_accepted()
    {
        await using var other = await SandboxExchange.StartAsync(new SandboxOptions
        {
            MarketMakerEnabled = false,
            SeedTradeHistory = false,
            SeedOrderBook = false,
            ApiKey = "0123456789abcdef0123456789abcdef",
            ApiSecret = OtherSecret,
            ApiPassphrase = "other-passphrase",
        });
        using var client = SandboxFixture.CreateClient(other);
        using var stranger = SandboxFixture.CreateClient(other, SandboxExchange.DefaultCredentials);

        Assert.Equal(new Credentials("0123456789abcdef0123456789abcdef", OtherSecret, "other-passphrase"), other.Credentials);
        Assert.NotEmpty(await client.AccountsAsync());
        await Assert.ThrowsAsync<AuthenticationFailedException>(() => stranger.AccountsAsync());
    }

    [Fact]
    public async Task A_key_set_in_part_is_refused_before_the_sandbox_starts()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => SandboxExchange.StartAsync(new SandboxOptions { ApiKey = "0123456789abcdef0123456789abcdef" }));

        Assert.Equal("options", error.ParamName);
    }

    [Theory]
    [InlineData("secret", "invalid signature")]
    [InlineData("passphrase", "Invalid Passphrase")]
    [InlineData("key", "Invalid API Key")]
    public async Task A_wrong_credential_is_refused_with_the_exchange_message(string wrong, string message)
    {
        var credentials = wrong switch
        {
            "secret" => new Credentials(Good.Key, OtherSecret, Good.Passphrase),
            "passphrase" => new Credentials(Good.Key, Good.Secret, "not-the-passphrase"),
            _ => new Credentials("0123456789abcdef0123456789abcdef", Good.Secret, Good.Passphrase),
        };
        using var client = fixture.CreateClient(credentials);

        var error = await Assert.ThrowsAsync<AuthenticationFailedException>(() => client.AccountsAsync());

        Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
        Assert.Equal(message, error.ServerMessage);
    }

    [Fact]
    public async Task The_signature_covers_the_query_string_as_sent()
    {
        await fixture.ResetAsync("BTC-USD");
        var (orders, _, _) = await fixture.Client.OrdersAsync([OrderStatus.Open, OrderStatus.Pending], productId: "BTC-USD", limit: 7);

        Assert.Empty(orders);
    }

    [Fact]
    public async Task A_private_request_without_headers_names_the_missing_header()
    {
        using var http = new HttpClient();
        var response = await http.GetAsync(new Uri(fixture.Sandbox.RestUrl + "/accounts"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("{\"message\":\"CB-ACCESS-KEY header is required\"}", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_timestamp_more_than_30_seconds_behind_is_expired()
    {
        var clock = new OffsetClock(TimeSpan.FromSeconds(-45));
        using var client = fixture.CreateClient(configure: options => options.TimeProvider = clock);

        var error = await Assert.ThrowsAsync<AuthenticationFailedException>(() => client.AccountsAsync());

        Assert.Equal("request timestamp expired", error.ServerMessage);
    }

    [Fact]
    public async Task A_skewed_exchange_clock_expires_requests_until_it_is_put_back()
    {
        try
        {
            fixture.Controls.ClockSkew = TimeSpan.FromMinutes(5);
            var error = await Assert.ThrowsAsync<AuthenticationFailedException>(() => fixture.Client.AccountsAsync());
            var serverTime = await fixture.Client.ServerTimeAsync();

            Assert.Equal("request timestamp expired", error.ServerMessage);
            Assert.True(serverTime.Iso > DateTimeOffset.UtcNow.AddMinutes(4));
        }
        finally
        {
            fixture.Controls.ClockSkew = TimeSpan.Zero;
        }

        Assert.NotEmpty(await fixture.Client.AccountsAsync());
    }

    [Fact]
    public async Task A_client_that_syncs_its_clock_recovers_from_a_skewed_exchange()
    {
        using var client = fixture.CreateClient(configure: options => options.SyncClockOnExpiredTimestamp = true);
        try
        {
            fixture.Controls.ClockSkew = TimeSpan.FromMinutes(-3);

            var accounts = await client.AccountsAsync();

            Assert.NotEmpty(accounts);
            Assert.InRange(client.Signer!.ClockOffset, TimeSpan.FromMinutes(-3.1), TimeSpan.FromMinutes(-2.9));
        }
        finally
        {
            fixture.Controls.ClockSkew = TimeSpan.Zero;
        }
    }

    /// <summary>The system clock moved by a fixed offset.</summary>
    private sealed class OffsetClock(TimeSpan offset) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + offset;
    }
}
