using CoPrA.Books;
using CoPrA.Tests.Rest;
using CoPrA.Tests.Support;
using CoPrA.WebSocket;
using static CoPrA.Tests.Books.FeedScript;

namespace CoPrA.Tests.Books;

public class Level3BookKeeperTests
{
    private static readonly TimeSpan Timeout = FakeSnapshotSource.Timeout;

    private static readonly RestingOrder BidA = new("a", Side.Buy, 100m, 1m);
    private static readonly RestingOrder AskB = new("b", Side.Sell, 101m, 2m);

    [Fact]
    public void It_asks_for_the_full_channel_of_its_products()
    {
        var keeper = new Level3BookKeeper(new FakeSnapshotSource().FetchAsync, ["BTC-USD", "ETH-USD"]);

        Assert.Equal([new Channel("full", "BTC-USD", "ETH-USD")], keeper.Channels);
    }

    [Fact]
    public void Bad_arguments_are_refused_naming_the_parameter()
    {
        var source = new FakeSnapshotSource();
        Assert.Equal("productIds", Assert.Throws<ArgumentException>(() => new Level3BookKeeper(source.FetchAsync, [])).ParamName);
        Assert.Equal("options", Assert.Throws<ArgumentException>(() => new Level3BookKeeper(source.FetchAsync, [BtcUsd], new Level3BookKeeperOptions { RetryDelay = TimeSpan.Zero })).ParamName);
        Assert.Equal("options", Assert.Throws<ArgumentException>(() => new Level3BookKeeper(source.FetchAsync, [BtcUsd], new Level3BookKeeperOptions { MaxQueuedMessages = 0 })).ParamName);
        Assert.Equal("restClient", Assert.Throws<ArgumentNullException>(() => new Level3BookKeeper((CoPrA.Rest.RestClient)null!, [BtcUsd])).ParamName);
        Assert.Equal("productId", Assert.Throws<ArgumentException>(() => new Level3BookKeeper(source.FetchAsync, [BtcUsd]).Resync("ETH-USD")).ParamName);
        Assert.Equal(0, source.RequestCount);
    }

    [Fact]
    public async Task Messages_that_arrive_while_the_snapshot_is_fetched_are_queued_and_only_newer_ones_replayed()
    {
        var source = new FakeSnapshotSource();
        await using var keeper = new Level3BookKeeper(source.FetchAsync, [BtcUsd]);
        var book = keeper.Book(BtcUsd);

        await keeper.HandleAsync(Open(101, "a", Side.Buy, 100m, 1m));
        var request = await source.NextRequestAsync();
        await keeper.HandleAsync(Open(102, "b", Side.Sell, 101m, 2m));
        await keeper.HandleAsync(Match(103, "b", 0.5m));
        await keeper.HandleAsync(Received(104, "c"));
        await keeper.HandleAsync(Open(105, "c", Side.Buy, 99m, 3m));
        Assert.False(book.IsSynced);
        Assert.Equal(BtcUsd, request.ProductId);

        // The snapshot already holds 101 and 102; replaying them would double the orders.
        request.Answer.SetResult(Level3(102, BidA, AskB, new RestingOrder("z", Side.Sell, 105m, 1m)));
        await keeper.WhenSyncedAsync(BtcUsd).WaitAsync(Timeout);

        Assert.Equal(105, book.Sequence);
        Assert.Equal(
            [BidA, AskB with { Size = 1.5m }, new RestingOrder("c", Side.Buy, 99m, 3m), new RestingOrder("z", Side.Sell, 105m, 1m)],
            Sorted(book.Orders()));
        Assert.Equal(new PriceLevel(100m, 1m), book.BestBid);

        await keeper.HandleAsync(Done(106, "a"));
        Assert.Equal(new PriceLevel(99m, 3m), book.BestBid);
        Assert.Equal(1, source.RequestCount);
    }

    [Fact]
    public async Task Late_and_repeated_messages_are_skipped_without_a_resync()
    {
        var source = new FakeSnapshotSource();
        await using var keeper = await SyncedKeeperAsync(source, 100, BidA, AskB);
        var book = keeper.Book(BtcUsd);
        await keeper.HandleAsync(Match(101, "b", 0.5m));

        await keeper.HandleAsync(Done(99, "a"));                 // older than the snapshot
        await keeper.HandleAsync(Match(101, "b", 0.5m));        // the same message again (as on a second channel)
        await keeper.HandleAsync(Done(100, "b"));

        Assert.True(book.IsSynced);
        Assert.Equal(101, book.Sequence);
        Assert.Equal([BidA, AskB with { Size = 1.5m }], Sorted(book.Orders()));
        Assert.Equal(1, source.RequestCount);
    }

    [Fact]
    public async Task A_gap_resyncs_from_a_fresh_snapshot_that_replaces_the_book()
    {
        var source = new FakeSnapshotSource();
        await using var keeper = await SyncedKeeperAsync(source, 100, BidA, AskB);
        var book = keeper.Book(BtcUsd);
        var unsynced = new List<BookKeeperResyncReason>();
        keeper.Unsynced += (_, reason) => unsynced.Add(reason);
        await keeper.HandleAsync(Open(101, "c", Side.Buy, 99m, 1m));

        await keeper.HandleAsync(Open(104, "d", Side.Buy, 98m, 1m));  // 102 and 103 never came
        var request = await source.NextRequestAsync();
        await keeper.HandleAsync(Done(105, "x"));
        Assert.False(book.IsSynced);
        Assert.Equal([BookKeeperResyncReason.Gap], unsynced);

        // Meanwhile a and b were cancelled; x rested and is cancelled by the queued 105.
        var x = new RestingOrder("x", Side.Sell, 102m, 4m);
        request.Answer.SetResult(Level3(104, new RestingOrder("c", Side.Buy, 99m, 1m), new RestingOrder("d", Side.Buy, 98m, 1m), x));
        await keeper.WhenSyncedAsync(BtcUsd).WaitAsync(Timeout);

        Assert.Equal(105, book.Sequence);
        Assert.Equal([new RestingOrder("c", Side.Buy, 99m, 1m), new RestingOrder("d", Side.Buy, 98m, 1m)], Sorted(book.Orders()));
        Assert.Null(book.BestAsk);
    }

    [Fact]
    public async Task A_snapshot_older_than_the_queued_messages_is_fetched_again_after_the_retry_delay()
    {
        var clock = new ManualClock();
        var source = new FakeSnapshotSource();
        await using var keeper = new Level3BookKeeper(source.FetchAsync, [BtcUsd], new Level3BookKeeperOptions { TimeProvider = clock, RetryDelay = TimeSpan.FromSeconds(2) });
        await keeper.HandleAsync(Open(110, "a", Side.Buy, 100m, 1m));
        await keeper.HandleAsync(Open(111, "b", Side.Sell, 101m, 2m));

        (await source.NextRequestAsync()).Answer.SetResult(Level3(105));   // 106 to 109 are in neither
        await clock.WaitForPendingTimersAsync();
        Assert.False(source.HasWaitingRequest);
        clock.Advance(TimeSpan.FromSeconds(2));
        (await source.NextRequestAsync()).Answer.SetResult(Level3(110, BidA));
        await keeper.WhenSyncedAsync(BtcUsd).WaitAsync(Timeout);

        var book = keeper.Book(BtcUsd);
        Assert.Equal(111, book.Sequence);
        Assert.Equal([BidA, AskB], Sorted(book.Orders()));
        Assert.Equal(2, source.RequestCount);
    }

    [Fact]
    public async Task A_failed_fetch_is_reported_and_retried_with_a_doubling_delay()
    {
        var clock = new ManualClock();
        var source = new FakeSnapshotSource();
        await using var keeper = new Level3BookKeeper(source.FetchAsync, [BtcUsd], new Level3BookKeeperOptions { TimeProvider = clock, RetryDelay = TimeSpan.FromSeconds(1) });
        var failures = new List<string>();
        keeper.SnapshotFailed += (_, ex) => failures.Add(ex.Message);
        await keeper.HandleAsync(Open(101, "a", Side.Buy, 100m, 1m));

        (await source.NextRequestAsync()).Answer.SetException(new HttpRequestException("connection refused"));
        await clock.WaitForPendingTimersAsync();
        clock.Advance(TimeSpan.FromSeconds(1));
        (await source.NextRequestAsync()).Answer.SetException(new HttpRequestException("still refused"));
        await clock.WaitForPendingTimersAsync();
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.False(source.HasWaitingRequest);   // the second wait is 2 s
        clock.Advance(TimeSpan.FromSeconds(1));
        (await source.NextRequestAsync()).Answer.SetResult(Level3(100));
        await keeper.WhenSyncedAsync(BtcUsd).WaitAsync(Timeout);

        Assert.Equal(["connection refused", "still refused"], failures);
        Assert.Equal([BidA], keeper.Book(BtcUsd).Orders());
    }

    [Fact]
    public async Task A_level2_snapshot_is_refused_as_a_failed_fetch()
    {
        var clock = new ManualClock();
        var source = new FakeSnapshotSource();
        await using var keeper = new Level3BookKeeper(source.FetchAsync, [BtcUsd], new Level3BookKeeperOptions { TimeProvider = clock });
        var failed = new TaskCompletionSource<Exception>();
        keeper.SnapshotFailed += (_, ex) => failed.TrySetResult(ex);
        await keeper.HandleAsync(Open(101, "a", Side.Buy, 100m, 1m));

        (await source.NextRequestAsync()).Answer.SetResult(new OrderBook { Sequence = 100, Bids = [new BookLevel(100m, 1m, NumOrders: 1)] });

        Assert.IsType<InvalidOperationException>(await failed.Task.WaitAsync(Timeout));
        Assert.False(keeper.Book(BtcUsd).IsSynced);
    }

    [Fact]
    public async Task A_lost_connection_unsyncs_the_book_and_the_next_connections_first_message_resyncs_it()
    {
        var source = new FakeSnapshotSource();
        await using var keeper = await SyncedKeeperAsync(source, 100, BidA, AskB);
        var book = keeper.Book(BtcUsd);
        var unsynced = new List<BookKeeperResyncReason>();
        keeper.Unsynced += (_, reason) => unsynced.Add(reason);

        keeper.OnDisconnected();
        Assert.False(book.IsSynced);
        Assert.Equal([BookKeeperResyncReason.Disconnected], unsynced);
        Assert.False(source.HasWaitingRequest);   // nothing to queue until the feed is back

        await keeper.HandleAsync(Done(104, "a"));
        (await source.NextRequestAsync()).Answer.SetResult(Level3(103, BidA, AskB));
        await keeper.WhenSyncedAsync(BtcUsd).WaitAsync(Timeout);

        Assert.Equal([AskB], book.Orders());
        Assert.Equal(104, book.Sequence);
    }

    [Fact]
    public async Task A_fetch_under_way_when_the_connection_drops_is_cancelled_and_its_answer_ignored()
    {
        var source = new FakeSnapshotSource();
        await using var keeper = new Level3BookKeeper(source.FetchAsync, [BtcUsd]);
        await keeper.HandleAsync(Open(101, "a", Side.Buy, 100m, 1m));
        var stale = await source.NextRequestAsync();

        keeper.OnDisconnected();
        Assert.True(stale.CancellationToken.IsCancellationRequested);
        stale.Answer.TrySetResult(Level3(101, BidA));
        await keeper.HandleAsync(Open(201, "e", Side.Sell, 110m, 1m));
        var fresh = await source.NextRequestAsync();
        fresh.Answer.SetResult(Level3(200, AskB));
        await keeper.WhenSyncedAsync(BtcUsd).WaitAsync(Timeout);

        Assert.Equal([AskB, new RestingOrder("e", Side.Sell, 110m, 1m)], Sorted(keeper.Book(BtcUsd).Orders()));
    }

    [Fact]
    public async Task A_requested_resync_replaces_the_book_with_a_fresh_snapshot()
    {
        var source = new FakeSnapshotSource();
        await using var keeper = await SyncedKeeperAsync(source, 100, BidA, AskB);
        var unsynced = new TaskCompletionSource<BookKeeperResyncReason>();
        var resynced = new TaskCompletionSource();
        int synced = 0;
        keeper.Unsynced += (_, reason) => unsynced.TrySetResult(reason);
        keeper.Synced += _ =>
        {
            Interlocked.Increment(ref synced);
            resynced.TrySetResult();
        };

        keeper.Resync(BtcUsd);
        (await source.NextRequestAsync()).Answer.SetResult(Level3(100, AskB));

        // The resync runs on the keeper's own task: wait for its Synced event, not for a book that
        // may still read as synced from before the request.
        await resynced.Task.WaitAsync(Timeout);
        Assert.Equal(BookKeeperResyncReason.Requested, await unsynced.Task.WaitAsync(Timeout));
        Assert.Equal([AskB], keeper.Book(BtcUsd).Orders());
        Assert.Equal(1, Volatile.Read(ref synced));
    }

    [Fact]
    public async Task Received_and_funds_changes_only_advance_the_sequence_and_other_messages_are_ignored()
    {
        var source = new FakeSnapshotSource();
        await using var keeper = await SyncedKeeperAsync(source, 100, BidA, AskB);
        var book = keeper.Book(BtcUsd);
        var changes = new List<BookChange>();
        keeper.Changed += (_, change) => changes.Add(change);

        await keeper.HandleAsync(Received(101, "m"));
        await keeper.HandleAsync(new ChangeMessage { Type = "change", ProductId = BtcUsd, Sequence = 102, OrderId = "m", OldFunds = 10m, NewFunds = 5m });
        await keeper.HandleAsync(new ActivateMessage { Type = "activate", ProductId = BtcUsd, OrderId = "s", Side = Side.Buy });
        await keeper.HandleAsync(Match(55, "a", 1m) with { Type = "last_match" });
        await keeper.HandleAsync(Open(103, "q", Side.Buy, 1m, 1m, product: "ETH-USD"));
        await keeper.HandleAsync(new HeartbeatMessage { Type = "heartbeat", ProductId = BtcUsd, Sequence = 500 });
        await keeper.HandleAsync(Change(103, "a", 0.25m));

        Assert.Equal(103, book.Sequence);
        Assert.Equal([BidA with { Size = 0.25m }, AskB], Sorted(book.Orders()));
        Assert.Equal([new BookChange(Side.Buy, 100m, 0.25m)], changes);
        Assert.Equal(1, source.RequestCount);
    }

    [Fact]
    public async Task A_full_queue_drops_its_oldest_messages_which_the_sequence_check_catches()
    {
        var source = new FakeSnapshotSource();
        await using var keeper = new Level3BookKeeper(source.FetchAsync, [BtcUsd], new Level3BookKeeperOptions { MaxQueuedMessages = 2, RetryDelay = TimeSpan.FromMilliseconds(1) });
        await keeper.HandleAsync(Open(101, "a", Side.Buy, 100m, 1m));
        var first = await source.NextRequestAsync();
        await keeper.HandleAsync(Open(102, "b", Side.Sell, 101m, 2m));
        await keeper.HandleAsync(Open(103, "c", Side.Sell, 102m, 1m));   // 101 is dropped

        first.Answer.SetResult(Level3(100));                              // so this snapshot cannot be used
        (await source.NextRequestAsync()).Answer.SetResult(Level3(101, BidA));
        await keeper.WhenSyncedAsync(BtcUsd).WaitAsync(Timeout);

        Assert.Equal([BidA, AskB, new RestingOrder("c", Side.Sell, 102m, 1m)], Sorted(keeper.Book(BtcUsd).Orders()));
    }

    [Fact]
    public async Task The_rest_client_constructor_fetches_the_level3_book()
    {
        using var harness = RestTestHarness.Anonymous();
        harness.Reply(HttpMethod.Get, "/products/BTC-USD/book", """{"sequence": 100, "bids": [["100.00", "1", "a"]], "asks": [["101.00", "2", "b"]]}""");
        await using var keeper = new Level3BookKeeper(harness.Client, [BtcUsd]);

        await keeper.HandleAsync(Match(101, "b", 0.5m));
        await keeper.WhenSyncedAsync(BtcUsd).WaitAsync(Timeout);

        Assert.Equal([BidA, AskB with { Size = 1.5m }], Sorted(keeper.Book(BtcUsd).Orders()));
        harness.AssertSent(HttpMethod.Get, $"/products/BTC-USD/book?level=3&{RestTestHarness.NoCache}");
    }

    [Fact]
    public async Task Disposing_cancels_the_fetch_under_way()
    {
        var source = new FakeSnapshotSource();
        var keeper = new Level3BookKeeper(source.FetchAsync, [BtcUsd]);
        await keeper.HandleAsync(Open(101, "a", Side.Buy, 100m, 1m));
        var request = await source.NextRequestAsync();

        await keeper.DisposeAsync().AsTask().WaitAsync(Timeout);

        Assert.True(request.CancellationToken.IsCancellationRequested);
        Assert.Throws<ObjectDisposedException>(() => keeper.Resync(BtcUsd));
    }

    [Fact]
    public async Task A_throwing_event_handler_does_not_stop_the_keeper()
    {
        var source = new FakeSnapshotSource();
        await using var keeper = await SyncedKeeperAsync(source, 100, BidA, AskB);
        keeper.Changed += (_, _) => throw new InvalidOperationException("handler bug");

        await keeper.HandleAsync(Done(101, "a"));
        await keeper.HandleAsync(Done(102, "b"));

        Assert.Equal(102, keeper.Book(BtcUsd).Sequence);
        Assert.Empty(keeper.Book(BtcUsd).Orders());
    }

    /// <summary>A keeper whose book of <see cref="FeedScript.BtcUsd"/> is synced at <paramref name="sequence"/> with <paramref name="orders"/>.</summary>
    private static async Task<Level3BookKeeper> SyncedKeeperAsync(FakeSnapshotSource source, long sequence, params RestingOrder[] orders)
    {
        var keeper = new Level3BookKeeper(source.FetchAsync, [BtcUsd]);
        await keeper.HandleAsync(Received(sequence, "opening"));
        (await source.NextRequestAsync()).Answer.SetResult(Level3(sequence, orders));
        await keeper.WhenSyncedAsync(BtcUsd).WaitAsync(Timeout);
        return keeper;
    }
}
