namespace CoPrA.WebSocket;

/// <summary>
/// A listener of a feed with several hosts that needs only the market-data connection (a level-2
/// book keeper): attached there alone, so that another host's disconnects do not concern it.
/// </summary>
internal interface IMarketDataListener;
