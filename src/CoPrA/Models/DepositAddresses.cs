namespace CoPrA;

/// <summary>A crypto deposit address generated for a Coinbase wallet (<c>POST /coinbase-accounts/{account_id}/addresses</c>).</summary>
public sealed record DepositAddress : ApiObject
{
    /// <summary>Address id.</summary>
    public string Id { get; init => field = value ?? ""; } = "";
    /// <summary>The crypto address.</summary>
    public string Address { get; init => field = value ?? ""; } = "";
    /// <summary>Address and destination tag as a pair.</summary>
    public DepositAddressInfo? AddressInfo { get; init; }
    /// <summary>Name of the address.</summary>
    public string? Name { get; init; }
    /// <summary>When the address was created.</summary>
    public DateTimeOffset? CreatedAt { get; init; }
    /// <summary>When the address last changed.</summary>
    public DateTimeOffset? UpdatedAt { get; init; }
    /// <summary>Network the address is on.</summary>
    public string? Network { get; init; }
    /// <summary>URI scheme, for example <c>bitcoin</c>.</summary>
    public string? UriScheme { get; init; }
    /// <summary>Resource kind, for example <c>address</c>.</summary>
    public string? Resource { get; init; }
    /// <summary>Path of the resource in the Coinbase API.</summary>
    public string? ResourcePath { get; init; }
    /// <summary>Warnings to show before sending to the address.</summary>
    public IReadOnlyList<DepositAddressWarning>? Warnings { get; init; }
    /// <summary>Legacy form of the address.</summary>
    public string? LegacyAddress { get; init; }
    /// <summary>Destination tag or memo, for currencies that use one.</summary>
    public string? DestinationTag { get; init; }
    /// <summary>Deposit URI, for example for a QR code.</summary>
    public string? DepositUri { get; init; }
    /// <summary>Callback URL.</summary>
    public string? CallbackUrl { get; init; }
    /// <summary>URL of a QR code image of the address.</summary>
    public string? QrCodeImageUrl { get; init; }
    /// <summary>Label of the address.</summary>
    public string? AddressLabel { get; init; }
    /// <summary>Whether this is an exchange deposit address.</summary>
    public bool? ExchangeDepositAddress { get; init; }
}

/// <summary>The <c>address_info</c> object of a generated deposit address.</summary>
public sealed record DepositAddressInfo : ApiObject
{
    /// <summary>The crypto address.</summary>
    public string? Address { get; init; }
    /// <summary>Destination tag or memo.</summary>
    public string? DestinationTag { get; init; }
}

/// <summary>A warning attached to a generated deposit address.</summary>
public sealed record DepositAddressWarning : ApiObject
{
    /// <summary>Title.</summary>
    public string? Title { get; init; }
    /// <summary>Details.</summary>
    public string? Details { get; init; }
    /// <summary>Image URL.</summary>
    public string? ImageUrl { get; init; }
}
