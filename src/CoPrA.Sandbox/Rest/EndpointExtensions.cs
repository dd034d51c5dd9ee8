using Microsoft.AspNetCore.Builder;

namespace CoPrA.Sandbox.Rest;

/// <summary>Marks endpoints that need a signed request.</summary>
internal static class EndpointExtensions
{
    public static TBuilder RequireSignature<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder => builder.WithMetadata(PrivateEndpoint.Instance);
}
