namespace CoPrA.Http;

/// <summary>
/// Puts a request's credentials on it, afresh for every attempt: HMAC headers for the Exchange API,
/// a bearer JWT for Advanced Trade. The one piece of the pipeline a client family supplies.
/// </summary>
internal interface IRequestAuthenticator
{
    /// <summary>Adds the authentication headers to a request about to be sent.</summary>
    /// <param name="request">The request, with its final method and URI.</param>
    /// <param name="body">The body text sent, or null when there is none.</param>
    void Authenticate(HttpRequestMessage request, string? body);
}
