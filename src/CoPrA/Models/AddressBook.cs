using CoPrA.Rest;

namespace CoPrA;

/// <summary>
/// An address-book entry (<c>GET /address-book</c>), also the shape of the entries
/// <c>POST /address-book</c> returns, which add the display and pending fields.
/// </summary>
public sealed record AddressBookEntry : ApiObject
{
    /// <summary>Entry id, for <c>DELETE /address-book/{id}</c>.</summary>
    public string Id { get; init => field = value ?? ""; } = "";
    /// <summary>The crypto address.</summary>
    public string Address { get; init => field = value ?? ""; } = "";
    /// <summary>Destination tag or memo, for currencies that use one.</summary>
    public string? DestinationTag { get; init; }
    /// <summary>Currency symbol.</summary>
    public string Currency { get; init => field = value ?? ""; } = "";
    /// <summary>The entry's nickname.</summary>
    public string? Label { get; init; }
    /// <summary>When the entry was added.</summary>
    public DateTimeOffset? AddressBookAddedAt { get; init; }
    /// <summary>Until when a new entry is pending before it can be used.</summary>
    public DateTimeOffset? AddressBookEntryPendingUntil { get; init; }
    /// <summary>Address and destination tag as a pair (added entries).</summary>
    public AddressBookAddressInfo? AddressInfo { get; init; }
    /// <summary>The address as shown to people (added entries).</summary>
    public string? DisplayAddress { get; init; }
    /// <summary>Whether the address is booked (added entries).</summary>
    public bool? AddressBooked { get; init; }
    /// <summary>Whether the address was signed and verified as a self-hosted wallet.</summary>
    public bool? IsVerifiedSelfHostedWallet { get; init; }
    /// <summary>The VASP that holds the address, when it is one of those Coinbase knows.</summary>
    public string? VaspId { get; init; }
    /// <summary>Business name (travel-rule regions).</summary>
    public string? BusinessName { get; init; }
    /// <summary>Country of the business, ISO 3166-1 alpha-2 (travel-rule regions).</summary>
    public string? BusinessCountryCode { get; init; }
}

/// <summary>The <c>address_info</c> object of an added address-book entry.</summary>
public sealed record AddressBookAddressInfo : ApiObject
{
    /// <summary>The crypto address.</summary>
    public string? Address { get; init; }
    /// <summary>The address as shown to people.</summary>
    public string? DisplayAddress { get; init; }
    /// <summary>Destination tag or memo.</summary>
    public string? DestinationTag { get; init; }
}

/// <summary>One address to add to the address book (<c>POST /address-book</c>).</summary>
/// <param name="Currency">Currency symbol, for example <c>ETH</c>.</param>
/// <param name="Address">The crypto address.</param>
/// <param name="Label">A nickname for the entry.</param>
public sealed record AddressBookEntryRequest(string Currency, string Address, string Label) : IJsonBodyPart
{
    /// <summary>Destination tag or memo, for currencies that use one.</summary>
    public string? DestinationTag { get; init; }
    /// <summary>Whether the address was previously signed and verified as a self-hosted wallet.</summary>
    public bool? IsVerifiedSelfHostedWallet { get; init; }
    /// <summary>
    /// The VASP that holds the address, as Coinbase names it: for example <c>Coinbase</c>,
    /// <c>Anchorage</c>, <c>Kraken</c>, <c>Zero Hash</c> (a string: the list grows).
    /// </summary>
    public string? VaspId { get; init; }
    /// <summary>Business name.</summary>
    public string? BusinessName { get; init; }
    /// <summary>Country of the originator's account, ISO 3166-1 alpha-2.</summary>
    public string? BusinessCountryCode { get; init; }
    /// <summary>Whether the user owns the address.</summary>
    public bool? IsCertifiedSelfSend { get; init; }
    /// <summary>Blockchain of the address; required for withdrawals in travel-rule jurisdictions.</summary>
    public string? Network { get; init; }

    internal void Validate(string field, string paramName)
    {
        Check.Required(Currency, field + ".Currency", paramName);
        Check.Required(Address, field + ".Address", paramName);
        Check.Required(Label, field + ".Label", paramName);
        Check.CountryCode(BusinessCountryCode, field + ".BusinessCountryCode", paramName);
    }

    void IJsonBodyPart.WriteTo(JsonBody body) =>
        body.Add("currency", Currency)
            .StartObject("to").Add("address", Address).AddIfPresent("destination_tag", DestinationTag).EndObject()
            .Add("label", Label)
            .AddIfPresent("is_verified_self_hosted_wallet", IsVerifiedSelfHostedWallet)
            .AddIfPresent("vasp_id", VaspId)
            .AddIfPresent("business_name", BusinessName)
            .AddIfPresent("business_country_code", BusinessCountryCode)
            .AddIfPresent("is_certified_self_send", IsCertifiedSelfSend)
            .AddIfPresent("network", Network);
}
