using Microsoft.AspNetCore.Builder;

namespace CoPrA.Sandbox.Rest;

/// <summary>Marks endpoints that need a signed request.</summary>
internal static class EndpointExtensions
{
    public static TBuilder RequireSignature<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder => builder.WithMetadata(PrivateEndpoint.Instance);
}

/// <summary>Marks an endpoint as private: it needs a signed request.</summary>
internal sealed class PrivateEndpoint
{
    public static PrivateEndpoint Instance { get; } = new();
}
