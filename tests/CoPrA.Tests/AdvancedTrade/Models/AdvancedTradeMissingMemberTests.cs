using System.Reflection;
using System.Text.Json;
using CoPrA.AdvancedTrade;

namespace CoPrA.Tests.AdvancedTrade.Models;

/// <summary>
/// Every Advanced Trade model read from <c>{}</c> keeps its non-nullable members non-null (the
/// source generator passes null for a missing member past the initializer, dotnet/runtime#84484),
/// and every model the assembly declares has metadata in the context.
/// </summary>
public class AdvancedTradeMissingMemberTests
{
    // The feed's generic envelope is checked closed, once per event type.
    private static IEnumerable<Type> ModelTypes() =>
        typeof(ApiObject).Assembly.GetTypes()
            .Where(t => t.IsPublic && !t.IsAbstract && t.Namespace == "CoPrA.AdvancedTrade" && typeof(ApiObject).IsAssignableFrom(t))
            .SelectMany(t => t.ContainsGenericParameters ? FeedEventTypes().Select(e => t.MakeGenericType(e)) : [t])
            .OrderBy(t => t.FullName, StringComparer.Ordinal);

    private static IEnumerable<Type> FeedEventTypes() =>
        typeof(ApiObject).Assembly.GetTypes().Where(t => t.IsPublic && !t.IsAbstract && typeof(AdvancedTradeFeedEvent).IsAssignableFrom(t));

    public static TheoryData<string> Models() => [.. ModelTypes().Select(t => t.FullName!)];

    [Theory]
    [MemberData(nameof(Models))]
    public void A_model_read_from_an_empty_object_keeps_its_non_nullable_members_non_null(string typeName)
    {
        var type = ModelTypes().Single(t => t.FullName == typeName);
        var typeInfo = AdvancedTradeJsonContext.Default.GetTypeInfo(type) ?? AdvancedTradeFeedJsonContext.Default.GetTypeInfo(type);
        Assert.NotNull(typeInfo);

        object model = JsonSerializer.Deserialize("{}"u8, typeInfo)!;

        var nullability = new NullabilityInfoContext();
        var nulls = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => !p.PropertyType.IsValueType && p.GetIndexParameters().Length == 0)
            .Where(p => nullability.Create(p).ReadState == NullabilityState.NotNull && p.GetValue(model) is null)
            .Select(p => p.Name);
        Assert.Empty(nulls);
    }

    [Fact]
    public void There_is_a_model_for_every_area()
    {
        Assert.True(ModelTypes().Count() > 80, $"only {ModelTypes().Count()} models found");
    }
}
