using CoPrA.Rest;

namespace CoPrA;

/// <summary>
/// Travel-rule information sent with a crypto withdrawal (<c>travel_rule_data</c> of
/// <c>POST /withdrawals/crypto</c>): who sends the funds and who receives them. Which members a
/// withdrawal needs depends on the jurisdiction; the exchange says when one is missing.
/// </summary>
/// <param name="OriginatorName">Name of the originator sending the funds.</param>
/// <param name="BeneficiaryName">Name of the beneficiary receiving the funds.</param>
public sealed record TravelRuleData(string OriginatorName, string BeneficiaryName) : IJsonBodyPart
{
    /// <summary>Given name of the originator, as on a government-issued ID.</summary>
    public string? OriginatorFirstName { get; init; }
    /// <summary>Surname of the originator, as on a government-issued ID.</summary>
    public string? OriginatorLastName { get; init; }
    /// <summary>Address of the originator (address line 1, city and country at least).</summary>
    public StreetAddress? OriginatorAddress { get; init; }
    /// <summary>Telephone number of the originator.</summary>
    public string? OriginatorTelephoneNumber { get; init; }
    /// <summary>An account identifier of the originator.</summary>
    public string? OriginatorAccount { get; init; }
    /// <summary>Country of the originator's account, ISO 3166-1 alpha-2.</summary>
    public string? OriginatorAccountLocationCountryCode { get; init; }
    /// <summary>Date of birth of the originator.</summary>
    public DateOnly? OriginatorDateOfBirth { get; init; }
    /// <summary>Account number of the originator.</summary>
    public string? OriginatorAccountNumber { get; init; }
    /// <summary>Purpose of the transfer.</summary>
    public string? TransferPurpose { get; init; }
    /// <summary>Address of the beneficiary (address line 1, city and country at least).</summary>
    public StreetAddress? BeneficiaryAddress { get; init; }
    /// <summary>Telephone number of the beneficiary.</summary>
    public string? BeneficiaryTelephoneNumber { get; init; }
    /// <summary>Country of the beneficiary's account, ISO 3166-1 alpha-2.</summary>
    public string? BeneficiaryAccountLocation { get; init; }
    /// <summary>Date of birth of the beneficiary.</summary>
    public DateOnly? BeneficiaryDateOfBirth { get; init; }
    /// <summary>The beneficiary's financial institution, for example Coinbase.</summary>
    public string? BeneficiaryFinancialInstitution { get; init; }
    /// <summary>Whether the user says the receiving wallet belongs to the originator.</summary>
    public bool? IsSelf { get; init; }
    /// <summary>Crypto address of the originator.</summary>
    public string? OriginatorWalletAddress { get; init; }
    /// <summary>With Coinbase as intermediary: the user attests that the originating VASP verified the wallet's ownership.</summary>
    public bool? AttestVerifiedWalletOwnership { get; init; }

    internal void Validate(string paramName)
    {
        Check.Required(OriginatorName, nameof(OriginatorName), paramName);
        Check.Required(BeneficiaryName, nameof(BeneficiaryName), paramName);
        Check.CountryCode(OriginatorAccountLocationCountryCode, nameof(OriginatorAccountLocationCountryCode), paramName);
        Check.CountryCode(BeneficiaryAccountLocation, nameof(BeneficiaryAccountLocation), paramName);
        OriginatorAddress?.Validate(nameof(OriginatorAddress), paramName);
        BeneficiaryAddress?.Validate(nameof(BeneficiaryAddress), paramName);
    }

    void IJsonBodyPart.WriteTo(JsonBody body)
    {
        body.Add("originator_name", OriginatorName);
        if (OriginatorFirstName is not null || OriginatorLastName is not null)
        {
            body.StartObject("originator_natural_name")
                .AddIfPresent("first_name", OriginatorFirstName)
                .AddIfPresent("last_name", OriginatorLastName)
                .EndObject();
        }

        body.AddIfPresent("originator_address", OriginatorAddress)
            .AddIfPresent("originator_telephone_number", OriginatorTelephoneNumber)
            .AddIfPresent("originator_account", OriginatorAccount)
            .AddIfPresent("originator_account_location_country_code", OriginatorAccountLocationCountryCode);
        AddDate(body, "originator_date_of_birth", OriginatorDateOfBirth);
        body.AddIfPresent("originator_account_number", OriginatorAccountNumber)
            .AddIfPresent("transfer_purpose", TransferPurpose)
            .Add("beneficiary_name", BeneficiaryName)
            .AddIfPresent("beneficiary_address", BeneficiaryAddress)
            .AddIfPresent("beneficiary_telephone_number", BeneficiaryTelephoneNumber)
            .AddIfPresent("beneficiary_account_location", BeneficiaryAccountLocation);
        AddDate(body, "beneficiary_date_of_birth", BeneficiaryDateOfBirth);
        body.AddIfPresent("beneficiary_financial_institution", BeneficiaryFinancialInstitution)
            .AddIfPresent("is_self", IsSelf)
            .AddIfPresent("originator_wallet_address", OriginatorWalletAddress);
        if (AttestVerifiedWalletOwnership is { } attested)
        {
            body.StartObject("originating_vasp_for_intermediary").Add("attest_verified_wallet_ownership", attested).EndObject();
        }
    }

    // The API's date is an object of three numbers, not a string.
    private static void AddDate(JsonBody body, string key, DateOnly? date)
    {
        if (date is { } day)
        {
            body.StartObject(key).AddIfPresent("year", day.Year).AddIfPresent("month", day.Month).AddIfPresent("day", day.Day).EndObject();
        }
    }
}
