namespace CoPrA.Benchmarks.Rest;

/// <summary>The machine's load average, printed next to figures measured on a shared machine.</summary>
internal static class MachineLoad
{
    public static string Describe()
    {
        // Linux only; elsewhere the figure is simply not reported.
        const string LoadAverage = "/proc/loadavg";
        return File.Exists(LoadAverage) ? string.Join(' ', File.ReadAllText(LoadAverage).Split(' ').Take(3)) + " (1, 5, 15 min)" : "unknown";
    }
}
