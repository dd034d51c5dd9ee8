using Microsoft.AspNetCore.Builder;

namespace CoPrA.Sandbox.Rest;

/// <summary>Marks endpoints that need a signed request.</summary>
internal static class EndpointExtensions
{
    /// <summary>The Exchange API's HMAC headers (CB-ACCESS-*).</summary>
    public static TBuilder RequireSignature<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder => builder.WithMetadata(PrivateEndpoint.Instance);

    /// <summary>The Advanced Trade API's <c>Authorization: Bearer &lt;jwt&gt;</c>.</summary>
    public static TBuilder RequireJwt<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder => builder.WithMetadata(PrivateEndpoint.Jwt);
}

/// <summary>Marks an endpoint as private: it needs a signed request, HMAC or JWT.</summary>
internal sealed class PrivateEndpoint
{
    private PrivateEndpoint(bool usesJwt) => UsesJwt = usesJwt;

    public static PrivateEndpoint Instance { get; } = new(usesJwt: false);

    public static PrivateEndpoint Jwt { get; } = new(usesJwt: true);

    /// <summary>Whether the request carries a CDP JWT (Advanced Trade) rather than the HMAC headers.</summary>
    public bool UsesJwt { get; }
}
