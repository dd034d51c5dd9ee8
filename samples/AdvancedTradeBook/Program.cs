// AdvancedTradeBook: see AdvancedTradeBookSample.cs. Offline on an in-process sandbox unless --url names a host.
using CoPrA.Samples;

return await AdvancedTradeBookSample.RunAsync(args, Console.Out, Console.Error);
