using System.Text.Json;
using CoPrA.Sandbox.Accounts;

namespace CoPrA.Sandbox.Rest.Wire;

/// <summary>The account answers: accounts, holds and ledger entries.</summary>
internal static class AccountWire
{
    public static void Account(Utf8JsonWriter writer, Account account)
    {
        writer.WriteStartObject();
        writer.WriteString("id", account.Id);
        writer.WriteString("currency", account.Currency);
        writer.WriteDecimal("balance", account.Balance);
        writer.WriteDecimal("hold", account.Hold);
        writer.WriteDecimal("available", account.Available);
        writer.WriteOptional("profile_id", account.ProfileId);
        writer.WriteOptional("trading_enabled", account.TradingEnabled);
        writer.WriteOptional("pending_deposit", account.PendingDeposit);
        writer.WriteOptional("display_name", account.DisplayName);
        writer.WriteEndObject();
    }

    public static void Hold(Utf8JsonWriter writer, Hold hold)
    {
        writer.WriteStartObject();
        writer.WriteString("id", hold.Id);
        writer.WriteOptional("account_id", hold.AccountId);
        writer.WriteOptional("created_at", hold.CreatedAt);
        writer.WriteOptional("updated_at", hold.UpdatedAt);
        writer.WriteOptional("amount", hold.Amount);
        writer.WriteOptional("type", hold.Type);
        writer.WriteOptional("ref", hold.Ref);
        writer.WriteEndObject();
    }

    /// <summary>A ledger entry; the id is a string on the wire although it is numeric.</summary>
    public static void LedgerEntry(Utf8JsonWriter writer, LedgerPosting entry)
    {
        writer.WriteStartObject();
        writer.WriteString("id", entry.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        writer.WriteInstant("created_at", entry.CreatedAt);
        writer.WriteDecimal("amount", entry.Amount);
        writer.WriteDecimal("balance", entry.Balance);
        writer.WriteString("type", entry.Type);
        writer.WriteStartObject("details");
        foreach (var (name, value) in entry.Details)
        {
            writer.WriteString(name, value);
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}
