using System.Net;
using CoPrA.Rest;

namespace CoPrA.AdvancedTrade;

/// <summary>
/// Advanced Trade refused an order edit: it answered HTTP 200 with <c>success: false</c>. Thrown by
/// <see cref="AdvancedTradeClient.EditOrderAsync"/> so that a refused edit can never be mistaken for
/// an accepted one; the order keeps its old size and price. The answer and its failure codes are kept.
/// </summary>
public sealed class OrderEditRejectedException : ApiRequestException
{
    /// <summary>Creates the exception from the refused answer.</summary>
    /// <param name="response">The answer, with <c>success: false</c>.</param>
    /// <param name="orderId">The order the edit was for.</param>
    /// <param name="body">The raw answer body.</param>
    /// <param name="headers">Response headers.</param>
    public OrderEditRejectedException(EditOrderResponse response, string orderId, string body, IReadOnlyDictionary<string, string> headers)
        : base(HttpStatusCode.OK, Describe(response), body, headers)
    {
        Response = response;
        OrderId = orderId;
        Reason = AdvancedTradeRejections.FromCode(FailureReason) ?? Orders.RejectionReason.Unknown;
    }

    /// <summary>The answer as the server sent it.</summary>
    public EditOrderResponse Response { get; }

    /// <summary>The order the edit was for.</summary>
    public string OrderId { get; }

    /// <summary>
    /// The first failure code the answer holds: <c>error_response.edit_order_failure_reason</c>, else the
    /// first <c>errors[].edit_failure_reason</c> or <c>preview_failure_reason</c>; null when there is none.
    /// </summary>
    public string? FailureReason => Code(Response);

    private static string? Code(EditOrderResponse response) =>
        response.ErrorResponse?.EditOrderFailureReason is { Length: > 0 } code ? code
        : response.Errors.Select(error => error.EditFailureReason is { Length: > 0 } edit ? edit : error.PreviewFailureReason).FirstOrDefault(text => !string.IsNullOrEmpty(text));

    private static string Describe(EditOrderResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        string? details = response.ErrorResponse?.ErrorDetails;
        string? code = Code(response);
        return (details, code) switch
        {
            ({ Length: > 0 }, { Length: > 0 }) => $"Order edit rejected: {details} ({code})",
            ({ Length: > 0 }, _) => $"Order edit rejected: {details}",
            (_, { Length: > 0 }) => $"Order edit rejected: {code}",
            _ => "Order edit rejected (success: false) without a reason",
        };
    }
}
