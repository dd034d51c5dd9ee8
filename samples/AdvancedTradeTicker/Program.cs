// AdvancedTradeTicker: see AdvancedTradeTickerSample.cs. Offline on an in-process sandbox unless --url names a host.
using CoPrA.Samples;

return await AdvancedTradeTickerSample.RunAsync(args, Console.Out, Console.Error);
