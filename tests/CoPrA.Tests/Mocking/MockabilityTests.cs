using System.Reflection;
using CoPrA;
using CoPrA.Rest;
using CoPrA.WebSocket;
using Moq;

namespace CoPrA.Tests.Mocking;

/// <summary>The clients can be mocked (Azure SDK style): every public instance member is virtual.</summary>
public class MockabilityTests
{
    public static TheoryData<Type> Clients => new() { typeof(RestClient), typeof(WebSocketClient) };

    /// <summary>Fails when an endpoint or property is added without <c>virtual</c>, which a mock could not answer.</summary>
    [Theory]
    [MemberData(nameof(Clients))]
    public void Every_public_instance_member_is_virtual(Type client)
    {
        Assert.False(client.IsSealed);
        var methods = client.GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .Where(m => m.DeclaringType != typeof(object));

        var notVirtual = methods.Where(m => !m.IsVirtual || m.IsFinal).Select(m => m.ToString()).ToList();

        Assert.Empty(notVirtual);
        // Properties are checked through their accessors above; make sure there are some.
        Assert.Contains(methods, m => m.Name == "get_IsAuthenticated");
    }

    [Fact]
    public async Task A_RestClient_mock_answers_an_endpoint_without_a_request()
    {
        var rest = new Mock<RestClient>();
        rest.Setup(r => r.TickerAsync("BTC-USD", It.IsAny<CancellationToken>())).ReturnsAsync(new ProductTicker { Price = 101.5m });

        var ticker = await rest.Object.TickerAsync("BTC-USD");

        Assert.Equal(101.5m, ticker.Price);
        rest.Verify(r => r.TickerAsync("BTC-USD", It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task A_WebSocketClient_mock_is_built_with_the_protected_constructor_and_answers_the_feed()
    {
        var feed = new Mock<WebSocketClient>();
        feed.Setup(f => f.IsConnected).Returns(true);
        feed.Setup(f => f.ReadAllAsync(It.IsAny<CancellationToken>())).Returns(Messages(new TickerMessage { Type = "ticker", ProductId = "BTC-USD", Price = 99m }));

        await feed.Object.ConnectAsync();
        var read = new List<FeedMessage>();
        await foreach (var message in feed.Object.ReadAllAsync())
        {
            read.Add(message);
        }

        Assert.True(feed.Object.IsConnected);
        Assert.Equal(99m, Assert.IsType<TickerMessage>(Assert.Single(read)).Price);
        feed.Verify(f => f.ConnectAsync(It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public void A_subclass_calling_the_parameterless_base_constructor_gets_a_working_client()
    {
        // The mocking constructor is what an implicit base() now binds to: it must be the same
        // client new WebSocketClient() gives, not one with empty fields.
        var client = new BareClient();

        Assert.Empty(client.Channels);
        Assert.Equal(new Uri(WebSocketClient.ProductionFeedUrl), client.FeedUrl);
        Assert.False(client.IsConnected);
        Assert.True(client.AutoReconnect);
    }

    private static async IAsyncEnumerable<FeedMessage> Messages(params FeedMessage[] messages)
    {
        foreach (var message in messages)
        {
            await Task.Yield();
            yield return message;
        }
    }

    private sealed class BareClient : WebSocketClient;
}
