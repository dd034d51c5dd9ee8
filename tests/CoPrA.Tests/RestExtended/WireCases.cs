using CoPrA.Rest;

namespace CoPrA.Tests.RestExtended;

/// <summary>One call of an endpoint method beyond CoPrA and the request it must send.</summary>
/// <param name="Method">The RestClient method called.</param>
/// <param name="Call">The call.</param>
/// <param name="Verb">Expected HTTP method.</param>
/// <param name="Path">Expected path, percent-encoded as sent.</param>
/// <param name="Query">Expected query string, exactly, without the <c>?</c>.</param>
/// <param name="Body">Expected body text, exactly, or null for none.</param>
/// <param name="Signed">Whether the request must carry the CB-ACCESS headers.</param>
/// <param name="Response">What the mocked exchange answers, so that the result parses.</param>
internal sealed record WireCase(string Method, Func<RestClient, Task> Call, string Verb, string Path, string Query, string? Body, bool Signed, string Response = "{}");

/// <summary>The wire cases, one or more per method, by a readable name.</summary>
internal static class WireCases
{
    private static readonly DateTimeOffset NewYear = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static readonly IReadOnlyDictionary<string, WireCase> All = Build();

    private static Dictionary<string, WireCase> Build()
    {
        var cases = new Dictionary<string, WireCase>();
        void Add(string name, WireCase wireCase) => cases.Add(name, wireCase);

        // Products and currencies: public.
        Add("product", new(nameof(RestClient.ProductAsync), c => c.ProductAsync("BTC-USD"), "GET", "/products/BTC-USD", "", null, false));
        Add("volume summary", new(nameof(RestClient.VolumeSummaryAsync), c => c.VolumeSummaryAsync(), "GET", "/products/volume-summary", "", null, false, "[]"));
        Add("currency", new(nameof(RestClient.CurrencyAsync), c => c.CurrencyAsync("BTC"), "GET", "/currencies/BTC", "", null, false));

        // Accounts.
        Add("account transfers", new(nameof(RestClient.AccountTransfersAsync), c => c.AccountTransfersAsync("acc-1", TransferType.Withdraw, 50, after: "2024-01-01T00:00:00Z"),
            "GET", "/accounts/acc-1/transfers", "limit=50&after=2024-01-01T00:00:00Z&type=withdraw", null, true, "[]"));

        // Address book.
        Add("address book", new(nameof(RestClient.AddressBookAsync), c => c.AddressBookAsync(), "GET", "/address-book", "", null, true, "[]"));
        Add("add addresses", new(nameof(RestClient.AddAddressesAsync), c => c.AddAddressesAsync(
            [
                new AddressBookEntryRequest("ETH", "0xabc", "cold") { VaspId = "Coinbase", Network = "ethereum" },
                new AddressBookEntryRequest("XRP", "rAddr", "tagged") { DestinationTag = "12345", BusinessCountryCode = "US", IsCertifiedSelfSend = true },
            ]),
            "POST", "/address-book", "",
            """{"addresses":[{"currency":"ETH","to":{"address":"0xabc"},"label":"cold","vasp_id":"Coinbase","network":"ethereum"},{"currency":"XRP","to":{"address":"rAddr","destination_tag":"12345"},"label":"tagged","business_country_code":"US","is_certified_self_send":true}]}""",
            true, "[]"));
        Add("delete address", new(nameof(RestClient.DeleteAddressAsync), c => c.DeleteAddressAsync("entry 1"), "DELETE", "/address-book/entry%201", "", null, true));

        // Coinbase accounts.
        Add("generate crypto address", new(nameof(RestClient.GenerateCryptoAddressAsync), c => c.GenerateCryptoAddressAsync("cb-1", network: "ethereum"),
            "POST", "/coinbase-accounts/cb-1/addresses", "", """{"account_id":"cb-1","network":"ethereum"}""", true));

        // Conversions.
        Add("conversions", new(nameof(RestClient.ConversionsAsync), c => c.ConversionsAsync("prof-1", 10, before: "c9"), "GET", "/conversions", "limit=10&before=c9&profile_id=prof-1", null, true, "[]"));
        Add("conversion", new(nameof(RestClient.ConversionAsync), c => c.ConversionAsync("conv-1", "prof-1"), "GET", "/conversions/conv-1", "profile_id=prof-1", null, true));
        Add("conversion fees", new(nameof(RestClient.ConversionFeesAsync), c => c.ConversionFeesAsync(), "GET", "/conversions/fees", "", null, true, "[]"));

        // Transfers.
        Add("transfers", new(nameof(RestClient.TransfersAsync), c => c.TransfersAsync("prof-1", TransferType.InternalDeposit, CurrencyType.Crypto, "usdc_reward", "USDC"),
            "GET", "/transfers", "limit=30&profile_id=prof-1&type=internal_deposit&currency_type=crypto&transfer_reason=usdc_reward&currency=USDC", null, true, "[]"));
        Add("transfer", new(nameof(RestClient.TransferAsync), c => c.TransferAsync("tr-1"), "GET", "/transfers/tr-1", "", null, true));
        Add("transfer travel rule", new(nameof(RestClient.SubmitTransferTravelRuleAsync), c => c.SubmitTransferTravelRuleAsync("tr-1", new TransferTravelRuleRequest("Ada Lovelace", "GB")
            {
                VaspId = "vasp-9",
                VaspCountry = "US",
                LeiNumber = "5493001KJTIIGC8Y1R12",
                BusinessAddress = new StreetAddress { Address1 = "1 Main St", City = "London", Country = "GB", PostalCode = "N1" },
                WalletType = WalletType.Exchange,
                IsSelfCertified = false,
            }),
            "POST", "/transfers/tr-1/travel-rules", "",
            """{"transfer_id":"tr-1","originator_name":"Ada Lovelace","originator_country":"GB","vasp_id":"vasp-9","vasp_country":"US","lei_number":"5493001KJTIIGC8Y1R12","business_address":{"address_1":"1 Main St","city":"London","country":"GB","postal_code":"N1"},"wallet_type":"EXCHANGE","is_self_certified":false}""",
            true));
        Add("withdrawal fee estimate", new(nameof(RestClient.WithdrawalFeeEstimateAsync), c => c.WithdrawalFeeEstimateAsync("ETH", "0xabc", "base"),
            "GET", "/withdrawals/fee-estimate", "currency=ETH&crypto_address=0xabc&network=base", null, true));

        // Profiles.
        Add("profiles", new(nameof(RestClient.ProfilesAsync), c => c.ProfilesAsync(active: true), "GET", "/profiles", "active=true", null, true, "[]"));
        Add("profile", new(nameof(RestClient.ProfileAsync), c => c.ProfileAsync("prof-1"), "GET", "/profiles/prof-1", "", null, true));
        Add("create profile", new(nameof(RestClient.CreateProfileAsync), c => c.CreateProfileAsync("bots"), "POST", "/profiles", "", """{"name":"bots"}""", true));
        Add("rename profile", new(nameof(RestClient.RenameProfileAsync), c => c.RenameProfileAsync("prof-1", "hedging"), "PUT", "/profiles/prof-1", "", """{"profile_id":"prof-1","name":"hedging"}""", true));
        Add("deactivate profile", new(nameof(RestClient.DeactivateProfileAsync), c => c.DeactivateProfileAsync("prof-1", "prof-0"), "PUT", "/profiles/prof-1/deactivate", "", """{"profile_id":"prof-1","to":"prof-0"}""", true));
        Add("transfer between profiles", new(nameof(RestClient.TransferBetweenProfilesAsync), c => c.TransferBetweenProfilesAsync("prof-1", "prof-2", "USD", 1234.50m),
            "POST", "/profiles/transfer", "", """{"from":"prof-1","to":"prof-2","currency":"USD","amount":"1234.50"}""", true));

        // Reports.
        Add("reports", new(nameof(RestClient.ReportsAsync), c => c.ReportsAsync(ReportType.Fills, "prof-1", new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero), 25, true),
            "GET", "/reports", "profile_id=prof-1&after=2024-01-02T03:04:05Z&limit=25&type=fills&ignore_expired=true", null, true, "[]"));

        // Travel rules.
        Add("travel rules", new(nameof(RestClient.TravelRulesAsync), c => c.TravelRulesAsync("0xabc", 10, after: "rule-9"), "GET", "/travel-rules", "limit=10&after=rule-9&address=0xabc", null, true, "[]"));
        Add("add travel rule", new(nameof(RestClient.AddTravelRuleAsync), c => c.AddTravelRuleAsync(new TravelRuleRequest("0xabc", "Ada Lovelace", "GB")
            {
                OriginatorAddress = new StreetAddress { Address1 = "1 Main St", Address2 = "Flat 2", City = "London", State = "LDN", Country = "GB" },
                WalletType = WalletType.SelfHosted,
                IsSelfCertified = true,
            }),
            "POST", "/travel-rules", "",
            """{"address":"0xabc","originator_name":"Ada Lovelace","originator_country":"GB","originator_address":{"address_1":"1 Main St","address_2":"Flat 2","city":"London","state":"LDN","country":"GB"},"wallet_type":"SELF_HOSTED","is_self_certified":true}""",
            true));
        Add("delete travel rule", new(nameof(RestClient.DeleteTravelRuleAsync), c => c.DeleteTravelRuleAsync("rule-1"), "DELETE", "/travel-rules/rule-1", "", null, true));

        // Users.
        Add("exchange limits", new(nameof(RestClient.ExchangeLimitsAsync), c => c.ExchangeLimitsAsync(), "GET", "/users/self/exchange-limits", "", null, true));
        Add("trading volumes", new(nameof(RestClient.TradingVolumesAsync), c => c.TradingVolumesAsync("user-1"), "GET", "/users/user-1/trading-volumes", "", null, true));
        Add("settlement preference", new(nameof(RestClient.SetSettlementPreferenceAsync), c => c.SetSettlementPreferenceAsync(SettlementPreference.OptOut),
            "POST", "/users/self/settlement-preferences", "", """{"settlement_preference":"opt-out"}""", true));

        // Wrapped assets: the figures are public, stake-wraps and redeems private.
        Add("wrapped assets", new(nameof(RestClient.WrappedAssetsAsync), c => c.WrappedAssetsAsync(), "GET", "/wrapped-assets", "", null, false, """{"wrapped_assets":[]}"""));
        Add("wrapped asset", new(nameof(RestClient.WrappedAssetAsync), c => c.WrappedAssetAsync("CBETH"), "GET", "/wrapped-assets/CBETH", "", null, false));
        Add("wrapped asset conversion rate", new(nameof(RestClient.WrappedAssetConversionRateAsync), c => c.WrappedAssetConversionRateAsync("CBETH"), "GET", "/wrapped-assets/CBETH/conversion-rate", "", null, false));
        Add("create stake-wrap", new(nameof(RestClient.CreateStakeWrapAsync), c => c.CreateStakeWrapAsync("ETH", "CBETH", 1.5m),
            "POST", "/wrapped-assets/stake-wrap", "", """{"from_currency":"ETH","to_currency":"CBETH","amount":"1.5"}""", true));
        Add("stake-wraps", new(nameof(RestClient.StakeWrapsAsync), c => c.StakeWrapsAsync("ETH", "CBETH", "completed", 20),
            "GET", "/wrapped-assets/stake-wrap", "limit=20&from=ETH&to=CBETH&status=completed", null, true, "[]"));
        Add("stake-wrap", new(nameof(RestClient.StakeWrapAsync), c => c.StakeWrapAsync("sw-1"), "GET", "/wrapped-assets/stake-wrap/sw-1", "", null, true));
        Add("redeem", new(nameof(RestClient.RedeemWrappedAssetAsync), c => c.RedeemWrappedAssetAsync("CBETH", "ETH", 0.25m, "idem-1"),
            "POST", "/wrapped-assets/redeem", "", """{"from_currency":"CBETH","to_currency":"ETH","amount":"0.25","idem":"idem-1"}""", true, """{"redeem":{"id":"r-1"}}"""));
        Add("redeems", new(nameof(RestClient.WrappedAssetRedeemsAsync), c => c.WrappedAssetRedeemsAsync(toCurrency: "ETH"), "GET", "/wrapped-assets/redeem", "limit=100&to_currency=ETH", null, true, "[]"));
        Add("redeem by id", new(nameof(RestClient.WrappedAssetRedeemAsync), c => c.WrappedAssetRedeemAsync("r-1"), "GET", "/wrapped-assets/redeem/r-1", "", null, true));

        // Loans.
        Add("loans", new(nameof(RestClient.LoansAsync), c => c.LoansAsync(), "GET", "/loans", "", null, true, "[]"));
        Add("loans by id", new(nameof(RestClient.LoansAsync), c => c.LoansAsync(["l-1", "l-2"]), "GET", "/loans", "ids=l-1&ids=l-2", null, true, "[]"));
        Add("loan assets", new(nameof(RestClient.LoanAssetsAsync), c => c.LoanAssetsAsync(), "GET", "/loans/assets", "", null, true));
        Add("loan interest summaries", new(nameof(RestClient.LoanInterestSummariesAsync), c => c.LoanInterestSummariesAsync(), "GET", "/loans/interest", "", null, true, "[]"));
        Add("loan interest charges", new(nameof(RestClient.LoanInterestChargesAsync), c => c.LoanInterestChargesAsync("l-1"), "GET", "/loans/interest/l-1", "", null, true, "[]"));
        Add("loan interest history", new(nameof(RestClient.LoanInterestHistoryAsync), c => c.LoanInterestHistoryAsync("l-1"), "GET", "/loans/interest/history/l-1", "", null, true, "[]"));
        Add("lending overview", new(nameof(RestClient.LendingOverviewAsync), c => c.LendingOverviewAsync(), "GET", "/loans/lending-overview", "", null, true));
        Add("loan preview", new(nameof(RestClient.LoanPreviewAsync), c => c.LoanPreviewAsync("USDC", 1000m), "GET", "/loans/loan-preview", "currency=USDC&native_amount=1000", null, true));
        Add("open loan", new(nameof(RestClient.OpenLoanAsync), c => c.OpenLoanAsync(new OpenLoanRequest("USDC", 1000m)
            {
                LoanId = "q-1",
                InterestRate = 0.05m,
                TermStartDate = NewYear,
                TermEndDate = NewYear.AddDays(365),
                ProfileId = "prof-1",
            }),
            "POST", "/loans/open", "",
            """{"loan_id":"q-1","currency":"USDC","native_amount":"1000","interest_rate":"0.05","term_start_date":"2024-01-01T00:00:00Z","term_end_date":"2024-12-31T00:00:00Z","profile_id":"prof-1"}""",
            true, """{"loan":{"id":"l-1"}}"""));
        Add("loan options", new(nameof(RestClient.LoanOptionsAsync), c => c.LoanOptionsAsync(), "GET", "/loans/options", "", null, true, "[]"));
        Add("repay interest", new(nameof(RestClient.RepayLoanInterestAsync), c => c.RepayLoanInterestAsync("USDC", 12.34m, "prof-1", "idem-2"),
            "POST", "/loans/repay-interest", "", """{"idem":"idem-2","from_profile_id":"prof-1","currency":"USDC","native_amount":"12.34"}""", true, """{"repayment":{"id":"rp-1"}}"""));
        Add("repay principal", new(nameof(RestClient.RepayLoanPrincipalAsync), c => c.RepayLoanPrincipalAsync("l-1", "USDC", 500m),
            "POST", "/loans/repay-principal", "", """{"loan_id":"l-1","currency":"USDC","native_amount":"500"}""", true, """{"repayment":{"id":"rp-2"}}"""));
        Add("repayment preview", new(nameof(RestClient.RepaymentPreviewAsync), c => c.RepaymentPreviewAsync("l-1", "USDC", 500m),
            "GET", "/loans/repayment-preview", "loan_id=l-1&currency=USDC&native_amount=500", null, true));

        // Futures margin.
        Add("margin auto-loan", new(nameof(RestClient.MarginAutoLoanAsync), c => c.MarginAutoLoanAsync(), "GET", "/margin/auto-loan", "", null, true));
        Add("set margin auto-loan", new(nameof(RestClient.SetMarginAutoLoanAsync), c => c.SetMarginAutoLoanAsync(true), "POST", "/margin/auto-loan", "", """{"auto_loan":true}""", true));
        Add("usdc margin", new(nameof(RestClient.UsdcMarginAsync), c => c.UsdcMarginAsync(), "GET", "/margin/usdc", "", null, true));
        Add("set usdc margin", new(nameof(RestClient.SetUsdcMarginAsync), c => c.SetUsdcMarginAsync(false), "POST", "/margin/usdc", "", """{"enabled":false}""", true));

        return cases;
    }
}
