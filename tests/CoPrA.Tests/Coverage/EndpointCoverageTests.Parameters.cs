using System.Reflection;
using System.Text;
using System.Text.Json;
using CoPrA.Rest;

namespace CoPrA.Tests.Coverage;

/// <summary>
/// Every path, query and body parameter of every operation in Coinbase's description can be sent by
/// a method of that operation. "Can be sent" is decided from names: a method sends the snake_case
/// form of each of its C# parameter names (<c>clientOid</c> → <c>client_oid</c>), the snake_case
/// names of the properties of a request record it takes (<c>OpenLoanRequest.NativeAmount</c> →
/// <c>native_amount</c>), and the few wire names in <see cref="Aliases"/>. The wire tests of each
/// endpoint check that those names really go out.
/// </summary>
public partial class EndpointCoverageTests
{
    /// <summary>A C# parameter whose wire name is not its snake_case name, or a method that sends a name by itself.</summary>
    private static readonly Dictionary<(string Method, string Parameter), string[]> Aliases = new()
    {
        // The order type is the method: LimitOrderAsync sends "limit", MarketOrderAsync "market".
        [("LimitOrderAsync", "side")] = ["type"],
        [("MarketOrderAsync", "side")] = ["type"],
        [("OrdersAsync", "sortedBy")] = ["sortedBy"],
        [("DeleteAddressAsync", "addressId")] = ["id"],
        [("DeleteTravelRuleAsync", "travelRuleId")] = ["id"],
        [("StakeWrapsAsync", "fromCurrency")] = ["from"],
        [("StakeWrapsAsync", "toCurrency")] = ["to"],
        [("StablecoinConversionAsync", "fromCurrencyId")] = ["from"],
        [("StablecoinConversionAsync", "toCurrencyId")] = ["to"],
        [("TransferBetweenProfilesAsync", "fromProfileId")] = ["from"],
        [("TransferBetweenProfilesAsync", "toProfileId")] = ["to"],
        [("DeactivateProfileAsync", "toProfileId")] = ["to"],
        [("CreateReportAsync", "reportFormat")] = ["format"],

        // Besides the type, the report type picks the object (named after it) that carries its fields.
        [("CreateReportAsync", "reportType")] = ["type", "balance", "otc_fills", "rfq_fills", "tax_invoice"],
    };

    /// <summary>Parameters the description lists that no method sends, each with its reason.</summary>
    private static readonly Dictionary<string, string> NotSent = new()
    {
        ["POST /reports: fills"] = "CreateReportAsync sends a fills report's start_date, end_date and product_id at the top level, as CoPrA does.",
        ["POST /reports: account"] = "CreateReportAsync sends an account report's start_date, end_date and account_id at the top level, as CoPrA does.",
    };

    [Fact]
    public void Every_parameter_of_the_description_can_be_sent_by_a_method_of_its_operation()
    {
        var sendable = new Dictionary<Operation, HashSet<string>>();
        foreach (var method in AttributedMethods())
        {
            var endpoint = method.GetCustomAttribute<CoinbaseEndpointAttribute>()!;
            var operation = new Operation(endpoint.Method.ToUpperInvariant(), endpoint.Path);
            if (!sendable.TryGetValue(operation, out var names))
            {
                sendable[operation] = names = [];
            }

            names.UnionWith(WireNames(method));
        }

        var missing = new List<string>();
        foreach (var (operation, specPath, parameter) in SpecParameters())
        {
            string entry = $"{operation.Verb} {specPath}: {parameter}";
            if (!NotSent.ContainsKey(entry) && !(sendable.TryGetValue(operation, out var names) && names.Contains(parameter)))
            {
                missing.Add(entry);
            }
        }

        Assert.True(missing.Count == 0, $"{missing.Count} parameter(s) no method can send:\n  " + string.Join("\n  ", missing));
    }

    [Fact]
    public void Every_parameter_left_out_is_still_in_the_description()
    {
        var listed = SpecParameters().Select(p => $"{p.Operation.Verb} {p.SpecPath}: {p.Parameter}").ToHashSet();
        Assert.All(NotSent.Keys, entry => Assert.Contains(entry, listed));
    }

    [Theory]
    [InlineData("clientOid", "client_oid")]
    [InlineData("fromProfileId", "from_profile_id")]
    [InlineData("limit", "limit")]
    [InlineData("NativeAmount", "native_amount")]
    [InlineData("add_network_fee_to_total", "add_network_fee_to_total")]
    public void CSharp_names_turn_into_snake_case(string name, string expected) => Assert.Equal(expected, SnakeCase(name));

    /// <summary>The wire names one method can send.</summary>
    private static IEnumerable<string> WireNames(MethodInfo method)
    {
        foreach (var parameter in method.GetParameters().Where(p => p.ParameterType != typeof(CancellationToken)))
        {
            yield return SnakeCase(parameter.Name!);
            if (Aliases.TryGetValue((method.Name, parameter.Name!), out var aliases))
            {
                foreach (string alias in aliases)
                {
                    yield return alias;
                }
            }

            if (RequestRecord(parameter.ParameterType) is { } record)
            {
                foreach (var property in record.GetProperties(BindingFlags.Public | BindingFlags.Instance))
                {
                    yield return SnakeCase(property.Name);
                }
            }
        }
    }

    /// <summary>A CoPrA request record (<c>...Request</c>), or the element type of a sequence of them.</summary>
    private static Type? RequestRecord(Type type)
    {
        var element = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>) ? type.GetGenericArguments()[0] : type;
        return element.Assembly == typeof(RestClient).Assembly && element.IsClass && element.Name.EndsWith("Request", StringComparison.Ordinal) ? element : null;
    }

    private static string SnakeCase(string name)
    {
        var builder = new StringBuilder(name.Length + 4);
        foreach (char c in name)
        {
            if (char.IsAsciiLetterUpper(c))
            {
                builder.Append(builder.Length > 0 ? "_" : "").Append(char.ToLowerInvariant(c));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>Each path, query and body parameter of the description (a body's top-level properties); headers are the client's own.</summary>
    private static List<(Operation Operation, string SpecPath, string Parameter)> SpecParameters()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(CopiedSpecPath));
        var definitions = document.RootElement.GetProperty("definitions");
        var parameters = new List<(Operation, string, string)>();
        foreach (var path in document.RootElement.GetProperty("paths").EnumerateObject())
        {
            foreach (var member in path.Value.EnumerateObject().Where(member => Verbs.Contains(member.Name)))
            {
                var operation = new Operation(member.Name.ToUpperInvariant(), path.Name);
                if (!member.Value.TryGetProperty("parameters", out var list))
                {
                    continue;
                }

                foreach (var parameter in list.EnumerateArray())
                {
                    switch (parameter.GetProperty("in").GetString())
                    {
                        case "path" or "query":
                            parameters.Add((operation, path.Name, parameter.GetProperty("name").GetString()!));
                            break;
                        case "body":
                            var schema = parameter.GetProperty("schema");
                            if (schema.TryGetProperty("$ref", out var reference))
                            {
                                schema = definitions.GetProperty(reference.GetString()!.Split('/')[^1]);
                            }

                            foreach (var property in schema.GetProperty("properties").EnumerateObject())
                            {
                                parameters.Add((operation, path.Name, property.Name));
                            }

                            break;
                    }
                }
            }
        }

        return parameters;
    }
}
