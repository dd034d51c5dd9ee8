using System.Text.Json.Serialization;
using CoPrA.Rest;

namespace CoPrA;

/// <summary>Kind of wallet named in travel-rule information.</summary>
[JsonConverter(typeof(WireEnumConverter<WalletType>))]
public enum WalletType
{
    /// <summary>A value this version does not know.</summary>
    Unknown = 0,
    /// <summary>The wallet type is not known to the sender (the API's <c>UNKNOWN_WALLET_TYPE</c>).</summary>
    [JsonStringEnumMemberName("UNKNOWN_WALLET_TYPE")] Unspecified,
    /// <summary>A wallet held at an exchange or other VASP.</summary>
    [JsonStringEnumMemberName("EXCHANGE")] Exchange,
    /// <summary>A self-hosted wallet.</summary>
    [JsonStringEnumMemberName("SELF_HOSTED")] SelfHosted,
}

/// <summary>A postal address in travel-rule information, sent and received.</summary>
public sealed record StreetAddress : ApiObject, IJsonBodyPart
{
    /// <summary>First address line.</summary>
    [JsonPropertyName("address_1")]
    public string? Address1 { get; init; }
    /// <summary>Second address line.</summary>
    [JsonPropertyName("address_2")]
    public string? Address2 { get; init; }
    /// <summary>Third address line.</summary>
    [JsonPropertyName("address_3")]
    public string? Address3 { get; init; }
    /// <summary>City.</summary>
    public string? City { get; init; }
    /// <summary>State or region.</summary>
    public string? State { get; init; }
    /// <summary>ISO 3166-1 alpha-2 country code.</summary>
    public string? Country { get; init; }
    /// <summary>Postal code.</summary>
    public string? PostalCode { get; init; }

    internal void Validate(string field, string paramName) => Check.CountryCode(Country, field + ".Country", paramName);

    void IJsonBodyPart.WriteTo(JsonBody body) =>
        body.AddIfPresent("address_1", Address1)
            .AddIfPresent("address_2", Address2)
            .AddIfPresent("address_3", Address3)
            .AddIfPresent("city", City)
            .AddIfPresent("state", State)
            .AddIfPresent("country", Country)
            .AddIfPresent("postal_code", PostalCode);
}

/// <summary>Travel-rule information saved for a deposit address (<c>GET /travel-rules</c>, <c>POST /travel-rules</c>).</summary>
public sealed record TravelRule : ApiObject
{
    /// <summary>Travel-rule entry id (the pagination cursor).</summary>
    public string Id { get; init => field = value ?? ""; } = "";
    /// <summary>When the entry was added.</summary>
    public DateTimeOffset? CreatedAt { get; init; }
    /// <summary>Crypto address funds are deposited from.</summary>
    public string? Address { get; init; }
    /// <summary>Name of the originator of the funds.</summary>
    public string? OriginatorName { get; init; }
    /// <summary>Country of the originator (ISO 3166-1 alpha-2).</summary>
    public string? OriginatorCountry { get; init; }
    /// <summary>The VASP's id.</summary>
    public string? VaspId { get; init; }
    /// <summary>Country of the VASP (ISO 3166-1 alpha-2).</summary>
    public string? VaspCountry { get; init; }
    /// <summary>Legal Entity Identifier of the VASP.</summary>
    public string? LeiNumber { get; init; }
    /// <summary>Address of the originating institution.</summary>
    public StreetAddress? OriginatorAddress { get; init; }
}

/// <summary>Travel-rule information to save for a deposit address (<c>POST /travel-rules</c>).</summary>
/// <param name="Address">Crypto address funds will be deposited from.</param>
/// <param name="OriginatorName">Name of the originator of the funds.</param>
/// <param name="OriginatorCountry">Country of the originator, ISO 3166-1 alpha-2 (for example <c>US</c>).</param>
public sealed record TravelRuleRequest(string Address, string OriginatorName, string OriginatorCountry) : IJsonBodyPart
{
    /// <summary>The VASP's id, when the address belongs to one.</summary>
    public string? VaspId { get; init; }
    /// <summary>Country of the VASP, ISO 3166-1 alpha-2.</summary>
    public string? VaspCountry { get; init; }
    /// <summary>Legal Entity Identifier of the VASP.</summary>
    public string? LeiNumber { get; init; }
    /// <summary>Address of the originating institution.</summary>
    public StreetAddress? OriginatorAddress { get; init; }
    /// <summary>Kind of wallet the funds come from.</summary>
    public WalletType? WalletType { get; init; }
    /// <summary>Whether the user owns the wallet.</summary>
    public bool? IsSelfCertified { get; init; }

    private TravelRuleOriginator Originator =>
        new(OriginatorName, OriginatorCountry, VaspId, VaspCountry, LeiNumber, "originator_address", nameof(OriginatorAddress), OriginatorAddress, WalletType, IsSelfCertified);

    internal void Validate(string paramName)
    {
        Check.Required(Address, nameof(Address), paramName);
        Originator.Validate(paramName);
    }

    void IJsonBodyPart.WriteTo(JsonBody body) => Originator.WriteTo(body.Add("address", Address));
}

/// <summary>Travel-rule information for one transfer (<c>POST /transfers/{transfer_id}/travel-rules</c>).</summary>
/// <param name="OriginatorName">Name of the originator of the funds.</param>
/// <param name="OriginatorCountry">Country of the originator, ISO 3166-1 alpha-2 (for example <c>US</c>).</param>
public sealed record TransferTravelRuleRequest(string OriginatorName, string OriginatorCountry) : IJsonBodyPart
{
    /// <summary>The VASP's id, when the counterparty wallet belongs to one.</summary>
    public string? VaspId { get; init; }
    /// <summary>Country of the VASP, ISO 3166-1 alpha-2.</summary>
    public string? VaspCountry { get; init; }
    /// <summary>Legal Entity Identifier of the VASP.</summary>
    public string? LeiNumber { get; init; }
    /// <summary>Business address of the originator.</summary>
    public StreetAddress? BusinessAddress { get; init; }
    /// <summary>Kind of wallet.</summary>
    public WalletType? WalletType { get; init; }
    /// <summary>Whether the user owns the wallet.</summary>
    public bool? IsSelfCertified { get; init; }

    private TravelRuleOriginator Originator =>
        new(OriginatorName, OriginatorCountry, VaspId, VaspCountry, LeiNumber, "business_address", nameof(BusinessAddress), BusinessAddress, WalletType, IsSelfCertified);

    internal void Validate(string paramName) => Originator.Validate(paramName);

    /// <summary>The members after the transfer id, which the endpoint writes first.</summary>
    void IJsonBodyPart.WriteTo(JsonBody body) => Originator.WriteTo(body);
}

/// <summary>The answer to travel-rule information sent for a transfer.</summary>
public sealed record TransferTravelRuleResult : ApiObject
{
    /// <summary>The server's message.</summary>
    public string? Message { get; init; }
}
