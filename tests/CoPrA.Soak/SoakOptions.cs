using System.Globalization;

namespace CoPrA.Soak;

/// <summary>The driver's command line: how many messages, how often the feed is dropped, and the memory bound.</summary>
internal sealed record SoakOptions(long Messages, int DropEvery, int MaxGrowthMegabytes, int ReportEvery)
{
    public const string Usage = """
        Usage: dotnet run -c Release --project tests/CoPrA.Soak -- [options]

          --messages <n>        streamed messages the client must receive (default 1000000)
          --drop-every <n>      drop the feed after every n messages, alternating a TCP abort and a
                                close 1001; every fifth drop also refuses the next two handshakes (default 50000)
          --max-growth-mb <n>   allowed growth of live managed memory from the baseline to the end (default 8)
          --report-every <n>    print a line every n messages (default 100000)
        """;

    public static SoakOptions Default { get; } = new(1_000_000, 50_000, 8, 100_000);

    /// <summary>Reads the arguments; null (after printing why) when they are wrong.</summary>
    public static SoakOptions? Parse(string[] args)
    {
        var options = Default;
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] is "-h" or "--help")
            {
                Console.WriteLine(Usage);
                return null;
            }

            if (i + 1 >= args.Length || !long.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out long value) || value <= 0 || value > int.MaxValue)
            {
                Console.Error.WriteLine($"{args[i]} needs a positive whole number.\n\n{Usage}");
                return null;
            }

            options = args[i] switch
            {
                "--messages" => options with { Messages = value },
                "--drop-every" => options with { DropEvery = (int)value },
                "--max-growth-mb" => options with { MaxGrowthMegabytes = (int)value },
                "--report-every" => options with { ReportEvery = (int)value },
                _ => null,
            };
            if (options is null)
            {
                Console.Error.WriteLine($"Unknown option {args[i]}.\n\n{Usage}");
                return null;
            }

            i++;
        }

        return options;
    }
}
