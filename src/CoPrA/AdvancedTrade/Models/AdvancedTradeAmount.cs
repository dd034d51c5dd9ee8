namespace CoPrA.AdvancedTrade;

/// <summary>An amount of money as Advanced Trade nests it: <c>{"value": "1.23", "currency": "USD"}</c>.</summary>
public sealed record AdvancedTradeAmount : ApiObject
{
    /// <summary>The amount, read from a string or a number.</summary>
    public decimal Value { get; init; }
    /// <summary>Currency code.</summary>
    public string Currency { get; init => field = value ?? ""; } = "";
}

/// <summary>The empty object some endpoints answer with (delete portfolio, set intraday margin setting, allocate).</summary>
public sealed record EmptyResponse : ApiObject;
