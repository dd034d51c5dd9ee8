namespace CoPrA.Tests.AdvancedTrade;

/// <summary>list_payment_methods and get_payment_method.</summary>
public sealed class PaymentMethodsTests
{
    private const string MethodJson = """
        {"id":"8bfc20d7-f7c6-4422-bf07-8243ca4169fe","type":"ACH","name":"ALLY BANK ******1234","currency":"USD","verified":true,
         "allow_buy":true,"allow_sell":true,"allow_deposit":true,"allow_withdraw":true,"created_at":"2021-05-31T09:59:59Z","updated_at":"2021-05-31T09:59:59Z"}
        """;

    [Theory]
    [InlineData(TestKey.Ecdsa)]
    [InlineData(TestKey.Ed25519)]
    public async Task List_payment_methods_returns_every_method(TestKey key)
    {
        using var harness = new AdvancedTradeTestHarness(key);
        harness.Reply(HttpMethod.Get, "/api/v3/brokerage/payment_methods", $$"""{"payment_methods":[{{MethodJson}}]}""");

        var answer = await harness.Client.ListPaymentMethodsAsync();

        harness.AssertSent(HttpMethod.Get, "/api/v3/brokerage/payment_methods");
        var method = Assert.Single(answer.PaymentMethods);
        Assert.Equal("ACH", method.Type);
        Assert.True(method.AllowWithdraw);
    }

    [Theory]
    [InlineData(TestKey.Ecdsa)]
    [InlineData(TestKey.Ed25519)]
    public async Task Get_payment_method_returns_the_method(TestKey key)
    {
        using var harness = new AdvancedTradeTestHarness(key);
        harness.Reply(HttpMethod.Get, "/api/v3/brokerage/payment_methods/8bfc20d7-f7c6-4422-bf07-8243ca4169fe", $$"""{"payment_method":{{MethodJson}}}""");

        var answer = await harness.Client.GetPaymentMethodAsync("8bfc20d7-f7c6-4422-bf07-8243ca4169fe");

        harness.AssertSent(HttpMethod.Get, "/api/v3/brokerage/payment_methods/8bfc20d7-f7c6-4422-bf07-8243ca4169fe");
        Assert.Equal("USD", answer.PaymentMethod!.Currency);
        Assert.Equal("ALLY BANK ******1234", answer.PaymentMethod.Name);
    }

    [Theory]
    [InlineData("")]
    [InlineData("..")]
    public async Task Get_payment_method_refuses_an_empty_or_path_changing_id(string id)
    {
        using var harness = new AdvancedTradeTestHarness();

        await harness.AssertRejectedAsync<ArgumentException>(client => client.GetPaymentMethodAsync(id), "paymentMethodId");
    }
}
