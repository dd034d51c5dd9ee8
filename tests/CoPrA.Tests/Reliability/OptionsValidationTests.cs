using System.Net;
using CoPrA.Rest;
using static CoPrA.Tests.Reliability.ReliabilityHarness;

namespace CoPrA.Tests.Reliability;

/// <summary>Options that could only make every call fail are refused when they are set or when the client is made.</summary>
public class OptionsValidationTests
{
    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    [InlineData(0)]
    [InlineData(-1)]
    public void A_rate_limit_needs_a_finite_positive_rate(double rate)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new RateLimit(rate, 5));
        Assert.Equal("RequestsPerSecond", ex.ParamName);

        ex = Assert.Throws<ArgumentOutOfRangeException>(() => new RateLimit(1, 5) with { RequestsPerSecond = rate });
        Assert.Equal("RequestsPerSecond", ex.ParamName);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void A_rate_limit_needs_a_burst_of_at_least_one(int burst)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new RateLimit(1, burst));
        Assert.Equal("Burst", ex.ParamName);
    }

    [Theory]
    [InlineData(-5000)]
    [InlineData(0)]
    public void A_RequestTimeout_that_is_not_positive_is_refused_when_the_client_is_made(int milliseconds)
    {
        var options = Options(configure: o => o.RequestTimeout = TimeSpan.FromMilliseconds(milliseconds));

        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new RestClient(options, new HttpClient(new Sequence())));

        Assert.Equal("options", ex.ParamName);
        Assert.Contains("RequestTimeout", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_infinite_RequestTimeout_means_no_per_request_timeout()
    {
        var handler = new Sequence(_ => Json(HttpStatusCode.OK, "[]"));
        using var client = new RestClient(Options(configure: o => o.RequestTimeout = Timeout.InfiniteTimeSpan), new HttpClient(handler));

        Assert.Empty(await client.ProductsAsync());
        Assert.Equal(1, handler.Calls);
    }

    [Theory]
    [InlineData(nameof(RestClientOptions.MaxErrorBodyBytes), 0)]
    [InlineData(nameof(RestClientOptions.MaxErrorBodyBytes), -1)]
    [InlineData(nameof(RestClientOptions.MaxResponseBytes), 0)]
    [InlineData(nameof(RestClientOptions.MaxResponseBytes), int.MaxValue)]
    public void A_body_cap_out_of_range_is_refused_when_the_client_is_made(string option, int value)
    {
        var options = Options(configure: o =>
        {
            if (option == nameof(RestClientOptions.MaxErrorBodyBytes))
            {
                o.MaxErrorBodyBytes = value;
            }
            else
            {
                o.MaxResponseBytes = value;
            }
        });

        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new RestClient(options, new HttpClient(new Sequence())));

        Assert.Equal("options", ex.ParamName);
        Assert.Contains(option, ex.Message, StringComparison.Ordinal);
    }
}
