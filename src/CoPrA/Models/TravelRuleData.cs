using System.Text.Json;

namespace CoPrA;

/// <summary>
/// Travel-rule information sent with a crypto withdrawal (<c>travel_rule_data</c> of
/// <c>POST /withdrawals/crypto</c>): who sends the funds and who receives them. Which members a
/// withdrawal needs depends on the jurisdiction; the exchange says when one is missing.
/// </summary>
/// <param name="OriginatorName">Name of the originator sending the funds.</param>
/// <param name="BeneficiaryName">Name of the beneficiary receiving the funds.</param>
public sealed record TravelRuleData(string OriginatorName, string BeneficiaryName)
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
        RequestChecks.Required(OriginatorName, nameof(OriginatorName), paramName);
        RequestChecks.Required(BeneficiaryName, nameof(BeneficiaryName), paramName);
        RequestChecks.CountryCode(OriginatorAccountLocationCountryCode, nameof(OriginatorAccountLocationCountryCode), paramName);
        RequestChecks.CountryCode(BeneficiaryAccountLocation, nameof(BeneficiaryAccountLocation), paramName);
        OriginatorAddress?.Validate(nameof(OriginatorAddress), paramName);
        BeneficiaryAddress?.Validate(nameof(BeneficiaryAddress), paramName);
    }

    internal void WriteTo(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("originator_name", OriginatorName);
        if (OriginatorFirstName is not null || OriginatorLastName is not null)
        {
            writer.WriteStartObject("originator_natural_name");
            writer.WriteIfPresent("first_name", OriginatorFirstName);
            writer.WriteIfPresent("last_name", OriginatorLastName);
            writer.WriteEndObject();
        }

        WriteAddress(writer, "originator_address", OriginatorAddress);
        writer.WriteIfPresent("originator_telephone_number", OriginatorTelephoneNumber);
        writer.WriteIfPresent("originator_account", OriginatorAccount);
        writer.WriteIfPresent("originator_account_location_country_code", OriginatorAccountLocationCountryCode);
        WriteDate(writer, "originator_date_of_birth", OriginatorDateOfBirth);
        writer.WriteIfPresent("originator_account_number", OriginatorAccountNumber);
        writer.WriteIfPresent("transfer_purpose", TransferPurpose);
        writer.WriteString("beneficiary_name", BeneficiaryName);
        WriteAddress(writer, "beneficiary_address", BeneficiaryAddress);
        writer.WriteIfPresent("beneficiary_telephone_number", BeneficiaryTelephoneNumber);
        writer.WriteIfPresent("beneficiary_account_location", BeneficiaryAccountLocation);
        WriteDate(writer, "beneficiary_date_of_birth", BeneficiaryDateOfBirth);
        writer.WriteIfPresent("beneficiary_financial_institution", BeneficiaryFinancialInstitution);
        writer.WriteIfPresent("is_self", IsSelf);
        writer.WriteIfPresent("originator_wallet_address", OriginatorWalletAddress);
        if (AttestVerifiedWalletOwnership is { } attested)
        {
            writer.WriteStartObject("originating_vasp_for_intermediary");
            writer.WriteBoolean("attest_verified_wallet_ownership", attested);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    private static void WriteAddress(Utf8JsonWriter writer, string key, StreetAddress? address)
    {
        if (address is not null)
        {
            writer.WritePropertyName(key);
            address.WriteTo(writer);
        }
    }

    // The API's date is an object of three numbers, not a string.
    private static void WriteDate(Utf8JsonWriter writer, string key, DateOnly? date)
    {
        if (date is { } day)
        {
            writer.WriteStartObject(key);
            writer.WriteNumber("year", day.Year);
            writer.WriteNumber("month", day.Month);
            writer.WriteNumber("day", day.Day);
            writer.WriteEndObject();
        }
    }
}
