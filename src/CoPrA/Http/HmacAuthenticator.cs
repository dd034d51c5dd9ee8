namespace CoPrA.Http;

/// <summary>The Exchange API's HMAC headers (<c>CB-ACCESS-*</c>), signed over the request line's path and query.</summary>
internal sealed class HmacAuthenticator(CoinbaseSigner signer) : IRequestAuthenticator
{
    /// <inheritdoc />
    public void Authenticate(HttpRequestMessage request, string? body)
    {
        // Sign what goes on the wire: the request line's path and query, which includes any path
        // prefix of the base URL. A retry signs again with a fresh timestamp.
        var auth = signer.Sign(request.Method.Method, request.RequestUri!.PathAndQuery, body ?? string.Empty);
        request.Headers.TryAddWithoutValidation("CB-ACCESS-KEY", auth.Key);
        request.Headers.TryAddWithoutValidation("CB-ACCESS-SIGN", auth.Signature);
        request.Headers.TryAddWithoutValidation("CB-ACCESS-TIMESTAMP", auth.Timestamp);
        request.Headers.TryAddWithoutValidation("CB-ACCESS-PASSPHRASE", auth.Passphrase);
    }
}
