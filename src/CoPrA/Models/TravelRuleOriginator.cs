using CoPrA.Rest;

namespace CoPrA;

/// <summary>
/// The originator members both travel-rule requests send (<c>POST /travel-rules</c> and
/// <c>POST /transfers/{transfer_id}/travel-rules</c>): checked and written here, once, in the API's order.
/// The two requests differ only in what comes first and in the name of the address member.
/// </summary>
internal readonly record struct TravelRuleOriginator(
    string OriginatorName,
    string OriginatorCountry,
    string? VaspId,
    string? VaspCountry,
    string? LeiNumber,
    string AddressKey,
    string AddressField,
    StreetAddress? Address,
    WalletType? WalletType,
    bool? IsSelfCertified)
{
    public void Validate(string paramName)
    {
        Check.Required(OriginatorName, nameof(OriginatorName), paramName);
        Check.CountryCode(OriginatorCountry, nameof(OriginatorCountry), paramName, required: true);
        Check.CountryCode(VaspCountry, nameof(VaspCountry), paramName);
        Address?.Validate(AddressField, paramName);
        Check.DefinedIfPresent(WalletType, nameof(WalletType), paramName);
    }

    public void WriteTo(JsonBody body) =>
        body.Add("originator_name", OriginatorName)
            .Add("originator_country", OriginatorCountry)
            .AddIfPresent("vasp_id", VaspId)
            .AddIfPresent("vasp_country", VaspCountry)
            .AddIfPresent("lei_number", LeiNumber)
            .AddIfPresent(AddressKey, Address)
            .AddIfPresent("wallet_type", WalletType)
            .AddIfPresent("is_self_certified", IsSelfCertified);
}
