using System.Globalization;
using CoPrA.AdvancedTrade;
using CoPrA.Rest;

namespace CoPrA.Samples;

/// <summary>
/// The Advanced Trade user channel: subscribes it for one product (--product, BTC-USD by default),
/// places a post-only limit buy 5% under the best bid over REST, prints the order's events until it
/// is OPEN, cancels it and prints events until it is CANCELLED. Against an in-process sandbox unless
/// --url names a host (with a CDP key in the environment, and --live where the money may be real).
/// </summary>
internal static class AdvancedTradeUserChannelSample
{
    // Each wait of the run (the snapshot, OPEN, CANCELLED) is bounded by this, or --seconds if longer.
    private static readonly TimeSpan MinimumWait = TimeSpan.FromSeconds(30);

    /// <summary>Runs the sample; returns the exit code.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        await using var exchange = await AdvancedTradeSampleExchange.OpenAsync(args, "AdvancedTradeUserChannel", error, needsKey: true, placesOrders: true, cancellationToken: cancellationToken);
        if (exchange is null)
        {
            return 2;
        }

        string productId = exchange.ProductId;
        output.WriteLine($"Talking to {exchange.Description}");
        await using var client = new AdvancedTradeClient(exchange.RestOptions());
        await using var feed = new AdvancedTradeWebSocketClient(new AdvancedTradeChannel(AdvancedTradeChannel.User, productId), exchange.FeedOptions("user channel sample"));
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        stop.CancelAfter(exchange.RunFor > MinimumWait ? exchange.RunFor : MinimumWait);
        await using var messages = feed.ReadAllAsync(stop.Token).GetAsyncEnumerator(stop.Token);
        await feed.ConnectAsync(cancellationToken);
        try
        {
            var snapshot = await NextAsync(_ => true);
            output.WriteLine($"subscribed: {snapshot.Events.Sum(e => e.Orders.Count)} open order(s) in the snapshot");

            var book = await client.GetPublicProductBookAsync(productId, limit: 1, cancellationToken: stop.Token);
            decimal price = Math.Round(book.Pricebook!.Bids[0].Price * 0.95m, 2);
            var placed = await client.LimitOrderGtcBuyAsync(clientOrderId: null, productId, baseSize: 0.001m, limitPrice: price, postOnly: true, cancellationToken: stop.Token);
            string orderId = placed.SuccessResponse!.OrderId!;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"placed {orderId}: buy 0.001 {productId} at {price:0.00}"));
            await NextAsync(update => Printed(update, orderId) == AdvancedOrderStatus.Open);

            await client.CancelOrdersAsync([orderId], stop.Token);
            output.WriteLine($"cancel sent for {orderId}");
            await NextAsync(update => Printed(update, orderId) == AdvancedOrderStatus.Cancelled);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            error.WriteLine("The user channel did not show the order's events in time.");
            return 1;
        }
        catch (ApiRequestException ex)
        {
            error.WriteLine($"The exchange refused a request: {ex.Message}");
            return 1;
        }

        await feed.CloseAsync(cancellationToken);
        return 0;

        // The next user message that satisfies the condition; other messages are skipped.
        async Task<AdvancedTradeFeedMessage<UserEvent>> NextAsync(Func<AdvancedTradeFeedMessage<UserEvent>, bool> condition)
        {
            while (await messages.MoveNextAsync())
            {
                if (messages.Current is AdvancedTradeFeedMessage<UserEvent> user && condition(user))
                {
                    return user;
                }
            }

            throw new OperationCanceledException(stop.Token);
        }

        // Prints the order's updates in a message; returns the last status of the order, if any.
        AdvancedOrderStatus? Printed(AdvancedTradeFeedMessage<UserEvent> message, string orderId)
        {
            AdvancedOrderStatus? status = null;
            foreach (var order in message.Events.SelectMany(e => e.Orders).Where(o => o.OrderId == orderId))
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{message.Timestamp:HH:mm:ss.fff}  {order.Status,-10} {order.OrderSide} {order.OrderType} {order.LeavesQuantity} left of {order.ProductId} at {order.LimitPrice}  (#{message.SequenceNum})"));
                status = order.Status;
            }

            return status;
        }
    }
}
