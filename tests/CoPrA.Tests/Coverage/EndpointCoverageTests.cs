using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using CoPrA.Rest;

namespace CoPrA.Tests.Coverage;

/// <summary>
/// Every operation of Coinbase's OpenAPI description has a <see cref="RestClient"/> method, and every
/// <see cref="CoinbaseEndpointAttribute"/> names an operation of that description or one of CoPrA's own.
/// </summary>
public partial class EndpointCoverageTests
{
    private const int SpecOperationCount = 81;

    /// <summary>Operations CoPrA has that Coinbase's description leaves out (exchange-api.md §3.12, §3.16).</summary>
    private static readonly HashSet<Operation> CoPrAOnly =
    [
        new("GET", "/time"),
        new("GET", "/users/self/trailing-volume"),
    ];

    private static readonly string[] Verbs = ["get", "post", "put", "delete", "patch"];

    [Fact]
    public void The_description_holds_the_81_operations_it_is_known_for() =>
        Assert.Equal(SpecOperationCount, SpecOperations().Count);

    [Fact]
    public void Every_operation_of_the_description_has_a_method()
    {
        var attributed = AttributedOperations().Select(pair => pair.Operation).ToHashSet();
        var missing = SpecOperations().Where(operation => !attributed.Contains(operation)).Order().ToList();
        Assert.True(missing.Count == 0, $"{missing.Count} operation(s) without a RestClient method:\n  " + string.Join("\n  ", missing));
    }

    [Fact]
    public void Every_attributed_method_names_a_known_operation()
    {
        var known = SpecOperations().Concat(CoPrAOnly).ToHashSet();
        var unknown = AttributedOperations()
            .Where(pair => !known.Contains(pair.Operation))
            .Select(pair => $"{pair.Method}: {pair.Operation}")
            .Order()
            .ToList();
        Assert.True(unknown.Count == 0, $"{unknown.Count} method(s) name an operation that is not in the description:\n  " + string.Join("\n  ", unknown));
    }

    [Fact]
    public void Every_method_that_calls_an_endpoint_ends_with_an_optional_cancellation_token()
    {
        var offenders = AttributedMethods()
            .Where(method =>
            {
                var last = method.GetParameters().LastOrDefault();
                return last is null || last.ParameterType != typeof(CancellationToken) || last.Name != "cancellationToken" || !last.HasDefaultValue;
            })
            .Select(method => method.Name)
            .ToList();
        Assert.Empty(offenders);
    }

    [Theory]
    [InlineData("/products/{product_id}/book", "/products/{}/book")]
    [InlineData("/address-book/{id}", "/address-book/{}")]
    [InlineData("/loans/interest/history/{loan_id}", "/loans/interest/history/{}")]
    [InlineData("/products/volume-summary", "/products/volume-summary")]
    public void Paths_compare_without_their_parameter_names(string path, string expected) =>
        Assert.Equal(expected, Operation.Normalise(path));

    private static string CopiedSpecPath => Path.Combine(AppContext.BaseDirectory, "Coverage", "exchange-openapi.json");

    private static List<Operation> SpecOperations()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(CopiedSpecPath));
        var operations = new List<Operation>();
        foreach (var path in document.RootElement.GetProperty("paths").EnumerateObject())
        {
            foreach (var member in path.Value.EnumerateObject())
            {
                if (Verbs.Contains(member.Name))
                {
                    operations.Add(new Operation(member.Name.ToUpperInvariant(), path.Name));
                }
            }
        }

        return operations;
    }

    private static IEnumerable<MethodInfo> AttributedMethods() =>
        typeof(RestClient)
            .GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static)
            .Where(method => method.GetCustomAttribute<CoinbaseEndpointAttribute>() is not null);

    private static IEnumerable<(string Method, Operation Operation)> AttributedOperations() =>
        AttributedMethods().Select(method =>
        {
            var endpoint = method.GetCustomAttribute<CoinbaseEndpointAttribute>()!;
            return (method.Name, new Operation(endpoint.Method.ToUpperInvariant(), endpoint.Path));
        });

    /// <summary>An HTTP verb and a path template whose parameter names are blanked: <c>{product_id}</c> and <c>{id}</c> compare equal.</summary>
    private sealed partial record Operation : IComparable<Operation>
    {
        public Operation(string verb, string path)
        {
            Verb = verb;
            Path = Normalise(path);
        }

        public string Verb { get; }

        public string Path { get; }

        public static string Normalise(string path) => ParameterName().Replace(path, "{}");

        public int CompareTo(Operation? other) =>
            other is null ? 1 : string.CompareOrdinal(Path, other.Path) is var byPath and not 0 ? byPath : string.CompareOrdinal(Verb, other.Verb);

        public override string ToString() => $"{Verb} {Path}";

        [GeneratedRegex(@"\{[^}]*\}")]
        private static partial Regex ParameterName();
    }
}
