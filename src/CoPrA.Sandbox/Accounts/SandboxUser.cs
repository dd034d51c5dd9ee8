using System.Security.Cryptography;
using System.Text;

namespace CoPrA.Sandbox.Accounts;

/// <summary>
/// A participant of the exchange: the API key's owner, or one of the sandbox's own traders (the
/// market maker and the desk that tests drive), whose balances are effectively unlimited.
/// </summary>
/// <param name="Id">User id (24 hex digits, as Coinbase's).</param>
/// <param name="ProfileId">The one profile the user trades in.</param>
/// <param name="IsInternal">True for the sandbox's own traders: no ledger is kept for them.</param>
internal sealed record SandboxUser(string Id, string ProfileId, bool IsInternal)
{
    /// <summary>Creates a user whose ids derive from a name, so that runs are repeatable.</summary>
    public static SandboxUser FromName(string name, bool isInternal) =>
        new(Convert.ToHexStringLower(Hash(name + "/user").AsSpan(0, 12)), DeterministicGuid(name + "/profile"), isInternal);

    /// <summary>A GUID derived from a name: the same name always gives the same id.</summary>
    public static string DeterministicGuid(string name)
    {
        Span<byte> bytes = stackalloc byte[16];
        Hash(name).AsSpan(0, 16).CopyTo(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40); // version 4 layout, as the exchange's ids look
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes).ToString();
    }

    private static byte[] Hash(string text) => SHA256.HashData(Encoding.UTF8.GetBytes(text));
}
