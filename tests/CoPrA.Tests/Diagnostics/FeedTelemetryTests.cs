using CoPrA.Books;
using CoPrA.Tests.Books;
using CoPrA.Tests.Support;
using CoPrA.Tests.WebSocket.Support;
using CoPrA.WebSocket;

namespace CoPrA.Tests.Diagnostics;

public class FeedTelemetryTests
{
    // Each test's client has a name of its own, so that parallel tests never see each other's measurements.
    private readonly string _name = $"telemetry {Guid.NewGuid():N}";

    private TelemetryRecorder Recorder() => new(m => Equals(m.Tag("copra.feed.client"), _name) || Equals(m.Tag("copra.book.product"), _name));

    [Fact]
    public async Task Messages_by_type_a_reconnect_and_the_gap_it_left_are_counted()
    {
        using var recorder = Recorder();
        await using var server = await ScriptedFeedServer.StartAsync();
        var options = FeedTest.Options(server.Url);
        options.Name = _name;
        await using var client = new RecordingClient([new Channel("full", "BTC-USD")], options);
        var first = await FeedTest.ConnectAsync(client, server);
        await first.SendAllAsync(Full("received", 1), Full("open", 2));
        await client.Messages.Reader.NextAsync();
        await client.Messages.Reader.NextAsync();

        first.Drop();
        var second = await server.NextConnectionAsync();
        await second.SendAsync(Full("open", 100));
        await client.Messages.Reader.NextAsync();
        await client.Gaps.Reader.NextAsync();

        var messages = recorder.Of("copra.feed.messages");
        Assert.Equal(1, messages.Where(m => Equals(m.Tag("copra.feed.message.type"), "received")).Sum(m => m.Value));
        Assert.Equal(2, messages.Where(m => Equals(m.Tag("copra.feed.message.type"), "open")).Sum(m => m.Value));
        Assert.Equal(1, recorder.Of("copra.feed.reconnects").Sum(m => m.Value));
        var gap = Assert.Single(recorder.Of("copra.feed.gaps"));
        Assert.Equal("feed", gap.Tag("copra.feed.gap.source"));
    }

    [Fact]
    public async Task Every_message_dropped_from_the_queue_is_counted_and_its_run_counted_as_a_queue_gap()
    {
        using var recorder = Recorder();
        await using var server = await ScriptedFeedServer.StartAsync();
        var options = FeedTest.Options(server.Url);
        options.Name = _name;
        options.ReceiveQueueCapacity = 4;
        await using var client = new RecordingClient([new Channel("full", "BTC-USD")], options);
        await using var reader = client.ReadAllAsync().GetAsyncEnumerator();
        var connection = await FeedTest.ConnectAsync(client, server);

        for (int sequence = 1; sequence <= 10; sequence++)
        {
            await connection.SendAsync(Full("open", sequence));
            await client.Messages.Reader.NextAsync();
        }

        for (int i = 0; i < 4; i++)
        {
            Assert.True(await reader.MoveNextAsync().AsTask().Within());
        }

        // The next message finds room: the run of drops before it is reported.
        await connection.SendAsync(Full("open", 11));
        await client.Messages.Reader.NextAsync();
        await client.Gaps.Reader.NextAsync();

        Assert.Equal(6, client.DroppedMessages);
        Assert.Equal(client.DroppedMessages, recorder.Of("copra.feed.messages.dropped").Sum(m => m.Value));
        Assert.Contains(recorder.Of("copra.feed.gaps"), m => Equals(m.Tag("copra.feed.gap.source"), "receive_queue"));
    }

    [Fact]
    public async Task A_book_resync_is_counted_with_its_level_product_and_reason()
    {
        using var recorder = Recorder();
        await using var keeper = new Level3BookKeeper(new FakeSnapshotSource().FetchAsync, [_name]);

        keeper.Resync(_name);

        var resync = Assert.Single(recorder.Of("copra.book.resyncs"));
        Assert.Equal(3, resync.Tag("copra.book.level"));
        Assert.Equal("requested", resync.Tag("copra.book.resync.reason"));
    }

    private static string Full(string type, long sequence) =>
        $$"""{"type":"{{type}}","product_id":"BTC-USD","sequence":{{sequence}},"order_id":"o-{{sequence}}","side":"buy","price":"1","size":"1","remaining_size":"1","time":"2024-01-01T00:00:00Z"}""";
}
