using CoPrA.Rest;

namespace CoPrA.Tests.RestExtended;

/// <summary>Bad arguments of the endpoints beyond CoPrA throw an ArgumentException naming the parameter, before any request.</summary>
public class ValidationTests
{
    private static readonly TransferTravelRuleRequest GoodTransferRule = new("Ada Lovelace", "GB");
    private static readonly AddressBookEntryRequest GoodAddress = new("ETH", "0xabc", "cold");
    private static readonly DateTimeOffset NewYear = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Each bad call, the parameter it must name, and a fragment its message must hold (when it says which field).</summary>
    private static readonly Dictionary<string, (Func<RestClient, Task> Call, string Parameter, string? Message)> Cases = new()
    {
        ["product id empty"] = (c => c.ProductAsync(""), "productId", null),
        ["product id blank"] = (c => c.ProductAsync("  "), "productId", null),
        ["currency id null"] = (c => c.CurrencyAsync(null!), "currencyId", null),
        ["account transfers without account"] = (c => c.AccountTransfersAsync(""), "accountId", null),
        ["account transfers limit 0"] = (c => c.AccountTransfersAsync("acc-1", limit: 0), "limit", null),
        ["account transfers with both cursors"] = (c => c.AccountTransfersAsync("acc-1", before: "a", after: "b"), "after", null),
        ["account transfers unknown type"] = (c => c.AccountTransfersAsync("acc-1", TransferType.Unknown), "type", null),
        ["account transfers undefined type"] = (c => c.AccountTransfersAsync("acc-1", (TransferType)99), "type", null),
        ["add no address"] = (c => c.AddAddressesAsync([]), "addresses", "At least one"),
        ["add null addresses"] = (c => c.AddAddressesAsync(null!), "addresses", null),
        ["add a null address"] = (c => c.AddAddressesAsync([GoodAddress, null!]), "addresses", "addresses[1]"),
        ["add an address without label"] = (c => c.AddAddressesAsync([new("ETH", "0xabc", "")]), "addresses", "addresses[0].Label"),
        ["add an address without currency"] = (c => c.AddAddressesAsync([GoodAddress, new(" ", "0xabc", "x")]), "addresses", "addresses[1].Currency"),
        ["add an address without address"] = (c => c.AddAddressesAsync([new("ETH", "", "x")]), "addresses", "addresses[0].Address"),
        ["add an address with a long country code"] = (c => c.AddAddressesAsync([GoodAddress with { BusinessCountryCode = "USA" }]), "addresses", "BusinessCountryCode"),
        ["delete address without id"] = (c => c.DeleteAddressAsync(""), "addressId", null),
        ["crypto address without account"] = (c => c.GenerateCryptoAddressAsync(""), "accountId", null),
        ["conversions limit 1001"] = (c => c.ConversionsAsync(limit: 1001), "limit", null),
        ["conversion without id"] = (c => c.ConversionAsync(""), "conversionId", null),
        ["transfers limit 0"] = (c => c.TransfersAsync(limit: 0), "limit", null),
        ["transfers with both cursors"] = (c => c.TransfersAsync(before: "a", after: "b"), "after", null),
        ["transfers unknown type"] = (c => c.TransfersAsync(type: TransferType.Unknown), "type", null),
        ["transfers unknown currency type"] = (c => c.TransfersAsync(currencyType: CurrencyType.Unknown), "currencyType", null),
        ["transfer without id"] = (c => c.TransferAsync(""), "transferId", null),
        ["transfer travel rule without transfer"] = (c => c.SubmitTransferTravelRuleAsync("", GoodTransferRule), "transferId", null),
        ["transfer travel rule null"] = (c => c.SubmitTransferTravelRuleAsync("tr-1", null!), "travelRule", null),
        ["transfer travel rule without name"] = (c => c.SubmitTransferTravelRuleAsync("tr-1", GoodTransferRule with { OriginatorName = "" }), "travelRule", "OriginatorName"),
        ["transfer travel rule with a country name"] = (c => c.SubmitTransferTravelRuleAsync("tr-1", GoodTransferRule with { OriginatorCountry = "United Kingdom" }), "travelRule", "OriginatorCountry"),
        ["transfer travel rule with a bad address country"] = (c => c.SubmitTransferTravelRuleAsync("tr-1", GoodTransferRule with { BusinessAddress = new StreetAddress { Country = "GBR" } }), "travelRule", "BusinessAddress.Country"),
        ["transfer travel rule with an unknown wallet type"] = (c => c.SubmitTransferTravelRuleAsync("tr-1", GoodTransferRule with { WalletType = WalletType.Unknown }), "travelRule", "WalletType"),
        ["fee estimate without currency"] = (c => c.WithdrawalFeeEstimateAsync("", "0xabc"), "currency", null),
        ["fee estimate without address"] = (c => c.WithdrawalFeeEstimateAsync("ETH", ""), "cryptoAddress", null),
        ["profile without id"] = (c => c.ProfileAsync(""), "profileId", null),
        ["create profile without name"] = (c => c.CreateProfileAsync(""), "name", null),
        ["rename profile without id"] = (c => c.RenameProfileAsync("", "x"), "profileId", null),
        ["rename profile to default"] = (c => c.RenameProfileAsync("prof-1", "default"), "name", "reserved"),
        ["rename profile to margin"] = (c => c.RenameProfileAsync("prof-1", "Margin "), "name", "reserved"),
        ["deactivate profile into itself"] = (c => c.DeactivateProfileAsync("prof-1", "prof-1"), "toProfileId", null),
        ["deactivate profile without target"] = (c => c.DeactivateProfileAsync("prof-1", ""), "toProfileId", null),
        ["transfer between the same profile"] = (c => c.TransferBetweenProfilesAsync("prof-1", "prof-1", "USD", 1m), "toProfileId", null),
        ["transfer between profiles without currency"] = (c => c.TransferBetweenProfilesAsync("prof-1", "prof-2", "", 1m), "currency", null),
        ["transfer between profiles of nothing"] = (c => c.TransferBetweenProfilesAsync("prof-1", "prof-2", "USD", 0m), "amount", null),
        ["reports limit 0"] = (c => c.ReportsAsync(limit: 0), "limit", null),
        ["reports undefined type"] = (c => c.ReportsAsync((ReportType)42), "type", null),
        ["travel rules limit 1001"] = (c => c.TravelRulesAsync(limit: 1001), "limit", null),
        ["travel rules with both cursors"] = (c => c.TravelRulesAsync(before: "a", after: "b"), "after", null),
        ["add travel rule null"] = (c => c.AddTravelRuleAsync(null!), "travelRule", null),
        ["add travel rule without address"] = (c => c.AddTravelRuleAsync(new TravelRuleRequest("", "Ada", "GB")), "travelRule", "Address"),
        ["add travel rule without country"] = (c => c.AddTravelRuleAsync(new TravelRuleRequest("0xabc", "Ada", "")), "travelRule", "OriginatorCountry"),
        ["add travel rule with a bad vasp country"] = (c => c.AddTravelRuleAsync(new TravelRuleRequest("0xabc", "Ada", "GB") { VaspCountry = "1A" }), "travelRule", "VaspCountry"),
        ["delete travel rule without id"] = (c => c.DeleteTravelRuleAsync(""), "travelRuleId", null),
        ["exchange limits without user"] = (c => c.ExchangeLimitsAsync(""), "userId", null),
        ["trading volumes without user"] = (c => c.TradingVolumesAsync(" "), "userId", null),
        ["unknown settlement preference"] = (c => c.SetSettlementPreferenceAsync(SettlementPreference.Unknown), "settlementPreference", null),
        ["settlement preference without user"] = (c => c.SetSettlementPreferenceAsync(SettlementPreference.Usd, ""), "userId", null),
        ["wrapped asset without id"] = (c => c.WrappedAssetAsync(""), "wrappedAssetId", null),
        ["conversion rate without id"] = (c => c.WrappedAssetConversionRateAsync(""), "wrappedAssetId", null),
        ["stake-wrap without source"] = (c => c.CreateStakeWrapAsync("", "CBETH", 1m), "fromCurrency", null),
        ["stake-wrap without target"] = (c => c.CreateStakeWrapAsync("ETH", "", 1m), "toCurrency", null),
        ["stake-wrap of a negative amount"] = (c => c.CreateStakeWrapAsync("ETH", "CBETH", -1m), "amount", null),
        ["stake-wraps limit 0"] = (c => c.StakeWrapsAsync(limit: 0), "limit", null),
        ["stake-wrap without id"] = (c => c.StakeWrapAsync(""), "stakeWrapId", null),
        ["redeem nothing"] = (c => c.RedeemWrappedAssetAsync("CBETH", "ETH", 0m), "amount", null),
        ["redeems with both cursors"] = (c => c.WrappedAssetRedeemsAsync(before: "a", after: "b"), "after", null),
        ["redeem without id"] = (c => c.WrappedAssetRedeemAsync(""), "redeemId", null),
        ["loans with an empty id"] = (c => c.LoansAsync(["l-1", ""]), "ids", null),
        ["interest charges without loan"] = (c => c.LoanInterestChargesAsync(""), "loanId", null),
        ["interest history without loan"] = (c => c.LoanInterestHistoryAsync(""), "loanId", null),
        ["loan preview without currency"] = (c => c.LoanPreviewAsync("", 1m), "currency", null),
        ["loan preview of nothing"] = (c => c.LoanPreviewAsync("USDC", 0m), "nativeAmount", null),
        ["open loan null"] = (c => c.OpenLoanAsync(null!), "loan", null),
        ["open loan without currency"] = (c => c.OpenLoanAsync(new OpenLoanRequest("", 1m)), "loan", "Currency"),
        ["open loan of nothing"] = (c => c.OpenLoanAsync(new OpenLoanRequest("USDC", 0m)), "loan", "NativeAmount"),
        ["open loan at a negative rate"] = (c => c.OpenLoanAsync(new OpenLoanRequest("USDC", 1m) { InterestRate = -0.01m }), "loan", "InterestRate"),
        ["open loan ending before it starts"] = (c => c.OpenLoanAsync(new OpenLoanRequest("USDC", 1m) { TermStartDate = NewYear, TermEndDate = NewYear.AddDays(-1) }), "loan", "TermStartDate"),
        ["repay interest without currency"] = (c => c.RepayLoanInterestAsync("", 1m), "currency", null),
        ["repay negative interest"] = (c => c.RepayLoanInterestAsync("USDC", -1m), "nativeAmount", null),
        ["repay principal without loan"] = (c => c.RepayLoanPrincipalAsync("", "USDC", 1m), "loanId", null),
        ["repay no principal"] = (c => c.RepayLoanPrincipalAsync("l-1", "USDC", 0m), "nativeAmount", null),
        ["repayment preview without loan"] = (c => c.RepaymentPreviewAsync("", "USDC", 1m), "loanId", null),
        ["repayment preview without currency"] = (c => c.RepaymentPreviewAsync("l-1", "", 1m), "currency", null),
    };

    public static TheoryData<string> CaseNames => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task Is_refused_before_any_request_naming_the_parameter(string name)
    {
        var (call, parameter, message) = Cases[name];
        using var exchange = new RecordingExchange();

        // Argument checks come before the credentials check, so a public client gets the same answer.
        foreach (var client in new[] { exchange.Client, exchange.PublicClient })
        {
            var error = await Assert.ThrowsAnyAsync<ArgumentException>(() => call(client));
            Assert.Equal(parameter, error.ParamName);
            if (message is not null)
            {
                Assert.Contains(message, error.Message, StringComparison.Ordinal);
            }
        }

        Assert.Empty(exchange.Requests);
    }
}
