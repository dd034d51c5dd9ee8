using CoPrA.Rest;

namespace CoPrA.Tests.Faults;

/// <summary>
/// The sandbox's clock runs two minutes ahead: signed calls recover through one automatic clock
/// sync (an order included, placed exactly once); with the sync off the expiry surfaces.
/// </summary>
[Collection(FaultCollection.Name)]
public class ClockSkewFaultTests(FaultSandboxFixture fixture) : IAsyncLifetime
{
    private static readonly TimeSpan Skew = TimeSpan.FromMinutes(2);

    public Task InitializeAsync() => fixture.ResetAsync();

    public async Task DisposeAsync() => await fixture.ResetAsync();

    [Fact]
    public async Task A_signed_GET_recovers_through_one_clock_sync_and_later_calls_need_none()
    {
        using var client = fixture.CreateClient();
        fixture.Controls.ClockSkew = Skew;
        long before = fixture.Controls.RestRequestCount;

        var accounts = await client.AccountsAsync().WaitAsync(FaultSandboxFixture.Patience);

        Assert.Contains(accounts, account => account.Currency == "USD");
        Assert.Equal(before + 3, fixture.Controls.RestRequestCount);       // refused, GET /time, resent
        // The offset is learnt from one round trip on loopback: well within the 30-second window.
        Assert.InRange(client.Signer!.ClockOffset, Skew - TimeSpan.FromSeconds(10), Skew + TimeSpan.FromSeconds(10));

        await client.AccountsAsync().WaitAsync(FaultSandboxFixture.Patience);
        Assert.Equal(before + 4, fixture.Controls.RestRequestCount);
    }

    [Fact]
    public async Task An_order_refused_for_its_timestamp_is_placed_once_after_the_sync()
    {
        using var client = fixture.CreateClient();
        fixture.Controls.ClockSkew = -Skew;
        string clientOid = Guid.NewGuid().ToString();
        long before = fixture.Controls.RestRequestCount;

        var order = await client.LimitOrderAsync(Side.Buy, FaultSandboxFixture.OrderProduct, price: 10m, size: 1m, clientOid: clientOid).WaitAsync(FaultSandboxFixture.Patience);

        Assert.Equal(clientOid, order.ClientOid);
        Assert.Equal(before + 3, fixture.Controls.RestRequestCount);
        Assert.Single(await fixture.OpenOrdersAsync(), open => open.ClientOid == clientOid);
    }

    [Fact]
    public async Task With_the_sync_off_the_expiry_surfaces_as_AuthenticationFailedException()
    {
        using var client = fixture.CreateClient(options => options.SyncClockOnExpiredTimestamp = false);
        fixture.Controls.ClockSkew = Skew;
        long before = fixture.Controls.RestRequestCount;

        var error = await Assert.ThrowsAsync<AuthenticationFailedException>(() => client.AccountsAsync().WaitAsync(FaultSandboxFixture.Patience));

        Assert.Equal("request timestamp expired", error.ServerMessage);
        Assert.Equal(before + 1, fixture.Controls.RestRequestCount);
    }

    [Fact]
    public async Task With_the_sync_off_SyncTimeAsync_still_mends_the_clock_by_hand()
    {
        using var client = fixture.CreateClient(options => options.SyncClockOnExpiredTimestamp = false);
        fixture.Controls.ClockSkew = Skew;

        var offset = await client.SyncTimeAsync().WaitAsync(FaultSandboxFixture.Patience);
        var accounts = await client.AccountsAsync().WaitAsync(FaultSandboxFixture.Patience);

        Assert.InRange(offset, Skew - TimeSpan.FromSeconds(10), Skew + TimeSpan.FromSeconds(10));
        Assert.NotEmpty(accounts);
    }
}
