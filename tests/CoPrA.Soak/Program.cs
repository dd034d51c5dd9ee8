using CoPrA.Soak;

var options = SoakOptions.Parse(args);
if (options is null)
{
    return args.Any(arg => arg is "-h" or "--help") ? 0 : 2;
}

return await new SoakRun(options, Console.Out).RunAsync();
