using System.Net;
using System.Text.Json;
using CoPrA.Rest;

namespace CoPrA.Tests.Faults;

/// <summary>A 200 whose body is not the JSON promised: an ApiRequestException with the JsonException inside and the body kept.</summary>
[Collection(FaultCollection.Name)]
public class InvalidBodyFaultTests(FaultSandboxFixture fixture) : IAsyncLifetime
{
    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("""{"trade_id":7,"price":""")]
    [InlineData("""{"trade_id":7,"price":"100.5",}""")]
    [InlineData("""<html><body>maintenance</body></html>""")]
    public async Task Invalid_JSON_on_a_200_is_an_ApiRequestException_with_the_JsonException_inside(string body)
    {
        using var client = fixture.CreateClient();
        long before = fixture.Controls.RestRequestCount;
        fixture.Controls.AnswerNextRequests(1, HttpStatusCode.OK, body);

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => client.TickerAsync("BTC-USD").WaitAsync(FaultSandboxFixture.Patience));

        Assert.Equal(HttpStatusCode.OK, error.StatusCode);
        Assert.IsAssignableFrom<JsonException>(error.InnerException);
        Assert.Equal(body, error.Body);
        Assert.StartsWith("The response body could not be read as ProductTicker", error.ServerMessage, StringComparison.Ordinal);
        // A well-formed status with a garbled body is not a transient failure: it is not sent again.
        Assert.Equal(before + 1, fixture.Controls.RestRequestCount);
    }

    [Fact]
    public async Task A_JSON_value_of_the_wrong_shape_is_an_ApiRequestException_too()
    {
        using var client = fixture.CreateClient();
        fixture.Controls.AnswerNextRequests(1, HttpStatusCode.OK, """{"message":"not a list"}""");

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => client.ProductsAsync().WaitAsync(FaultSandboxFixture.Patience));

        Assert.IsAssignableFrom<JsonException>(error.InnerException);
    }

    [Fact]
    public async Task The_next_request_after_a_garbled_answer_is_read_normally()
    {
        using var client = fixture.CreateClient();
        fixture.Controls.AnswerNextRequests(1, HttpStatusCode.OK, "{");

        await Assert.ThrowsAsync<ApiRequestException>(() => client.TickerAsync("BTC-USD").WaitAsync(FaultSandboxFixture.Patience));
        var ticker = await client.TickerAsync("BTC-USD").WaitAsync(FaultSandboxFixture.Patience);

        Assert.True(ticker.Ask > 0m);
    }
}
