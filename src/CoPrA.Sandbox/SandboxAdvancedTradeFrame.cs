namespace CoPrA.Sandbox;

/// <summary>
/// A subscribe or unsubscribe frame the sandbox's Advanced Trade feed received, as it understood it:
/// which connection and endpoint, the channel and product ids, the verified JWT's claims, and why it
/// was refused, if it was.
/// </summary>
/// <param name="ConnectionId">The Advanced Trade feed connection's id, counting from 1.</param>
/// <param name="UserEndpoint">True for the user-data endpoint, false for the market-data one.</param>
/// <param name="Type"><c>subscribe</c> or <c>unsubscribe</c> (as sent; empty when missing).</param>
/// <param name="Channel">The channel as sent (empty when missing).</param>
/// <param name="ProductIds">The product ids as sent.</param>
/// <param name="Jwt">The claims of the frame's JWT when it verified; null when there was none or it failed.</param>
/// <param name="Error">The error message sent back, or null when the frame was accepted.</param>
public sealed record SandboxAdvancedTradeFrame(
    long ConnectionId, bool UserEndpoint, string Type, string Channel, IReadOnlyList<string> ProductIds, SandboxJwtClaims? Jwt, string? Error);

/// <summary>What a verified CDP JWT said (never the token or its signature).</summary>
/// <param name="Algorithm">Header alg: ES256 or EdDSA.</param>
/// <param name="Subject">Claim sub: the key name.</param>
/// <param name="NotBefore">Claim nbf.</param>
/// <param name="Expires">Claim exp.</param>
/// <param name="Nonce">Header nonce: new in every token.</param>
public sealed record SandboxJwtClaims(string Algorithm, string Subject, DateTimeOffset NotBefore, DateTimeOffset Expires, string Nonce);
