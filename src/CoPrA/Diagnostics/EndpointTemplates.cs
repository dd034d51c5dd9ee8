using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using CoPrA.Rest;

namespace CoPrA.Diagnostics;

/// <summary>
/// Finds the documented path template of a path actually sent (<c>/orders/7f3c…</c> →
/// <c>/orders/{order_id}</c>), from the <see cref="CoinbaseEndpointAttribute"/> of a client's
/// methods, so that spans and metrics are named by operation without ids in their names.
/// </summary>
internal sealed class EndpointTemplates
{
    private readonly Template[] _templates;

    private EndpointTemplates(Template[] templates) => _templates = templates;

    /// <summary>The templates of <see cref="RestClient"/>'s methods.</summary>
    public static EndpointTemplates Exchange { get; } = FromMethodsOf(typeof(RestClient));

    /// <summary>The templates of <see cref="global::CoPrA.AdvancedTrade.AdvancedTradeClient"/>'s methods.</summary>
    public static EndpointTemplates AdvancedTrade { get; } = FromMethodsOf(typeof(global::CoPrA.AdvancedTrade.AdvancedTradeClient));

    /// <summary>Reads the templates of every public method of <paramref name="clientType"/> that names its endpoint.</summary>
    public static EndpointTemplates FromMethodsOf([DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicMethods)] Type clientType) =>
        new(clientType.GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .Select(method => method.GetCustomAttribute<CoinbaseEndpointAttribute>())
            .OfType<CoinbaseEndpointAttribute>()
            .Select(endpoint => endpoint.Path)
            .Distinct(StringComparer.Ordinal)
            .Select(path => new Template(path, path.Split('/')))
            .ToArray());

    /// <summary>
    /// The template that <paramref name="path"/> (no query) fills in, or null when none does (a
    /// base-verb call to a path no method names). Where several fit, the one with the most literal
    /// segments wins: <c>/products/volume-summary</c> over <c>/products/{product_id}</c>.
    /// </summary>
    public string? Match(string path)
    {
        string[] segments = path.Split('/');
        Template? best = null;
        int bestLiterals = -1;
        foreach (var template in _templates)
        {
            int literals = template.LiteralMatches(segments);
            if (literals > bestLiterals)
            {
                best = template;
                bestLiterals = literals;
            }
        }

        return best?.Path;
    }

    private sealed record Template(string Path, string[] Segments)
    {
        /// <summary>How many literal segments match, or -1 when the path does not fit.</summary>
        public int LiteralMatches(string[] segments)
        {
            if (segments.Length != Segments.Length)
            {
                return -1;
            }

            int literals = 0;
            for (int i = 0; i < segments.Length; i++)
            {
                string expected = Segments[i];
                if (expected.StartsWith('{') && expected.EndsWith('}'))
                {
                    if (segments[i].Length == 0)
                    {
                        return -1;
                    }
                }
                else if (string.Equals(expected, segments[i], StringComparison.Ordinal))
                {
                    literals++;
                }
                else
                {
                    return -1;
                }
            }

            return literals;
        }
    }
}
