using System.Net;
using CoPrA.Diagnostics;
using CoPrA.Rest;
using Microsoft.Extensions.Logging;

namespace CoPrA.Orders;

/// <summary>
/// Safe placement, shared by both APIs: an order whose answer was lost is looked up by its client
/// order id before it is sent again, so that a timeout or a dropped connection neither duplicates
/// nor loses it. The client supplies how to send the order and how to look it up; this class
/// decides which failures lose an answer, waits the settle delay and bounds the attempts.
/// </summary>
internal sealed partial class SafePlacer
{
    private readonly int _maxAttempts;
    private readonly TimeSpan _settleDelay;
    private readonly string _serverAddress;
    private readonly string _idField;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;

    /// <summary>Checks and copies the options once, so that changing them later does not change the client.</summary>
    /// <param name="options">The options.</param>
    /// <param name="serverAddress">The host, for telemetry.</param>
    /// <param name="idField">The wire name of the client order id (<c>client_oid</c>, <c>client_order_id</c>), for messages.</param>
    /// <param name="timeProvider">Waits the settle delay.</param>
    /// <param name="logger">Where to log lost answers.</param>
    /// <param name="paramName">The options parameter, named by argument exceptions.</param>
    public SafePlacer(SafePlacementOptions? options, string serverAddress, string idField, TimeProvider timeProvider, ILogger logger, string paramName)
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

        Enabled = options.Enabled;
        _maxAttempts = options.MaxAttempts;
        _settleDelay = options.SettleDelay;
        _serverAddress = serverAddress;
        _idField = idField;
        _timeProvider = timeProvider;
        _logger = logger;
    }

    /// <summary>Whether lost answers are looked up; when not, <see cref="PlaceAsync"/> sends once.</summary>
    public bool Enabled { get; }

    /// <summary>
    /// Sends the order; when its answer is lost, looks it up (at once, then again after the settle
    /// delay) and returns it if found, else sends it again with the same client order id, up to
    /// <see cref="SafePlacementOptions.MaxAttempts"/> times.
    /// </summary>
    /// <param name="clientOrderId">The client order id the order is sent with.</param>
    /// <param name="send">Sends the order once.</param>
    /// <param name="lookUp">Looks the order up once: null when it is not there; any failure makes the outcome unknown.</param>
    /// <param name="idOf">The exchange's id of a found order, for the log.</param>
    /// <param name="cancellationToken">The caller's token; a cancellation is never retried.</param>
    public async Task<T> PlaceAsync<T>(string clientOrderId, Func<CancellationToken, Task<T>> send, Func<CancellationToken, Task<T?>> lookUp, Func<T, string?> idOf, CancellationToken cancellationToken)
        where T : class
    {
        if (!Enabled)
        {
            return await send(cancellationToken).ConfigureAwait(false);
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
                    return await send(cancellationToken).ConfigureAwait(false);
                }
                catch (Exception ex) when (IsOutcomeUnknown(ex))
                {
                    lost = ex;
                }

                // A caller who cancelled meanwhile gets the cancellation (with the client order id), not a lookup.
                cancellationToken.ThrowIfCancellationRequested();

                Log.PlacementAnswerLost(_logger, _idField, clientOrderId, attempt, lost.Message);
                if (await FindLostOrderAsync(clientOrderId, attempt, lookUp, cancellationToken).ConfigureAwait(false) is { } found)
                {
                    Log.LostOrderFound(_logger, _idField, clientOrderId, idOf(found));
                    Count("found");
                    return found;
                }

                if (attempt >= _maxAttempts)
                {
                    Count("unknown");
                    throw new OrderOutcomeUnknownException(clientOrderId, attempt, $"The order with {_idField} {clientOrderId} was sent {attempt} time(s), every answer was lost and no lookup found it; it is most likely not placed, but a late request could still place it.", lost);
                }

                Log.LostOrderResent(_logger, _idField, clientOrderId, attempt + 1);
                Count("resent");
            }
        }
        catch (OperationCanceledException ex) when (cancellationToken.IsCancellationRequested && ex is not OrderPlacementCanceledException)
        {
            throw new OrderPlacementCanceledException(clientOrderId, ex, cancellationToken);
        }
    }

    /// <summary>
    /// Failures after which the exchange may have placed the order: no answer (a timeout, a
    /// connection lost once the request may have been written, a body cut short), a gateway's
    /// 502, 503 or 504, or a success whose body could not be read. A connection that was never
    /// made, and any other status, are answers: the order was not placed.
    /// </summary>
    public static bool IsOutcomeUnknown(Exception exception) => exception switch
    {
        ApiRequestException api => (int)api.StatusCode is >= 200 and < 300
            || api.StatusCode is HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout,
        HttpRequestException { HttpRequestError: HttpRequestError.NameResolutionError or HttpRequestError.ConnectionError or HttpRequestError.SecureConnectionError } => false,
        HttpRequestException or IOException or TimeoutException => true,
        _ => false,
    };

    /// <summary>
    /// Looks the order up; when that finds nothing, waits the settle delay (a request still on its
    /// way may yet place it) and looks once more. Null: both lookups found nothing.
    /// </summary>
    private async Task<T?> FindLostOrderAsync<T>(string clientOrderId, int attempt, Func<CancellationToken, Task<T?>> lookUp, CancellationToken cancellationToken)
    {
        if (await LookUpAsync(clientOrderId, attempt, lookUp, cancellationToken).ConfigureAwait(false) is { } order)
        {
            return order;
        }

        await Task.Delay(_settleDelay, _timeProvider, cancellationToken).ConfigureAwait(false);
        return await LookUpAsync(clientOrderId, attempt, lookUp, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>One lookup; any failure but the caller's cancellation makes the outcome unknown.</summary>
    private async Task<T?> LookUpAsync<T>(string clientOrderId, int attempt, Func<CancellationToken, Task<T?>> lookUp, CancellationToken cancellationToken)
    {
        try
        {
            return await lookUp(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            Log.LostOrderLookupFailed(_logger, _idField, clientOrderId, ex.Message);
            Count("unknown");
            throw new OrderOutcomeUnknownException(clientOrderId, attempt, $"The answer to the order with {_idField} {clientOrderId} was lost and looking it up failed: {ex.Message} The order may exist.", ex);
        }
    }

    private void Count(string outcome) =>
        CoPrATelemetry.LostOrderAnswers.Add(1, new KeyValuePair<string, object?>("copra.order.outcome", outcome), new KeyValuePair<string, object?>("server.address", _serverAddress));

    private static partial class Log
    {
        [LoggerMessage(EventId = 10, Level = LogLevel.Warning, Message = "The answer to the order with {IdField} {ClientOrderId} was lost (attempt {Attempt}): {Reason}; looking it up")]
        public static partial void PlacementAnswerLost(ILogger logger, string idField, string clientOrderId, int attempt, string reason);

        [LoggerMessage(EventId = 11, Level = LogLevel.Information, Message = "The order with {IdField} {ClientOrderId} whose answer was lost was placed: {OrderId}")]
        public static partial void LostOrderFound(ILogger logger, string idField, string clientOrderId, string? orderId);

        [LoggerMessage(EventId = 12, Level = LogLevel.Warning, Message = "The order with {IdField} {ClientOrderId} whose answer was lost was not found; sending it again (attempt {Attempt})")]
        public static partial void LostOrderResent(ILogger logger, string idField, string clientOrderId, int attempt);

        [LoggerMessage(EventId = 13, Level = LogLevel.Error, Message = "The order with {IdField} {ClientOrderId} whose answer was lost could not be looked up, its outcome is unknown: {Reason}")]
        public static partial void LostOrderLookupFailed(ILogger logger, string idField, string clientOrderId, string reason);
    }
}
