using CoPrA.Tests.WebSocket.Support;
using CoPrA.WebSocket;

namespace CoPrA.Tests.WebSocket;

/// <summary>A slow ReadAllAsync reader: every message dropped from its queue arrives as a gap, or nothing is dropped in Wait mode.</summary>
public class WebSocketClientQueueGapTests
{
    private const int Capacity = 16;
    private const int Sent = 200;

    [Fact]
    public async Task Every_message_dropped_for_a_slow_reader_is_reported_as_a_gap_with_its_sequence_range()
    {
        await using var server = await ScriptedFeedServer.StartAsync();
        var options = FeedTest.Options(server.Url);
        options.ReceiveQueueCapacity = Capacity;
        await using var client = new RecordingClient([new Channel("full", "BTC-USD")], options);
        await using var reader = client.ReadAllAsync().GetAsyncEnumerator();
        var connection = await FeedTest.ConnectAsync(client, server);

        await SendReceivedAsync(connection, client, 1, Sent);
        var read = await ReadSequencesAsync(reader, Capacity);

        // The next message finds room in the queue: the drops before it are all reported by then.
        await SendReceivedAsync(connection, client, Sent + 1, Sent + 1);
        read.AddRange(await ReadSequencesAsync(reader, 1));

        var gaps = Drain(client.Gaps);
        Assert.Equal(Sent - Capacity, client.DroppedMessages);
        Assert.All(gaps, gap => Assert.Equal((GapSource.ReceiveQueue, "BTC-USD", "full"), (gap.Source, gap.ProductId, gap.Channel)));
        Assert.Equal(client.DroppedMessages, gaps.Sum(gap => gap.MissedCount));
        Assert.InRange(gaps.Count, 1, (Sent / Capacity) + 1); // runs, not one callback per message

        // The gaps and what the reader saw account for every sequence number, each once.
        var lost = gaps.SelectMany(gap => Enumerable.Range((int)gap.ExpectedSequence, (int)gap.MissedCount).Select(n => (long)n));
        Assert.Equal(Enumerable.Range(1, Sent + 1).Select(n => (long)n), lost.Concat(read).Order());
    }

    [Fact]
    public async Task Dropped_messages_without_sequence_numbers_are_counted_per_product_and_type()
    {
        await using var server = await ScriptedFeedServer.StartAsync();
        var options = FeedTest.Options(server.Url);
        options.ReceiveQueueCapacity = Capacity;
        await using var client = new RecordingClient([new Channel("level2_batch", "BTC-USD")], options);
        await using var reader = client.ReadAllAsync().GetAsyncEnumerator();
        var connection = await FeedTest.ConnectAsync(client, server);

        for (int i = 0; i < 40; i++)
        {
            await connection.SendAsync(FeedSamples.L2Update);
            await client.NextAsync<L2UpdateMessage>();
        }

        for (int i = 0; i < Capacity; i++)
        {
            Assert.True(await reader.MoveNextAsync().AsTask().Within());
        }

        await connection.SendAsync(FeedSamples.L2Update);
        await client.NextAsync<L2UpdateMessage>();

        // One report per queue's worth of drops under sustained overload, and the rest once the reader caught up.
        var gaps = Drain(client.Gaps);
        Assert.Equal(
            [new SequenceGap("BTC-USD", "l2update", 0, 0) { MissedCount = Capacity, Source = GapSource.ReceiveQueue }, new SequenceGap("BTC-USD", "l2update", 0, 0) { MissedCount = 40 - (2 * Capacity), Source = GapSource.ReceiveQueue }],
            gaps);
        Assert.Equal(40 - Capacity, client.DroppedMessages);
    }

    [Fact]
    public async Task In_Wait_mode_a_slow_reader_loses_nothing_and_reads_every_sequence_in_order()
    {
        await using var server = await ScriptedFeedServer.StartAsync();
        var options = FeedTest.Options(server.Url);
        options.ReceiveQueueCapacity = Capacity;
        options.ReceiveQueueFullMode = FeedQueueFullMode.Wait;
        await using var client = new RecordingClient([new Channel("full", "BTC-USD")], options);
        await using var reader = client.ReadAllAsync().GetAsyncEnumerator();
        var connection = await FeedTest.ConnectAsync(client, server);

        // Everything is written to the socket before the reader starts: the client has to hold back.
        for (int sequence = 1; sequence <= Sent; sequence++)
        {
            await connection.SendAsync(Received(sequence));
        }

        var read = await ReadSequencesAsync(reader, Sent);

        Assert.Equal(Enumerable.Range(1, Sent).Select(n => (long)n), read);
        Assert.Equal(0, client.DroppedMessages);
        Assert.Empty(Drain(client.Gaps));
    }

    [Fact]
    public void A_run_of_drops_broken_by_a_message_the_reader_got_becomes_two_gaps_reported_once_a_write_drops_nothing()
    {
        var drops = new QueueDrops(reportEvery: 100);
        foreach (int sequence in new[] { 1, 2, 3, 7, 8 })
        {
            drops.Add(ExchangeFeedReader.Instance.DescribeDrop(new ReceivedMessage { ProductId = "BTC-USD", Sequence = sequence }));
        }

        Assert.Empty(drops.Take(force: false)); // the write that dropped 8 is still dropping
        var gaps = drops.Take(force: false);    // the next write dropped nothing

        Assert.Equal([new SequenceGap("BTC-USD", "full", 1, 4) { Source = GapSource.ReceiveQueue }, new SequenceGap("BTC-USD", "full", 7, 9) { Source = GapSource.ReceiveQueue }], gaps);
        Assert.Equal(0, drops.Pending);
    }

    [Fact]
    public void An_unknown_queue_mode_is_refused_before_connecting()
    {
        var options = new WebSocketClientOptions { ReceiveQueueFullMode = (FeedQueueFullMode)7 };

        var ex = Assert.Throws<ArgumentException>(() => new WebSocketClient([new Channel("heartbeat", "BTC-USD")], options));

        Assert.Equal("options", ex.ParamName);
        Assert.Contains("ReceiveQueueFullMode", ex.Message, StringComparison.Ordinal);
    }

    private static string Received(int sequence) =>
        $$"""{"type":"received","time":"2024-01-01T00:00:00Z","product_id":"BTC-USD","sequence":{{sequence}},"order_id":"o-{{sequence}}","size":"1","price":"100","side":"buy","order_type":"limit"}""";

    /// <summary>Sends received messages and waits until the callbacks (which run after queueing) have seen each.</summary>
    private static async Task SendReceivedAsync(Support.FeedConnection connection, RecordingClient client, int first, int last)
    {
        for (int sequence = first; sequence <= last; sequence++)
        {
            await connection.SendAsync(Received(sequence));
        }

        for (int sequence = first; sequence <= last; sequence++)
        {
            Assert.Equal(sequence, (await client.NextAsync<ReceivedMessage>()).Sequence);
        }
    }

    private static async Task<List<long>> ReadSequencesAsync(IAsyncEnumerator<FeedMessage> reader, int count)
    {
        var read = new List<long>();
        while (read.Count < count)
        {
            Assert.True(await reader.MoveNextAsync().AsTask().Within());
            read.Add(Assert.IsType<ReceivedMessage>(reader.Current).Sequence);
        }

        return read;
    }

    private static List<SequenceGap> Drain(System.Threading.Channels.Channel<SequenceGap> gaps)
    {
        var list = new List<SequenceGap>();
        while (gaps.Reader.TryRead(out var gap))
        {
            list.Add(gap);
        }

        return list;
    }
}
