using CoPrA.Sandbox.Accounts;

namespace CoPrA.Sandbox.Auth;

/// <summary>The outcome of <see cref="RequestAuthenticator.Authenticate"/>.</summary>
internal readonly record struct AuthResult(SandboxUser? User, string? Error)
{
    public static AuthResult Success(SandboxUser user) => new(user, null);

    public static AuthResult Fail(string error) => new(null, error);
}
