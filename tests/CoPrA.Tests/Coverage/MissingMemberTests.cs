using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using CoPrA.WebSocket;

namespace CoPrA.Tests.Coverage;

/// <summary>
/// A member the server leaves out must not turn into null behind a non-nullable property: the
/// source generator passes null for a missing init-only member, past the property's initializer
/// (dotnet/runtime#84484), which would surface as a NullReferenceException in the caller's code.
/// Every model is read from <c>{}</c> by the library's own metadata and checked against its annotations.
/// </summary>
public class MissingMemberTests
{
    public static TheoryData<string> Models()
    {
        var data = new TheoryData<string>();
        foreach (var type in ModelTypes())
        {
            data.Add(type.FullName!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void A_model_read_from_an_empty_object_keeps_its_non_nullable_members_non_null(string typeName)
    {
        var type = ModelTypes().Single(t => t.FullName == typeName);
        var typeInfo = TypeInfoFor(type);

        object model = JsonSerializer.Deserialize("{}"u8, typeInfo)!;

        var nullability = new NullabilityInfoContext();
        var nulls = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => !p.PropertyType.IsValueType && p.GetIndexParameters().Length == 0)
            .Where(p => nullability.Create(p).ReadState == NullabilityState.NotNull && p.GetValue(model) is null)
            .Select(p => p.Name)
            .ToList();
        Assert.True(nulls.Count == 0, $"{type.Name}: null in {string.Join(", ", nulls)}");
    }

    [Fact]
    public void Every_model_is_checked() => Assert.True(ModelTypes().Count() > 60, $"only {ModelTypes().Count()} models found");

    // Concrete records the library reads from the wire, that the library's metadata knows.
    private static IEnumerable<Type> ModelTypes() =>
        typeof(ApiObject).Assembly.GetTypes()
            .Where(t => t.IsPublic && !t.IsAbstract && !t.ContainsGenericParameters && typeof(ApiObject).IsAssignableFrom(t) && TryTypeInfoFor(t) is not null)
            .OrderBy(t => t.FullName, StringComparer.Ordinal);

    private static JsonTypeInfo TypeInfoFor(Type type) => TryTypeInfoFor(type) ?? throw new InvalidOperationException($"No metadata for {type}.");

    private static JsonTypeInfo? TryTypeInfoFor(Type type)
    {
        JsonSerializerContext context = typeof(FeedMessage).IsAssignableFrom(type) ? FeedJsonContext.Default : CoPrAJsonContext.Default;
        return context.GetTypeInfo(type);
    }
}
