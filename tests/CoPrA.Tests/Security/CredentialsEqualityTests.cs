using static CoPrA.Tests.Reliability.ReliabilityHarness;

namespace CoPrA.Tests.Security;

/// <summary>Credentials compare by value: the same key, secret and passphrase are equal.</summary>
public class CredentialsEqualityTests
{
    [Fact]
    public void Credentials_with_the_same_parts_are_equal_and_hash_alike()
    {
        var a = new Credentials("key", Secret, "passphrase");
        var b = new Credentials("key", Secret, "passphrase");

        Assert.Equal(a, b);
        Assert.True(a == b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.Single(new HashSet<Credentials> { a, b });
    }

    [Fact]
    public void Credentials_differing_in_any_part_are_not_equal()
    {
        var a = new Credentials("key", Secret, "passphrase");

        Assert.NotEqual(a, new Credentials("other", Secret, "passphrase"));
        Assert.NotEqual(a, new Credentials("key", Convert.ToBase64String(new byte[64]), "passphrase"));
        Assert.NotEqual(a, new Credentials("key", Secret, "other"));
        Assert.False(a.Equals(null));
    }
}
