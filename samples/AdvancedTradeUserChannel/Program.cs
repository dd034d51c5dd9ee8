// AdvancedTradeUserChannel: see AdvancedTradeUserChannelSample.cs. Offline on an in-process sandbox unless --url names a host.
using CoPrA.Samples;

return await AdvancedTradeUserChannelSample.RunAsync(args, Console.Out, Console.Error);
