// CoPrA's authenticated example (btc_account_info.py): one account by id, with a signed request,
// against an in-process sandbox exchange unless --url names another one (the key then comes from
// COINBASE_API_KEY, COINBASE_API_SECRET and COINBASE_API_PASSPHRASE in the environment). Give the
// account with --account-id; otherwise the BTC account is looked up.
using System.Globalization;
using CoPrA.Samples;

await using var exchange = await SampleExchange.OpenAsync(args, "BtcAccountInfo");
if (exchange is null)
{
    return 2;
}

Console.WriteLine($"Talking to {exchange.Description}");
string? accountId = exchange.AccountId ?? (await exchange.Client.AccountsAsync()).FirstOrDefault(account => account.Currency == "BTC")?.Id;
if (accountId is null)
{
    Console.Error.WriteLine("This key has no BTC account.");
    return 1;
}

var btc = await exchange.Client.AccountAsync(accountId);

Console.WriteLine();
Console.WriteLine($"{btc.Currency} account {btc.Id}");
Console.WriteLine($"  balance    {Amount(btc.Balance)}");
Console.WriteLine($"  available  {Amount(btc.Available)}");
Console.WriteLine($"  on hold    {Amount(btc.Hold)}");
Console.WriteLine($"  profile    {btc.ProfileId}");
return 0;

static string Amount(decimal value) => value.ToString("#,##0.########", CultureInfo.InvariantCulture);
