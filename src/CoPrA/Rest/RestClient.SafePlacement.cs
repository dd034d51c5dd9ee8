using System.Net;
using CoPrA.Diagnostics;
using Microsoft.Extensions.Logging;

namespace CoPrA.Rest;

// Safe placement: an order whose answer was lost is looked up by its client_oid before it is sent
// again, so that a timeout or a dropped connection neither duplicates nor loses it.
public partial class RestClient
{
    private readonly PlacementSettings _placement;

    /// <summary>
    /// Sends the order; when its answer is lost, looks it up by client_oid (at once, then again
    /// after the settle delay) and returns it if found, else sends it again with the same
    /// client_oid, up to <see cref="SafePlacementOptions.MaxAttempts"/> times.
    /// </summary>
    private async Task<Order> SendOrderSafelyAsync(string body, string clientOid, CancellationToken cancellationToken)
    {
        if (!_placement.Enabled)
        {
            return await SendOrderAsync(body, cancellationToken).ConfigureAwait(false);
        }

        // Cancelled before anything was sent: nothing to look up.
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            for (int attempt = 1; ; attempt++)
            {
                Exception lost;
                try
                {
                    return await SendOrderAsync(body, cancellationToken).ConfigureAwait(false);
                }
                catch (Exception ex) when (IsOutcomeUnknown(ex))
                {
                    lost = ex;
                }

                // A caller who cancelled meanwhile gets the cancellation (with the client_oid), not a lookup.
                cancellationToken.ThrowIfCancellationRequested();

                Log.PlacementAnswerLost(_logger, clientOid, attempt, lost.Message);
                if (await FindLostOrderAsync(clientOid, attempt, cancellationToken).ConfigureAwait(false) is { } found)
                {
                    Log.LostOrderFound(_logger, clientOid, found.Id);
                    CountPlacementOutcome("found");
                    return found;
                }

                if (attempt >= _placement.MaxAttempts)
                {
                    CountPlacementOutcome("unknown");
                    throw new OrderOutcomeUnknownException(clientOid, attempt, $"The order with client_oid {clientOid} was sent {attempt} time(s), every answer was lost and no lookup found it; it is most likely not placed, but a late request could still place it.", lost);
                }

                Log.LostOrderResent(_logger, clientOid, attempt + 1);
                CountPlacementOutcome("resent");
            }
        }
        catch (OperationCanceledException ex) when (cancellationToken.IsCancellationRequested && ex is not OrderPlacementCanceledException)
        {
            throw new OrderPlacementCanceledException(clientOid, ex, cancellationToken);
        }
    }

    private Task<Order> SendOrderAsync(string body, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, "/orders", null, body, true, CoPrAJsonContext.Default.Order, cancellationToken);

    /// <summary>
    /// Looks the order up by client_oid; when that finds nothing, waits the settle delay (a request
    /// still on its way may yet place it) and looks once more. Null: both lookups answered 404.
    /// </summary>
    private async Task<Order?> FindLostOrderAsync(string clientOid, int attempt, CancellationToken cancellationToken)
    {
        if (await LookUpAsync(clientOid, attempt, cancellationToken).ConfigureAwait(false) is { } order)
        {
            return order;
        }

        await Task.Delay(_placement.SettleDelay, _timeProvider, cancellationToken).ConfigureAwait(false);
        return await LookUpAsync(clientOid, attempt, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>One lookup (a GET, with the client's retries); null on 404; any other failure makes the outcome unknown.</summary>
    private async Task<Order?> LookUpAsync(string clientOid, int attempt, CancellationToken cancellationToken)
    {
        try
        {
            return await SendAsync(HttpMethod.Get, OrderPath("client:" + clientOid), null, null, true, CoPrAJsonContext.Default.Order, cancellationToken).ConfigureAwait(false);
        }
        catch (ApiRequestException ex) when (ex.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            Log.LostOrderLookupFailed(_logger, clientOid, ex.Message);
            CountPlacementOutcome("unknown");
            throw new OrderOutcomeUnknownException(clientOid, attempt, $"The answer to the order with client_oid {clientOid} was lost and looking it up failed: {ex.Message} The order may exist.", ex);
        }
    }

    /// <summary>
    /// Failures after which the exchange may have placed the order: no answer (a timeout, a
    /// connection lost once the request may have been written, a body cut short), a gateway's
    /// 502, 503 or 504, or a success whose body could not be read. A connection that was never
    /// made, and any other status, are answers: the order was not placed.
    /// </summary>
    private static bool IsOutcomeUnknown(Exception exception) => exception switch
    {
        ApiRequestException api => (int)api.StatusCode is >= 200 and < 300
            || api.StatusCode is HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout,
        HttpRequestException { HttpRequestError: HttpRequestError.NameResolutionError or HttpRequestError.ConnectionError or HttpRequestError.SecureConnectionError } => false,
        HttpRequestException or IOException or TimeoutException => true,
        _ => false,
    };

    private void CountPlacementOutcome(string outcome) =>
        CoPrATelemetry.LostOrderAnswers.Add(1, new KeyValuePair<string, object?>("copra.order.outcome", outcome), new KeyValuePair<string, object?>("server.address", _placement.ServerAddress));

    /// <summary>The options, checked and copied once, so that changing them later does not change the client; and the host, for telemetry.</summary>
    private readonly record struct PlacementSettings(bool Enabled, int MaxAttempts, TimeSpan SettleDelay, string ServerAddress)
    {
        public static PlacementSettings From(SafePlacementOptions? options, string serverAddress, string paramName)
        {
            ArgumentNullException.ThrowIfNull(options, paramName);
            if (options.MaxAttempts < 1)
            {
                throw new ArgumentOutOfRangeException(paramName, options.MaxAttempts, $"SafePlacement.MaxAttempts must be at least 1, got {options.MaxAttempts}.");
            }

            if (options.SettleDelay < TimeSpan.Zero || options.SettleDelay.TotalMilliseconds > int.MaxValue)
            {
                throw new ArgumentOutOfRangeException(paramName, options.SettleDelay, $"SafePlacement.SettleDelay must be zero or more (at most {int.MaxValue} ms), got {options.SettleDelay}.");
            }

            return new PlacementSettings(options.Enabled, options.MaxAttempts, options.SettleDelay, serverAddress);
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 10, Level = LogLevel.Warning, Message = "The answer to the order with client_oid {ClientOid} was lost (attempt {Attempt}): {Reason}; looking it up")]
        public static partial void PlacementAnswerLost(ILogger logger, string clientOid, int attempt, string reason);

        [LoggerMessage(EventId = 11, Level = LogLevel.Information, Message = "The order with client_oid {ClientOid} whose answer was lost was placed: {OrderId}")]
        public static partial void LostOrderFound(ILogger logger, string clientOid, string orderId);

        [LoggerMessage(EventId = 12, Level = LogLevel.Warning, Message = "The order with client_oid {ClientOid} whose answer was lost was not found; sending it again (attempt {Attempt})")]
        public static partial void LostOrderResent(ILogger logger, string clientOid, int attempt);

        [LoggerMessage(EventId = 13, Level = LogLevel.Error, Message = "The order with client_oid {ClientOid} whose answer was lost could not be looked up, its outcome is unknown: {Reason}")]
        public static partial void LostOrderLookupFailed(ILogger logger, string clientOid, string reason);
    }
}
