using CoPrA.Rest;
using static CoPrA.Tests.Rest.RestTestHarness;

namespace CoPrA.Tests.Rest;

/// <summary>Payment methods, Coinbase wallets, deposits and withdrawals: signed.</summary>
public class TransfersTests
{
    [Fact]
    public async Task PaymentMethodsAsync_gets_payment_methods_signed_keeping_limits()
    {
        using var harness = Authenticated();
        harness.Reply(HttpMethod.Get, "/payment-methods", """
            [{"id": "bc6d7162-d984-5ffa-963c-a493b1c1370b", "type": "ach_bank_account", "name": "Bank of America - eBan... *****7134",
              "currency": "USD", "primary_buy": true, "primary_sell": true, "allow_buy": true, "allow_sell": true,
              "allow_deposit": true, "allow_withdraw": false,
              "limits": {"buy": [{"period_in_days": 1, "total": {"amount": "10000.00", "currency": "USD"},
                                  "remaining": {"amount": "10000.00", "currency": "USD"}}]}}]
            """);

        var methods = await harness.Client.PaymentMethodsAsync();

        AssertSigned(harness.AssertSent(HttpMethod.Get, "/payment-methods?" + NoCache));
        var method = Assert.Single(methods);
        Assert.Equal("bc6d7162-d984-5ffa-963c-a493b1c1370b", method.Id);
        Assert.Equal("ach_bank_account", method.Type);
        Assert.Equal("Bank of America - eBan... *****7134", method.Name);
        Assert.Equal("USD", method.Currency);
        Assert.True(method.PrimaryBuy);
        Assert.True(method.AllowDeposit);
        Assert.False(method.AllowWithdraw);
        Assert.Equal(1, method.ExtensionData!["limits"].GetProperty("buy")[0].GetProperty("period_in_days").GetInt32());
    }

    [Fact]
    public async Task CoinbaseAccountsAsync_gets_wallets_signed_keeping_wire_details()
    {
        using var harness = Authenticated();
        harness.Reply(HttpMethod.Get, "/coinbase-accounts", """
            [{"id": "fc3a8a57-7142-542d-8436-95a3d82e1622", "name": "ETH Wallet", "balance": "0.00000000", "currency": "ETH",
              "type": "wallet", "primary": false, "active": true},
             {"id": "2ae3354e-f1c3-5771-8a37-6228e9d239db", "name": "USD Wallet", "balance": "12.50", "currency": "USD",
              "type": "fiat", "primary": false, "active": true,
              "wire_deposit_information": {"account_number": "0199003122", "routing_number": "026013356",
                "bank_name": "Metropolitan Commercial Bank", "bank_country": {"code": "US", "name": "United States"},
                "reference": "BAOCAEUX"}}]
            """);

        var wallets = await harness.Client.CoinbaseAccountsAsync();

        AssertSigned(harness.AssertSent(HttpMethod.Get, "/coinbase-accounts?" + NoCache));
        Assert.Equal(2, wallets.Count);
        Assert.Equal("ETH Wallet", wallets[0].Name);
        Assert.Equal(0m, wallets[0].Balance);
        Assert.Equal("wallet", wallets[0].Type);
        Assert.False(wallets[0].Primary);
        Assert.True(wallets[0].Active);
        Assert.Equal(12.50m, wallets[1].Balance);
        Assert.Equal("BAOCAEUX", wallets[1].ExtensionData!["wire_deposit_information"].GetProperty("reference").GetString());
    }

    public static TheoryData<string, string, string> Moves => new()
    {
        { "deposit-payment-method", "/deposits/payment-method", "payment_method_id" },
        { "deposit-coinbase", "/deposits/coinbase-account", "coinbase_account_id" },
        { "withdraw-payment-method", "/withdrawals/payment-method", "payment_method_id" },
        { "withdraw-coinbase", "/withdrawals/coinbase-account", "coinbase_account_id" },
        { "withdraw-crypto", "/withdrawals/crypto", "crypto_address" },
    };

    [Theory]
    [MemberData(nameof(Moves))]
    public async Task Deposits_and_withdrawals_post_amount_currency_and_target_signed(string call, string path, string targetKey)
    {
        using var harness = Authenticated();
        harness.Reply(HttpMethod.Post, path, """
            {"id": "593533d2-ff31-46e0-b22e-ca754147a96a", "amount": "10.00", "currency": "USD", "payout_at": "2016-08-20T00:31:09Z",
             "fee": "0.15", "subtotal": "9.85", "network": "ethereum"}
            """);

        var receipt = await Move(harness.Client, call, 10.00m, "USD", "bc6d7162-d984-5ffa-963c-a493b1c1370b");

        AssertSigned(harness.AssertSent(HttpMethod.Post, path,
            $$"""{"amount":"10.00","currency":"USD","{{targetKey}}":"bc6d7162-d984-5ffa-963c-a493b1c1370b"}"""));
        Assert.Equal("593533d2-ff31-46e0-b22e-ca754147a96a", receipt.Id);
        Assert.Equal(10m, receipt.Amount);
        Assert.Equal("USD", receipt.Currency);
        Assert.Equal(new DateTimeOffset(2016, 8, 20, 0, 31, 9, TimeSpan.Zero), receipt.PayoutAt);
        Assert.Equal(0.15m, receipt.Fee);
        Assert.Equal(9.85m, receipt.Subtotal);
        Assert.Equal("ethereum", receipt.ExtensionData!["network"].GetString());
    }

    [Fact]
    public async Task A_receipt_without_payout_time_parses()
    {
        using var harness = Authenticated();
        harness.Reply(HttpMethod.Post, "/withdrawals/crypto", """{"id": "593533d2-ff31-46e0-b22e-ca754147a96a", "amount": "0.1", "currency": "BTC"}""");

        var receipt = await harness.Client.WithdrawCryptoAsync(0.1m, "BTC", "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq");

        harness.AssertSent(HttpMethod.Post, "/withdrawals/crypto",
            """{"amount":"0.1","currency":"BTC","crypto_address":"bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq"}""");
        Assert.Null(receipt.PayoutAt);
        Assert.Null(receipt.ExtensionData);
    }

    public static TheoryData<string, string> TargetParams => new()
    {
        { "deposit-payment-method", "paymentMethodId" },
        { "deposit-coinbase", "coinbaseAccountId" },
        { "withdraw-payment-method", "paymentMethodId" },
        { "withdraw-coinbase", "coinbaseAccountId" },
        { "withdraw-crypto", "cryptoAddress" },
    };

    public static TheoryData<string> MoveCalls => ["deposit-payment-method", "deposit-coinbase", "withdraw-payment-method", "withdraw-coinbase", "withdraw-crypto"];

    [Theory]
    [MemberData(nameof(MoveCalls))]
    public async Task Moves_reject_an_amount_that_is_not_positive(string call)
    {
        foreach (decimal amount in new[] { 0m, -10m })
        {
            using var harness = Authenticated();
            await harness.AssertRejectedAsync<ArgumentOutOfRangeException>(c => Move(c, call, amount, "USD", "target"), "amount", "amount must be greater than zero.");
        }
    }

    [Theory]
    [MemberData(nameof(MoveCalls))]
    public async Task Moves_reject_an_empty_currency(string call)
    {
        using var harness = Authenticated();
        await harness.AssertRejectedAsync<ArgumentException>(c => Move(c, call, 1m, "", "target"), "currency");
    }

    [Theory]
    [MemberData(nameof(TargetParams))]
    public async Task Moves_reject_an_empty_target(string call, string targetParam)
    {
        using var harness = Authenticated();
        await harness.AssertRejectedAsync<ArgumentException>(c => Move(c, call, 1m, "USD", " "), targetParam);
    }

    [Theory]
    [MemberData(nameof(TargetParams))]
    public async Task Moves_reject_a_null_target(string call, string targetParam)
    {
        using var harness = Authenticated();
        await harness.AssertRejectedAsync<ArgumentNullException>(c => Move(c, call, 1m, "USD", null!), targetParam);
    }

    private static Task<TransferReceipt> Move(RestClient client, string call, decimal amount, string currency, string target) => call switch
    {
        "deposit-payment-method" => client.DepositPaymentMethodAsync(amount, currency, target),
        "deposit-coinbase" => client.DepositCoinbaseAsync(amount, currency, target),
        "withdraw-payment-method" => client.WithdrawPaymentMethodAsync(amount, currency, target),
        "withdraw-coinbase" => client.WithdrawCoinbaseAsync(amount, currency, target),
        "withdraw-crypto" => client.WithdrawCryptoAsync(amount, currency, target),
        _ => throw new ArgumentOutOfRangeException(nameof(call)),
    };
}
