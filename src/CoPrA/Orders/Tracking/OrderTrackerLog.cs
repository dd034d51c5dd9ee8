using Microsoft.Extensions.Logging;

namespace CoPrA.Orders.Tracking;

/// <summary>The order tracker's log messages.</summary>
internal static partial class OrderTrackerLog
{
    [LoggerMessage(EventId = 401, Level = LogLevel.Information, Message = "Order tracker reconciling {Count} live orders over REST ({Reason})")]
    public static partial void Reconciling(ILogger logger, int count, string reason);

    [LoggerMessage(EventId = 402, Level = LogLevel.Information, Message = "Order tracker reconciled ({Reason}): {Checked} checked, {Changed} changed, {Failed} failed")]
    public static partial void Reconciled(ILogger logger, string reason, int @checked, int changed, int failed);

    [LoggerMessage(EventId = 403, Level = LogLevel.Warning, Message = "Order tracker could not look up order {OrderId} (client order id {ClientOrderId}); the next pass tries again")]
    public static partial void LookupFailed(ILogger logger, string? orderId, string? clientOrderId, Exception exception);

    [LoggerMessage(EventId = 404, Level = LogLevel.Information, Message = "Order {OrderId} is no longer known to the server; tracked as cancelled")]
    public static partial void Purged(ILogger logger, string orderId);

    [LoggerMessage(EventId = 405, Level = LogLevel.Error, Message = "An order tracker event handler ({Event}) failed")]
    public static partial void HandlerFailed(ILogger logger, string @event, Exception exception);

    [LoggerMessage(EventId = 406, Level = LogLevel.Error, Message = "A background reconcile ({Reason}) failed")]
    public static partial void ReconcileFailed(ILogger logger, string reason, Exception exception);
}
