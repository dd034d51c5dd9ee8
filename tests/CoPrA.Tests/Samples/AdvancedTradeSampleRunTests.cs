using CoPrA.Samples;

namespace CoPrA.Tests.Samples;

/// <summary>The Advanced Trade feed samples run offline, on their own in-process sandbox, and exit 0 after a bounded run.</summary>
public class AdvancedTradeSampleRunTests
{
    // Generous: each sample starts a sandbox on a loaded machine; the samples bound their own runs.
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task The_ticker_sample_prints_tickers_offline_and_exits_0()
    {
        var (code, output, error) = await RunAsync(AdvancedTradeTickerSample.RunAsync, "--seconds", "20");

        Assert.True(code == 0, error);
        Assert.Contains("the CoPrA sandbox", output, StringComparison.Ordinal);
        Assert.Contains("BTC-USD  price", output, StringComparison.Ordinal);
        Assert.Contains(" tickers, last heartbeat ", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_book_sample_prints_the_top_and_resyncs_after_a_drop_offline_and_exits_0()
    {
        var (code, output, error) = await RunAsync(AdvancedTradeBookSample.RunAsync, "--seconds", "3");

        Assert.True(code == 0, error);
        Assert.Contains("BTC-USD  bid ", output, StringComparison.Ordinal);
        Assert.Contains("spread", output, StringComparison.Ordinal);
        string[] lines = output.Split(Environment.NewLine);
        int drop = Array.FindIndex(lines, line => line.StartsWith("dropping ", StringComparison.Ordinal));
        Assert.True(drop > 0, output);
        Assert.Contains(lines[drop..], line => line.StartsWith("snapshot: ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_user_channel_sample_shows_its_order_OPEN_then_CANCELLED_offline_and_exits_0()
    {
        var (code, output, error) = await RunAsync(AdvancedTradeUserChannelSample.RunAsync);

        Assert.True(code == 0, error);
        int open = output.IndexOf(" OPEN ", StringComparison.Ordinal);
        int cancelled = output.IndexOf(" CANCELLED ", StringComparison.Ordinal);
        Assert.True(open > 0 && cancelled > open, output);
        Assert.Contains("placed ", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_argument_prints_the_usage_and_exits_2_without_starting_anything()
    {
        var (code, _, error) = await RunAsync(AdvancedTradeTickerSample.RunAsync, "--seconds", "never");

        Assert.Equal(2, code);
        Assert.Contains("--seconds must be", error, StringComparison.Ordinal);
        Assert.Contains("usage: dotnet run --project samples/AdvancedTradeTicker", error, StringComparison.Ordinal);
    }

    private static async Task<(int Code, string Output, string Error)> RunAsync(Func<string[], TextWriter, TextWriter, CancellationToken, Task<int>> sample, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var timeout = new CancellationTokenSource(Timeout);
        // The samples write from the feed's receive loop too.
        int code = await sample(args, TextWriter.Synchronized(output), TextWriter.Synchronized(error), timeout.Token).WaitAsync(Timeout);
        return (code, output.ToString(), error.ToString());
    }
}
