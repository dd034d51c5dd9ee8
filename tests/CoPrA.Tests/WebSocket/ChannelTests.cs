using CoPrA.WebSocket;

namespace CoPrA.Tests.WebSocket;

public class ChannelTests
{
    [Fact]
    public void Name_is_lower_cased_and_ids_kept_as_given()
    {
        var channel = new Channel("TiCkEr", "BTC-USD", "eth-usd");

        Assert.Equal("ticker", channel.Name);
        Assert.Equal(["BTC-USD", "eth-usd"], channel.SortedIds());
    }

    [Theory]
    [InlineData("heartbeat")]
    [InlineData("ticker")]
    [InlineData("ticker_batch")]
    [InlineData("level2")]
    [InlineData("level2_batch")]
    [InlineData("level3")]
    [InlineData("full")]
    [InlineData("user")]
    [InlineData("matches")]
    [InlineData("auctionfeed")]
    [InlineData("balance")]
    public void Every_feed_channel_with_ids_is_accepted(string name) =>
        Assert.Equal(name, new Channel(name, "BTC-USD").Name);

    [Fact]
    public void An_unknown_name_is_rejected_naming_the_parameter()
    {
        var ex = Assert.Throws<ArgumentException>(() => new Channel("Tickers", "BTC-USD"));

        Assert.Equal("name", ex.ParamName);
        Assert.StartsWith("invalid name Tickers", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_null_name_is_rejected() =>
        Assert.Equal("name", Assert.Throws<ArgumentNullException>(() => new Channel(null!, "BTC-USD")).ParamName);

    [Fact]
    public void A_product_channel_needs_at_least_one_id()
    {
        var ex = Assert.Throws<ArgumentException>(() => new Channel("ticker"));

        Assert.Equal("productIds", ex.ParamName);
        Assert.StartsWith("must include at least one product id", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Balance_needs_at_least_one_account_id() =>
        Assert.StartsWith("must include at least one account id", Assert.Throws<ArgumentException>(() => new Channel("balance")).Message, StringComparison.Ordinal);

    [Fact]
    public void Empty_or_null_ids_are_rejected()
    {
        Assert.Equal("productIds", Assert.Throws<ArgumentException>(() => new Channel("ticker", "")).ParamName);
        Assert.Equal("productIds", Assert.Throws<ArgumentException>(() => new Channel("ticker", "BTC-USD", null!)).ParamName);
    }

    [Fact]
    public void Status_takes_no_ids()
    {
        Assert.Empty(new Channel("status").ProductIds);
        Assert.Equal("productIds", Assert.Throws<ArgumentException>(() => new Channel("status", "BTC-USD")).ParamName);
    }

    [Fact]
    public void Rfq_matches_ids_are_optional()
    {
        Assert.Empty(new Channel("rfq_matches").ProductIds);
        Assert.Single(new Channel("rfq_matches", "BTC-USD").ProductIds);
    }

    [Fact]
    public void Balance_ids_are_account_ids()
    {
        Assert.True(new Channel("balance", "acc-1").HasAccountIds);
        Assert.False(new Channel("ticker", "BTC-USD").HasAccountIds);
    }

    [Fact]
    public void Equality_is_by_name_and_set_regardless_of_order_and_duplicates()
    {
        var a = new Channel("ticker", "BTC-USD", "ETH-USD");
        var b = new Channel("TICKER", "ETH-USD", "BTC-USD", "BTC-USD");

        Assert.Equal(a, b);
        Assert.True(a == b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.Single(new HashSet<Channel> { a, b });
    }

    [Fact]
    public void Different_names_or_ids_are_not_equal()
    {
        var ticker = new Channel("ticker", "BTC-USD");

        Assert.NotEqual(ticker, new Channel("heartbeat", "BTC-USD"));
        Assert.NotEqual(ticker, new Channel("ticker", "ETH-USD"));
        Assert.True(ticker != new Channel("ticker", "BTC-USD", "ETH-USD"));
        Assert.False(ticker.Equals(null));
    }

    [Fact]
    public void Plus_is_the_union()
    {
        var sum = new Channel("ticker", "BTC-USD") + new Channel("ticker", "ETH-USD", "BTC-USD");

        Assert.Equal(new Channel("ticker", "BTC-USD", "ETH-USD"), sum);
    }

    [Fact]
    public void Minus_is_the_difference_and_null_when_empty()
    {
        var both = new Channel("ticker", "BTC-USD", "ETH-USD");

        Assert.Equal(new Channel("ticker", "ETH-USD"), both - new Channel("ticker", "BTC-USD", "LTC-USD"));
        Assert.Null(new Channel("ticker", "BTC-USD") - both);
        Assert.Null(new Channel("status") - new Channel("status"));
    }

    [Fact]
    public void Operators_leave_their_operands_unchanged()
    {
        var left = new Channel("ticker", "BTC-USD");
        _ = left + new Channel("ticker", "ETH-USD");

        Assert.Equal(["BTC-USD"], left.SortedIds());
    }

    [Fact]
    public void Combining_different_names_throws()
    {
        var ticker = new Channel("ticker", "BTC-USD");
        var heartbeat = new Channel("heartbeat", "BTC-USD");

        Assert.Throws<ArgumentException>(() => ticker + heartbeat);
        Assert.Throws<ArgumentException>(() => ticker - heartbeat);
    }

    [Fact]
    public void ToString_reads_like_CoPrA() =>
        Assert.Equal("{'name': 'ticker', 'product_ids': ['BTC-USD', 'ETH-USD']}", new Channel("ticker", "ETH-USD", "BTC-USD").ToString());
}
