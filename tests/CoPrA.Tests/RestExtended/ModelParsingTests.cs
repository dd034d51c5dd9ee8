using System.Net;
using CoPrA.Rest;

namespace CoPrA.Tests.RestExtended;

/// <summary>Realistic answers of the endpoints beyond CoPrA parse into typed records.</summary>
public class ModelParsingTests
{
    private static readonly DateTimeOffset March15 = new(2024, 3, 15, 23, 40, 4, 505, TimeSpan.Zero);

    private static async Task<T> ParseAsync<T>(string json, Func<RestClient, Task<T>> call, params (string Name, string Value)[] headers)
    {
        using var exchange = new RecordingExchange(_ => RecordingExchange.Json(json, HttpStatusCode.OK, headers));
        return await call(exchange.Client);
    }

    [Fact]
    public async Task Product_volume()
    {
        var volumes = await ParseAsync("""
            [{"id":"BTC-USD","base_currency":"BTC","quote_currency":"USD","display_name":"BTC-USD","market_types":["spot","rfq"],
              "spot_volume_24hour":"12345.67890123","spot_volume_30day":"400000.5","rfq_volume_24hour":"10.5","rfq_volume_30day":"300",
              "conversion_volume_24hour":"0","conversion_volume_30day":"","new_field":true}]
            """, c => c.VolumeSummaryAsync());

        var volume = Assert.Single(volumes);
        Assert.Equal("BTC-USD", volume.Id);
        Assert.Equal(["spot", "rfq"], volume.MarketTypes);
        Assert.Equal(12345.67890123m, volume.SpotVolume24Hour);
        Assert.Equal(400000.5m, volume.SpotVolume30Day);
        Assert.Equal(10.5m, volume.RfqVolume24Hour);
        Assert.Equal(300m, volume.RfqVolume30Day);
        Assert.Equal(0m, volume.ConversionVolume24Hour);
        Assert.Null(volume.ConversionVolume30Day);
        Assert.True(volume.ExtensionData!["new_field"].GetBoolean());
    }

    [Fact]
    public async Task Product_and_currency()
    {
        var product = await ParseAsync("""
            {"id":"ETH-USD","base_currency":"ETH","quote_currency":"USD","quote_increment":"0.01","base_increment":"0.00000001","display_name":"ETH-USD",
             "min_market_funds":"1","margin_enabled":false,"post_only":false,"limit_only":false,"cancel_only":false,"status":"online","status_message":"",
             "auction_mode":false,"trading_disabled":false,"fx_stablecoin":false,"max_slippage_percentage":"0.02000000","high_bid_limit_percentage":""}
            """, c => c.ProductAsync("ETH-USD"));
        Assert.Equal("ETH", product.BaseCurrency);
        Assert.Equal(0.01m, product.QuoteIncrement);
        Assert.Equal(0.02m, product.MaxSlippagePercentage);
        Assert.Null(product.HighBidLimitPercentage);

        var currency = await ParseAsync("""
            {"id":"ETH","name":"Ethereum","min_size":"0.00000001","status":"online","message":"","max_precision":"0.00000001","convertible_to":[],
             "details":{"type":"crypto","symbol":"","network_confirmations":14,"sort_order":54,"crypto_address_link":"https://etherscan.io/address/{{address}}",
                        "push_payment_methods":[],"min_withdrawal_amount":0.0001,"max_withdrawal_amount":7450},
             "default_network":"ethereum",
             "supported_networks":[{"id":"ethereum","name":"Ethereum","status":"online","contract_address":"","min_withdrawal_amount":0.0001,
                                    "max_withdrawal_amount":7450,"network_confirmations":14,"processing_time_seconds":0}]}
            """, c => c.CurrencyAsync("ETH"));
        Assert.Equal("Ethereum", currency.Name);
        Assert.Equal(14, currency.Details!.NetworkConfirmations);
        Assert.Equal(7450m, currency.Details.MaxWithdrawalAmount);
        Assert.Equal("ethereum", Assert.Single(currency.SupportedNetworks!).Id);
    }

    [Fact]
    public async Task Transfers_with_both_timestamp_styles_details_cursors_and_an_unknown_type()
    {
        var (transfers, before, after) = await ParseAsync("""
            [{"id":"19ac524d-8827-4246-a1b2-18dc5ca9472c","type":"withdraw","created_at":"2024-03-15 23:40:04.505+00","completed_at":"2024-03-15T23:45:00.1Z",
              "canceled_at":null,"processed_at":"2024-03-15T23:44:00Z","user_nonce":"1710546004","amount":"1.00000000","currency":"ETH",
              "details":{"crypto_address":"0x5ad5769cd04681FeD900BCE3DDc877B50E83d469","crypto_transaction_hash":"0xabc","network":"ethereum","sent_to_address":"0x5ad5"}},
             {"id":"t-2","type":"quantum_teleport","amount":"2","currency":"USD","details":{"coinbase_account_id":"cb-1","coinbase_transaction_id":"ct-1","coinbase_payment_method_id":"pm-1"}}]
            """, c => c.TransfersAsync(), ("CB-BEFORE", "2024-03-16T00:00:00Z"), ("CB-AFTER", "2024-03-15T23:40:04.505Z"));

        Assert.Equal("2024-03-16T00:00:00Z", before);
        Assert.Equal("2024-03-15T23:40:04.505Z", after);
        var withdrawal = transfers[0];
        Assert.Equal(TransferType.Withdraw, withdrawal.Type);
        Assert.Equal(March15, withdrawal.CreatedAt);
        Assert.Equal(new DateTimeOffset(2024, 3, 15, 23, 45, 0, 100, TimeSpan.Zero), withdrawal.CompletedAt);
        Assert.Null(withdrawal.CanceledAt);
        Assert.Equal(1m, withdrawal.Amount);
        Assert.Equal("1710546004", withdrawal.UserNonce);
        Assert.Equal("0xabc", withdrawal.Details!.CryptoTransactionHash);
        Assert.Equal("ethereum", withdrawal.Details.Network);
        Assert.Equal("0x5ad5", withdrawal.Details.ExtensionData!["sent_to_address"].GetString());
        Assert.Equal(TransferType.Unknown, transfers[1].Type);
        Assert.Equal("pm-1", transfers[1].Details!.CoinbasePaymentMethodId);
    }

    [Fact]
    public async Task Fee_estimate_and_travel_rule_result()
    {
        var estimate = await ParseAsync("""{"fee":"0.00042","fee_before_subsidy":"0.0011"}""", c => c.WithdrawalFeeEstimateAsync("ETH", "0xabc"));
        Assert.Equal(0.00042m, estimate.Fee);
        Assert.Equal(0.0011m, estimate.FeeBeforeSubsidy);

        var result = await ParseAsync("""{"message":"Travel rule data submitted"}""", c => c.SubmitTransferTravelRuleAsync("tr-1", new TransferTravelRuleRequest("Ada", "GB")));
        Assert.Equal("Travel rule data submitted", result.Message);
    }

    [Fact]
    public async Task Travel_rule_with_address()
    {
        var (rules, _, after) = await ParseAsync("""
            [{"id":"rule-1","created_at":"2024-03-15T23:40:04.505Z","address":"0xabc","originator_name":"Ada Lovelace","originator_country":"GB",
              "vasp_id":"vasp-9","vasp_country":"US","lei_number":"5493001KJTIIGC8Y1R12",
              "originator_address":{"address_1":"1 Main St","address_2":"","city":"London","state":"","country":"GB","postal_code":"N1 9GU"}}]
            """, c => c.TravelRulesAsync(), ("cb-after", "rule-1"));

        Assert.Equal("rule-1", after);
        var rule = Assert.Single(rules);
        Assert.Equal(March15, rule.CreatedAt);
        Assert.Equal("Ada Lovelace", rule.OriginatorName);
        Assert.Equal("1 Main St", rule.OriginatorAddress!.Address1);
        Assert.Equal("N1 9GU", rule.OriginatorAddress.PostalCode);
    }

    [Fact]
    public async Task Address_book_entries_listed_and_added()
    {
        var listed = await ParseAsync("""
            [{"id":"ab-1","address":"rAddr","destination_tag":"12345","currency":"XRP","label":"tagged","address_book_added_at":"2024-03-15T23:40:04.505Z",
              "is_verified_self_hosted_wallet":false,"vasp_id":"Kraken","business_name":"","business_country_code":"US"}]
            """, c => c.AddressBookAsync());
        var entry = Assert.Single(listed);
        Assert.Equal("12345", entry.DestinationTag);
        Assert.Equal(March15, entry.AddressBookAddedAt);
        Assert.Equal("Kraken", entry.VaspId);
        Assert.False(entry.IsVerifiedSelfHostedWallet);

        var added = await ParseAsync("""
            [{"id":"ab-2","address":"0xabc","address_info":{"address":"0xabc","display_address":"0xab…c","destination_tag":""},"currency":"ETH","label":"cold",
              "display_address":"0xab…c","address_booked":true,"address_book_added_at":"2024-03-15T23:40:04.505Z","address_book_entry_pending_until":"2024-03-17T23:40:04.505Z"}]
            """, c => c.AddAddressesAsync([new AddressBookEntryRequest("ETH", "0xabc", "cold")]));
        var addedEntry = Assert.Single(added);
        Assert.True(addedEntry.AddressBooked);
        Assert.Equal("0xab…c", addedEntry.AddressInfo!.DisplayAddress);
        Assert.Equal(March15.AddDays(2), addedEntry.AddressBookEntryPendingUntil);
    }

    [Fact]
    public async Task Generated_deposit_address()
    {
        var address = await ParseAsync("""
            {"id":"addr-1","address":"0x5ad5769cd04681FeD900BCE3DDc877B50E83d469","address_info":{"address":"0x5ad5769cd04681FeD900BCE3DDc877B50E83d469"},
             "name":"New exchange deposit address","created_at":"2024-03-15T23:40:04.505Z","updated_at":"2024-03-15T23:40:04.505Z","network":"ethereum",
             "uri_scheme":"ethereum","resource":"address","resource_path":"/v2/accounts/a/addresses/addr-1",
             "warnings":[{"title":"Only send ETH to this address","details":"Sending any other asset may result in permanent loss.","image_url":"https://example.test/eth.png"}],
             "deposit_uri":"ethereum:0x5ad5","exchange_deposit_address":true,"inline_warning":{"text":"Only send ETH"}}
            """, c => c.GenerateCryptoAddressAsync("cb-1"));
        Assert.Equal("0x5ad5769cd04681FeD900BCE3DDc877B50E83d469", address.AddressInfo!.Address);
        Assert.Equal(March15, address.CreatedAt);
        Assert.Equal("Only send ETH to this address", Assert.Single(address.Warnings!).Title);
        Assert.True(address.ExchangeDepositAddress);
        Assert.True(address.ExtensionData!.ContainsKey("inline_warning"));
    }

    [Fact]
    public async Task Conversions_and_conversion_fees()
    {
        var (conversions, _, _) = await ParseAsync("""
            [{"id":"conv-1","amount":"100.00","from_account_id":"acc-usd","to_account_id":"acc-usdc","from":"USD","to":"USDC","fee_amount":"0.01","created_at":"2024-03-15T23:40:04.505Z"}]
            """, c => c.ConversionsAsync());
        var conversion = Assert.Single(conversions);
        Assert.Equal(100m, conversion.Amount);
        Assert.Equal(0.01m, conversion.FeeAmount);
        Assert.Equal(March15, conversion.CreatedAt);

        var fees = await ParseAsync("""
            [{"from_currency":"USD","to_currency":"USDC","min_fee_rate":"0.0001","thirty_day_net_volume":"-2500000.5","available_credit":"1000",
              "fee_tiers":[{"from_amount":"0","to_amount":"1000000","fee_rate":"0"},{"from_amount":"1000000","to_amount":"","fee_rate":"0.0001"}]}]
            """, c => c.ConversionFeesAsync());
        var fee = Assert.Single(fees);
        Assert.Equal(-2500000.5m, fee.ThirtyDayNetVolume);
        Assert.Equal(2, fee.FeeTiers!.Count);
        Assert.Null(fee.FeeTiers[1].ToAmount);
        Assert.Equal(0.0001m, fee.FeeTiers[1].FeeRate);
    }

    [Fact]
    public async Task Profiles_and_reports()
    {
        var profiles = await ParseAsync("""
            [{"id":"prof-0","user_id":"user-1","name":"default","active":true,"is_default":true,"created_at":"2024-03-15T23:40:04.505Z"}]
            """, c => c.ProfilesAsync());
        var profile = Assert.Single(profiles);
        Assert.True(profile.IsDefault);
        Assert.Equal(March15, profile.CreatedAt);

        var reports = await ParseAsync("""
            [{"id":"rep-1","type":"fills","created_at":"2024-03-15T23:40:04.505Z","completed_at":"2024-03-15T23:41:00Z","expires_at":"2024-04-15T23:41:00Z",
              "status":"ready","user_id":"user-1","file_url":"https://example.test/report.csv","file_count":"1",
              "params":{"start_date":"2024-03-01T00:00:00Z","end_date":"2024-03-15T00:00:00Z","format":"csv","product_id":"BTC-USD","profile_id":"prof-0","email":"a@example.test","user":{}}}]
            """, c => c.ReportsAsync());
        var report = Assert.Single(reports);
        Assert.Equal(ReportType.Fills, report.Type);
        Assert.Equal(ReportStatus.Ready, report.Status);
        Assert.Equal(1, report.FileCount);
        Assert.True(report.ExtensionData!.ContainsKey("params"));
    }

    [Fact]
    public async Task Exchange_limits_trading_volumes_and_settlement_preference()
    {
        var limits = await ParseAsync("""
            {"transfer_limits":{"exchange_withdraw":{"USD":{"max":"1000000","remaining":"999000.5","period_in_days":1},"BTC":{"max":"50","remaining":"50","period_in_days":7}}},"limit_currency":"USD"}
            """, c => c.ExchangeLimitsAsync());
        Assert.Equal("USD", limits.LimitCurrency);
        var usd = limits.TransferLimits!.ExchangeWithdraw!["USD"];
        Assert.Equal(999000.5m, usd.Remaining);
        Assert.Equal(1, usd.PeriodInDays);
        Assert.Equal(7, limits.TransferLimits.ExchangeWithdraw["BTC"].PeriodInDays);

        var volumes = await ParseAsync("""
            {"aggregated_data":{"activity_metrics":{"start_date":"2024-02-15","end_date":"2024-03-15","maker_volume_notional_usd":"1500000.25",
               "maker_volume_relative_percentage":"0.0125","taker_volume_notional_usd":"20","total_exchange_volume_rank":"42","liquidity_program_tier":"2"}},
             "individual_data":[{"email":"a@example.test","activity_metrics":{"maker_volume_notional_usd":"100","maker_rank":"N/A"}}]}
            """, c => c.TradingVolumesAsync());
        var aggregated = volumes.AggregatedData!.ActivityMetrics!;
        Assert.Equal(1500000.25m, aggregated.MakerVolumeNotionalUsd);
        Assert.Equal(0.0125m, aggregated.MakerVolumeRelativePercentage);
        Assert.Equal("42", aggregated.TotalExchangeVolumeRank);
        Assert.Equal("2024-02-15", aggregated.StartDate);
        var member = Assert.Single(volumes.IndividualData!);
        Assert.Equal("a@example.test", member.Email);
        Assert.Equal("N/A", member.ActivityMetrics!.MakerRank);

        var preference = await ParseAsync("""{"settlement_preference":"USDC"}""", c => c.SetSettlementPreferenceAsync(SettlementPreference.Usdc));
        Assert.Equal(SettlementPreference.Usdc, preference.SettlementPreference);
    }

    [Fact]
    public async Task Wrapped_assets_stake_wraps_and_redeems()
    {
        var assets = await ParseAsync("""
            {"wrapped_assets":[{"id":"CBETH","circulating_supply":"1154616.01","total_supply":"1200000","conversion_rate":"1.0741","apy":"0.0307","redeem_time_estimate_days":"3"}]}
            """, c => c.WrappedAssetsAsync());
        var asset = Assert.Single(assets);
        Assert.Equal("CBETH", asset.Id);
        Assert.Equal(1.0741m, asset.ConversionRate);
        Assert.Equal(3m, asset.RedeemTimeEstimateDays);

        var rate = await ParseAsync("""{"amount":"1.0741"}""", c => c.WrappedAssetConversionRateAsync("CBETH"));
        Assert.Equal(1.0741m, rate.Amount);

        var wrap = await ParseAsync("""
            {"id":"sw-1","from_amount":"1.5","to_amount":"1.3965","from_account_id":"acc-eth","to_account_id":"acc-cbeth","from_currency":"ETH","to_currency":"CBETH",
             "status":"completed","conversion_rate":"0.931","created_at":"2024-03-15T23:40:04.505Z","completed_at":"2024-03-15T23:41:04.505Z","canceled_at":null}
            """, c => c.StakeWrapAsync("sw-1"));
        Assert.Equal(1.3965m, wrap.ToAmount);
        Assert.Equal("completed", wrap.Status);
        Assert.Equal(March15.AddMinutes(1), wrap.CompletedAt);
        Assert.Null(wrap.CanceledAt);

        var redeem = await ParseAsync("""
            {"redeem":{"id":"r-1","from_amount":"0.25","to_amount":"0.2685","from_currency":"CBETH","to_currency":"ETH","status":"pending","conversion_rate":"1.0741",
                       "created_at":"2024-03-15T23:40:04.505Z","completed_at":null,"canceled_at":null,"idem":"idem-1"}}
            """, c => c.RedeemWrappedAssetAsync("CBETH", "ETH", 0.25m, "idem-1"));
        Assert.Equal("r-1", redeem.Id);
        Assert.Equal(0.2685m, redeem.ToAmount);
        Assert.Equal("idem-1", redeem.Idem);
    }

    [Fact]
    public async Task Loans_and_their_interest()
    {
        var loans = await ParseAsync("""
            [{"id":"l-1","currency":"USDC","principal_amount":"1000","outstanding_principal_amount":"500.5","interest_rate":"0.0525","interest_currency":"USDC",
              "status":"loan_active","effective_at":"2024-03-15T23:40:04.505Z","closed_at":null,"term_start_date":"2024-03-15T23:40:04.505Z","term_end_date":"2025-03-15T23:40:04.505Z"},
             {"id":"l-2","status":"loan_restructured"}]
            """, c => c.LoansAsync());
        Assert.Equal(LoanStatus.Active, loans[0].Status);
        Assert.Equal(500.5m, loans[0].OutstandingPrincipalAmount);
        Assert.Equal(0.0525m, loans[0].InterestRate);
        Assert.Equal(March15.AddYears(1), loans[0].TermEndDate);
        Assert.Equal(LoanStatus.Unknown, loans[1].Status);

        var assets = await ParseAsync("""
            {"collateral_assets":{"BTC":{"haircut":"0.2"}},"diversification_ratio":"0.65","borrowable_assets":["USDC","USD"]}
            """, c => c.LoanAssetsAsync());
        Assert.Equal(0.65m, assets.DiversificationRatio);
        Assert.Equal(["USDC", "USD"], assets.BorrowableAssets);
        Assert.Equal("0.2", assets.CollateralAssets!["BTC"].GetProperty("haircut").GetString());

        var summary = Assert.Single(await ParseAsync("""
            [{"currency":"USDC","current_owed":"4.25","last_payment_date":"2024-03-01T00:00:00Z","payment_status":"PAID_PAYMENT","last_payment_amount":"4.1",
              "prior_period_overdue":"0","current_interest_due_date":"2024-04-01T00:00:00Z"}]
            """, c => c.LoanInterestSummariesAsync()));
        Assert.Equal(LoanPaymentStatus.Paid, summary.PaymentStatus);
        Assert.Equal(4.25m, summary.CurrentOwed);

        var charge = Assert.Single(await ParseAsync("""
            [{"date":"2024-03-15T00:00:00Z","currency":"USDC","principal_amount":"1000","interest_rate":"0.0525","interest_accrued":"0.1438"}]
            """, c => c.LoanInterestChargesAsync("l-1")));
        Assert.Equal(0.1438m, charge.InterestAccrued);

        var rate = Assert.Single(await ParseAsync("""[{"interest_rate":"0.05","effective_at":"2024-03-15T23:40:04.505Z"}]""", c => c.LoanInterestHistoryAsync("l-1")));
        Assert.Equal(0.05m, rate.InterestRate);
        Assert.Equal(March15, rate.EffectiveAt);
    }

    [Fact]
    public async Task Lending_overview_previews_options_and_repayments()
    {
        const string Metrics = """
            {"open_loan_value":"1000","collateral_value":"2500","collateralization_percentage":"250","available_to_borrow":"750",
             "available_per_asset":{"USDC":{"native":"750","notional":"750"}},"withdrawal_restricted":false,"credit_limit_value":"2000",
             "available_credit_value":"1000","initial_margin_percentage":"0.5","minimum_margin_percentage":"0.3","unlock_margin_percentage":"0.7"}
            """;
        var overview = await ParseAsync($$$"""{"overview":{{{Metrics}}},"loans":[{"id":"l-1","status":"loan_pending"}]}""", c => c.LendingOverviewAsync());
        Assert.Equal(2500m, overview.Overview!.CollateralValue);
        Assert.Equal(750m, overview.Overview.AvailablePerAsset!["USDC"].Notional);
        Assert.False(overview.Overview.WithdrawalRestricted);
        Assert.Equal(LoanStatus.Pending, Assert.Single(overview.Loans!).Status);

        var preview = await ParseAsync($$$"""{"before":{{{Metrics}}},"after":{"open_loan_value":"2000","available_to_borrow":"0"}}""", c => c.LoanPreviewAsync("USDC", 1000m));
        Assert.Equal(1000m, preview.Before!.OpenLoanValue);
        Assert.Equal(0m, preview.After!.AvailableToBorrow);

        var option = Assert.Single(await ParseAsync("""[{"currency":"USDC","max_principal_amount":{"native":"750","notional":"750.00"},"interest_rate":"0.0525"}]""", c => c.LoanOptionsAsync()));
        Assert.Equal(750m, option.MaxPrincipalAmount!.Native);

        var principal = await ParseAsync("""
            {"repayment":{"id":"rp-1","loan_id":"l-1","native_amount":"500","initial_native_amount":"500","status":"REPAYMENT_COMPLETED","type":"PRINCIPAL_RETURN"}}
            """, c => c.RepayLoanPrincipalAsync("l-1", "USDC", 500m));
        Assert.Equal(RepaymentStatus.Completed, principal.Status);
        Assert.Equal(RepaymentType.PrincipalReturn, principal.Type);
        Assert.Equal("l-1", principal.LoanId);

        var interest = await ParseAsync("""{"repayment":{"id":"rp-2","native_amount":"4.25","status":"REPAYMENT_PENDING","type":"INTEREST_PAYMENT"}}""", c => c.RepayLoanInterestAsync("USDC", 4.25m));
        Assert.Equal(RepaymentType.InterestPayment, interest.Type);
        Assert.Null(interest.LoanId);

        var opened = await ParseAsync("""{"loan":{"id":"l-3","currency":"USDC","principal_amount":"1000","status":"loan_pending"}}""", c => c.OpenLoanAsync(new OpenLoanRequest("USDC", 1000m)));
        Assert.Equal("l-3", opened.Id);
        Assert.Equal(1000m, opened.PrincipalAmount);
    }

    [Fact]
    public async Task Margin_settings()
    {
        Assert.True((await ParseAsync("""{"auto_loan":true}""", c => c.MarginAutoLoanAsync())).AutoLoan);
        Assert.False((await ParseAsync("""{"enabled":false}""", c => c.SetUsdcMarginAsync(false))).Enabled);
    }

    [Fact]
    public async Task An_answer_without_its_wrapping_member_is_an_api_error()
    {
        var error = await Assert.ThrowsAsync<ApiRequestException>(() => ParseAsync("""{"message":"ok","loan":null}""", c => c.OpenLoanAsync(new OpenLoanRequest("USDC", 1m))));
        Assert.Contains("'loan'", error.Message, StringComparison.Ordinal);
        Assert.Contains("\"message\":\"ok\"", error.Body, StringComparison.Ordinal);

        await Assert.ThrowsAsync<ApiRequestException>(() => ParseAsync("{}", c => c.WrappedAssetsAsync()));
    }

    [Fact]
    public async Task An_error_status_surfaces_as_an_api_error_with_the_server_message()
    {
        using var exchange = new RecordingExchange(_ => RecordingExchange.Json("""{"message":"Profile not found"}""", HttpStatusCode.NotFound));
        var error = await Assert.ThrowsAsync<ApiRequestException>(() => exchange.Client.ProfileAsync("prof-x"));
        Assert.Equal(HttpStatusCode.NotFound, error.StatusCode);
        Assert.Equal("Profile not found [404]", error.ToString());
    }
}
