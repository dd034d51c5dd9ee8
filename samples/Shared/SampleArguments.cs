namespace CoPrA.Samples;

/// <summary>
/// A sample's command line: <c>--name value</c> options and the <c>--live</c> flag. Secrets are
/// not among them: a command line shows in <c>ps</c> and in shell history, so the key comes from
/// the environment (<see cref="SampleCredentials"/>), and <c>--key</c>, <c>--secret</c> or
/// <c>--passphrase</c> is refused with a message saying so.
/// </summary>
/// <param name="Values">The options given, by name without the leading dashes.</param>
/// <param name="Live">Whether <c>--live</c> was given.</param>
internal sealed record SampleArguments(IReadOnlyDictionary<string, string> Values, bool Live)
{
    private static readonly string[] Options = ["--url", "--account-id", "--feed-url", "--user-feed-url", "--seconds", "--product"];

    private static readonly string[] SecretOptions = ["--key", "--secret", "--passphrase"];

    /// <summary>Reads <paramref name="args"/>; on a wrong argument returns the problem instead, without echoing any value.</summary>
    public static (SampleArguments? Arguments, string? Problem) Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        bool live = false;
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] == "--live")
            {
                live = true;
            }
            else if (SecretOptions.Contains(args[i]))
            {
                return (null, $"{args[i]} is not taken on the command line, where ps and shell history show it: set {SampleCredentials.KeyVariable}, {SampleCredentials.SecretVariable} and {SampleCredentials.PassphraseVariable} in the environment");
            }
            else if (Options.Contains(args[i]) && i + 1 < args.Length)
            {
                values[args[i][2..]] = args[++i];
            }
            else
            {
                return (null, $"unknown argument '{args[i]}'");
            }
        }

        return (new SampleArguments(values, live), null);
    }
}
