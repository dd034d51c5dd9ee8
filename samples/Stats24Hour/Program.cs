// CoPrA's first example (24hour_stats.py): the 24-hour statistics of BTC-USD from public market
// data, against an in-process sandbox exchange unless --url names another one.
using System.Globalization;
using CoPrA.Samples;

await using var exchange = await SampleExchange.OpenAsync(args, "Stats24Hour", needsCredentials: false);
if (exchange is null)
{
    return 2;
}

Console.WriteLine($"Talking to {exchange.Description}");
var stats = await exchange.Client.Get24HourStatsAsync("BTC-USD");

Console.WriteLine();
Console.WriteLine("BTC-USD over the last 24 hours");
Console.WriteLine($"  open          {Money(stats.Open)}");
Console.WriteLine($"  high          {Money(stats.High)}");
Console.WriteLine($"  low           {Money(stats.Low)}");
Console.WriteLine($"  last          {Money(stats.Last)}");
Console.WriteLine($"  volume        {Amount(stats.Volume)} BTC");
Console.WriteLine($"  30-day volume {Amount(stats.Volume30Day)} BTC");
return 0;

static string Money(decimal? value) => value?.ToString("$#,##0.00", CultureInfo.InvariantCulture) ?? "-";

static string Amount(decimal? value) => value?.ToString("#,##0.########", CultureInfo.InvariantCulture) ?? "-";
