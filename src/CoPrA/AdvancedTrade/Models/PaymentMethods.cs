namespace CoPrA.AdvancedTrade;

/// <summary>A payment method of the user (<c>GET /payment_methods</c>).</summary>
public sealed record AdvancedPaymentMethod : ApiObject
{
    /// <summary>Payment method id.</summary>
    public string Id { get; init => field = value ?? ""; } = "";
    /// <summary>Kind, for example <c>ACH</c>.</summary>
    public string? Type { get; init; }
    /// <summary>Display name.</summary>
    public string? Name { get; init; }
    /// <summary>Currency code.</summary>
    public string? Currency { get; init; }
    /// <summary>Whether the method is verified.</summary>
    public bool? Verified { get; init; }
    /// <summary>Whether it can be used to buy.</summary>
    public bool? AllowBuy { get; init; }
    /// <summary>Whether it can be used to sell.</summary>
    public bool? AllowSell { get; init; }
    /// <summary>Whether it can be used to deposit.</summary>
    public bool? AllowDeposit { get; init; }
    /// <summary>Whether it can be used to withdraw.</summary>
    public bool? AllowWithdraw { get; init; }
    /// <summary>When it was added.</summary>
    public DateTimeOffset? CreatedAt { get; init; }
    /// <summary>When it was last updated.</summary>
    public DateTimeOffset? UpdatedAt { get; init; }
}

/// <summary>The user's payment methods (<c>GET /payment_methods</c>).</summary>
public sealed record ListPaymentMethodsResponse : ApiObject
{
    /// <summary>The payment methods.</summary>
    public List<AdvancedPaymentMethod> PaymentMethods { get; init => field = value ?? []; } = [];
}

/// <summary>One payment method (<c>GET /payment_methods/{payment_method_id}</c>).</summary>
public sealed record GetPaymentMethodResponse : ApiObject
{
    /// <summary>The payment method.</summary>
    public AdvancedPaymentMethod? PaymentMethod { get; init; }
}
