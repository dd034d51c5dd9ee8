using System.Text.Json;

namespace CoPrA.Sandbox.Rest.Wire;

/// <summary>The funding answers: payment methods, wallets, transfers, conversions, fees, trailing volume, reports.</summary>
internal static class FundingWire
{
    private static readonly DateTimeOffset BankLinkedAt = new(2019, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static void PaymentMethod(Utf8JsonWriter writer, PaymentMethod method)
    {
        writer.WriteStartObject();
        writer.WriteString("id", method.Id);
        writer.WriteOptional("type", method.Type);
        writer.WriteOptional("name", method.Name);
        writer.WriteOptional("currency", method.Currency);
        writer.WriteOptional("primary_buy", method.PrimaryBuy);
        writer.WriteOptional("primary_sell", method.PrimarySell);
        writer.WriteOptional("allow_buy", method.AllowBuy);
        writer.WriteOptional("allow_sell", method.AllowSell);
        writer.WriteOptional("allow_deposit", method.AllowDeposit);
        writer.WriteOptional("allow_withdraw", method.AllowWithdraw);

        // The sandbox's one bank account: verified, no instant trades, money available at once.
        writer.WriteBoolean("instant_buy", false);
        writer.WriteBoolean("instant_sell", false);
        writer.WriteInstant("created_at", BankLinkedAt);
        writer.WriteInstant("updated_at", BankLinkedAt);
        writer.WriteBoolean("verified", true);
        writer.WriteNumber("hold_business_days", 0);
        writer.WriteNumber("hold_days", 0);
        writer.WriteEndObject();
    }

    public static void CoinbaseAccount(Utf8JsonWriter writer, CoinbaseAccount wallet)
    {
        writer.WriteStartObject();
        writer.WriteString("id", wallet.Id);
        writer.WriteOptional("name", wallet.Name);
        writer.WriteOptional("balance", wallet.Balance);
        writer.WriteOptional("currency", wallet.Currency);
        writer.WriteOptional("type", wallet.Type);
        writer.WriteOptional("primary", wallet.Primary);
        writer.WriteOptional("active", wallet.Active);
        writer.WriteOptional("available_on_consumer", wallet.AvailableOnConsumer);
        writer.WriteOptional("hold_balance", wallet.HoldBalance);
        writer.WriteOptional("hold_currency", wallet.HoldCurrency);
        writer.WriteEndObject();
    }

    /// <summary>The answer to a deposit or withdrawal.</summary>
    public static void TransferReceipt(Utf8JsonWriter writer, TransferReceipt receipt)
    {
        writer.WriteStartObject();
        writer.WriteString("id", receipt.Id);
        writer.WriteDecimal("amount", receipt.Amount);
        writer.WriteString("currency", receipt.Currency);
        writer.WriteOptional("payout_at", receipt.PayoutAt);
        writer.WriteOptional("fee", receipt.Fee);
        writer.WriteOptional("subtotal", receipt.Subtotal);
        writer.WriteEndObject();
    }

    public static void Conversion(Utf8JsonWriter writer, Conversion conversion)
    {
        writer.WriteStartObject();
        writer.WriteString("id", conversion.Id);
        writer.WriteDecimal("amount", conversion.Amount);
        writer.WriteOptional("from_account_id", conversion.FromAccountId);
        writer.WriteOptional("to_account_id", conversion.ToAccountId);
        writer.WriteOptional("from", conversion.From);
        writer.WriteOptional("to", conversion.To);
        writer.WriteOptional("fee_amount", conversion.FeeAmount);
        writer.WriteOptional("created_at", conversion.CreatedAt);
        writer.WriteEndObject();
    }

    public static void Fees(Utf8JsonWriter writer, Fees fees)
    {
        writer.WriteStartObject();
        writer.WriteDecimal("maker_fee_rate", fees.MakerFeeRate);
        writer.WriteDecimal("taker_fee_rate", fees.TakerFeeRate);
        writer.WriteOptional("usd_volume", fees.UsdVolume);
        writer.WriteEndObject();
    }

    public static void TrailingVolume(Utf8JsonWriter writer, TrailingVolume volume)
    {
        writer.WriteStartObject();
        writer.WriteString("product_id", volume.ProductId);
        writer.WriteOptional("exchange_volume", volume.ExchangeVolume);
        writer.WriteOptional("volume", volume.Volume);
        writer.WriteOptional("recorded_at", volume.RecordedAt);
        writer.WriteEndObject();
    }
}
