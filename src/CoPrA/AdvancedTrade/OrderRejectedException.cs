using System.Net;
using CoPrA.Rest;

namespace CoPrA.AdvancedTrade;

/// <summary>
/// Advanced Trade refused an order: it answered HTTP 200 with <c>success: false</c>. Thrown by the
/// order-placing methods so that a rejection can never be mistaken for an accepted order by a
/// caller who does not inspect the answer. The answer itself, the failure codes and the
/// <see cref="ApiRequestException.Reason"/> they map to are all kept.
/// </summary>
public sealed class OrderRejectedException : ApiRequestException
{
    /// <summary>Creates the exception from the refused answer.</summary>
    /// <param name="response">The answer, with <c>success: false</c>.</param>
    /// <param name="clientOrderId">The client order id the order was sent with.</param>
    /// <param name="body">The raw answer body.</param>
    /// <param name="headers">Response headers.</param>
    public OrderRejectedException(CreateOrderResponse response, string clientOrderId, string body, IReadOnlyDictionary<string, string> headers)
        : base(HttpStatusCode.OK, Describe(response), body, headers)
    {
        ArgumentNullException.ThrowIfNull(response);
        Response = response;
        ClientOrderId = clientOrderId;
        Reason = AdvancedTradeRejections.FromCode(NewOrderFailureReason)
            ?? AdvancedTradeRejections.FromCode(PreviewFailureReason)
            ?? AdvancedTradeRejections.FromCode(ErrorCode)
            ?? Orders.RejectionReason.Unknown;
    }

    /// <summary>The answer as the server sent it.</summary>
    public CreateOrderResponse Response { get; }

    /// <summary>The client order id the order was sent with (generated when the caller gave none).</summary>
    public string ClientOrderId { get; }

    /// <summary>The <c>error_response.error</c> code, for example <c>INSUFFICIENT_FUND</c>.</summary>
    public string? ErrorCode => Response.ErrorResponse?.Error;

    /// <summary>The <c>error_response.preview_failure_reason</c> code, for example <c>PREVIEW_INSUFFICIENT_FUND</c>.</summary>
    public string? PreviewFailureReason => Response.ErrorResponse?.PreviewFailureReason;

    /// <summary>The <c>error_response.new_order_failure_reason</c> code, for example <c>INSUFFICIENT_FUND</c>.</summary>
    public string? NewOrderFailureReason => Response.ErrorResponse?.NewOrderFailureReason;

    private static string Describe(CreateOrderResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var error = response.ErrorResponse;
        string? text = error?.Message ?? error?.ErrorDetails;
        string? code = error?.NewOrderFailureReason ?? error?.PreviewFailureReason ?? error?.Error ?? response.FailureReason;
        return (text, code) switch
        {
            ({ Length: > 0 }, { Length: > 0 }) => $"Order rejected: {text} ({code})",
            ({ Length: > 0 }, _) => $"Order rejected: {text}",
            (_, { Length: > 0 }) => $"Order rejected: {code}",
            _ => "Order rejected (success: false) without a reason",
        };
    }
}
