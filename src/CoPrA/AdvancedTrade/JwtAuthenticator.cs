using CoPrA.Http;

namespace CoPrA.AdvancedTrade;

/// <summary>
/// Advanced Trade's authentication: a fresh bearer JWT on every attempt, whose <c>uri</c> claim is the
/// method, host and path actually sent, without scheme, port or query.
/// </summary>
internal sealed class JwtAuthenticator(CdpJwtSigner signer) : IRequestAuthenticator
{
    /// <inheritdoc />
    public void Authenticate(HttpRequestMessage request, string? body)
    {
        var uri = request.RequestUri!;
        string token = signer.CreateRestToken(request.Method.Method, uri.Host, uri.AbsolutePath);
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + token);
    }
}
