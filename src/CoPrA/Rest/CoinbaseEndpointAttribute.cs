namespace CoPrA.Rest;

/// <summary>Names the Coinbase Exchange operation a <see cref="RestClient"/> method calls.</summary>
/// <param name="method">HTTP method, for example <c>GET</c>.</param>
/// <param name="path">Path template as the API documents it, for example <c>/products/{product_id}/book</c>.</param>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class CoinbaseEndpointAttribute(string method, string path) : Attribute
{
    /// <summary>HTTP method.</summary>
    public string Method { get; } = method;

    /// <summary>Path template.</summary>
    public string Path { get; } = path;
}
