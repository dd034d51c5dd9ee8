namespace CoPrA.Samples;

/// <summary>
/// The API key a sample uses with <c>--url</c>, from three environment variables, never from the
/// command line. All three or none: a partial set is a mistake worth naming.
/// </summary>
internal static class SampleCredentials
{
    /// <summary>The variable holding the API key.</summary>
    public const string KeyVariable = "COINBASE_API_KEY";

    /// <summary>The variable holding the base64 API secret.</summary>
    public const string SecretVariable = "COINBASE_API_SECRET";

    /// <summary>The variable holding the API passphrase.</summary>
    public const string PassphraseVariable = "COINBASE_API_PASSPHRASE";

    /// <summary>
    /// The credentials the variables hold (read through <paramref name="variable"/>), null when none
    /// of them is set, or the problem when only some are set or the key is refused. The problem
    /// names variables, never their values.
    /// </summary>
    public static (Credentials? Credentials, string? Problem) From(Func<string, string?> variable)
    {
        string[] names = [KeyVariable, SecretVariable, PassphraseVariable];
        string?[] values = [.. names.Select(name => variable(name) is { Length: > 0 } value ? value : null)];
        if (values.All(value => value is null))
        {
            return (null, null);
        }

        if (values.Any(value => value is null))
        {
            return (null, $"{string.Join(" and ", names.Where((_, i) => values[i] is null))} not set: the key needs {KeyVariable}, {SecretVariable} and {PassphraseVariable}");
        }

        try
        {
            return (new Credentials(values[0]!, values[1]!, values[2]!), null);
        }
        catch (ArgumentException ex)
        {
            return (null, $"the key in {KeyVariable}, {SecretVariable} and {PassphraseVariable} is refused: {ex.Message}");
        }
    }
}
