using System.Globalization;
using System.Runtime.InteropServices;

namespace CoPrA.Sandbox;

/// <summary>
/// Standalone mode: <c>dotnet run --project src/CoPrA.Sandbox -- --port 8080</c> serves any
/// client, in any language, until Ctrl+C.
/// </summary>
internal static class Program
{
    private static async Task<int> Main(string[] args)
    {
        var options = new SandboxOptions { Port = 8080 };
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--port" when i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out int port) && port <= 65535:
                    options.Port = port;
                    i++;
                    break;
                case "--no-market-maker":
                    options.MarketMakerEnabled = false;
                    break;
                case "--seed" when i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int seed):
                    options.Seed = seed;
                    i++;
                    break;
                default:
                    await Console.Error.WriteLineAsync(
                        "usage: CoPrA.Sandbox [--port <port, 0 = any free one; 8080 by default>] [--no-market-maker] [--seed <number>]").ConfigureAwait(false);
                    return 2;
            }
        }

        // Ctrl+C (SIGINT) and SIGTERM stop the server cleanly.
        using var stop = new CancellationTokenSource();
        void Stop(PosixSignalContext context)
        {
            context.Cancel = true;
            stop.Cancel();
        }

        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);

        await using var sandbox = await SandboxExchange.StartAsync(options, stop.Token).ConfigureAwait(false);
        var credentials = sandbox.Services.ApiKey;
        Console.WriteLine("CoPrA sandbox exchange is running (Ctrl+C stops it).");
        Console.WriteLine();
        Console.WriteLine($"  REST        {sandbox.RestUrl}");
        Console.WriteLine($"  Feed        {sandbox.FeedUrl}");
        Console.WriteLine($"  Key         {credentials.Key}");
        Console.WriteLine($"  Secret      {credentials.Secret}");
        Console.WriteLine($"  Passphrase  {credentials.Passphrase}");
        Console.WriteLine();
        Console.WriteLine($"  Try:  curl {sandbox.RestUrl}/products/BTC-USD/ticker");
        Console.WriteLine("  Or, with the key in the environment (the samples never take it on the command line):");
        Console.WriteLine($"        export COINBASE_API_KEY={credentials.Key} COINBASE_API_SECRET={credentials.Secret} COINBASE_API_PASSPHRASE={credentials.Passphrase}");
        Console.WriteLine($"        dotnet run --project samples/Quickstart -- --url {sandbox.RestUrl} --feed-url {sandbox.FeedUrl}");
        Console.WriteLine();
        // The Advanced Trade key is made at start-up; it is play money on loopback, like the Exchange key above.
        Console.WriteLine($"  Advanced Trade (CDP key, JWT): {sandbox.RestUrl}/api/v3/brokerage");
        Console.WriteLine($"  AT market data feed  {sandbox.AdvancedTradeMarketDataWebSocketUrl}");
        Console.WriteLine($"  AT user data feed    {sandbox.AdvancedTradeUserWebSocketUrl}");
        Console.WriteLine($"  Key name    {sandbox.AdvancedTradeKeyName}");
        Console.WriteLine($"  Ed25519     {sandbox.AdvancedTradeEd25519Key}");
        Console.WriteLine($"        export COINBASE_CDP_KEY_NAME={sandbox.AdvancedTradeKeyName} COINBASE_CDP_PRIVATE_KEY={sandbox.AdvancedTradeEd25519Key}");
        Console.WriteLine($"        dotnet run --project samples/AdvancedTradeQuickstart -- --url {sandbox.RestUrl}");

        try
        {
            await Task.Delay(Timeout.Infinite, stop.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            Console.WriteLine("Stopping.");
        }

        return 0;
    }
}
