using static CoPrA.Tests.Reliability.ReliabilityHarness;

namespace CoPrA.Tests.Security;

/// <summary>What Credentials accept: nothing that could end a header line and inject another.</summary>
public class CredentialsTests
{
    [Theory]
    [InlineData("PP\r\nX-Evil: 1")]
    [InlineData("pass\n")]
    [InlineData("pass\r")]
    [InlineData("pa\0ss")]
    [InlineData("pa\tss")]
    [InlineData("pa\u007fss")]
    [InlineData("pa\u0085ss")]
    public void A_passphrase_with_a_control_character_is_refused_without_echoing_it(string passphrase)
    {
        var ex = Assert.Throws<ArgumentException>(() => new Credentials("key", Secret, passphrase));

        Assert.Equal("passphrase", ex.ParamName);
        Assert.Contains("control character", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(passphrase, ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("X-Evil", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("key\r\nX-Evil: 1")]
    [InlineData("k\ney")]
    [InlineData("k\0ey")]
    public void A_key_with_a_control_character_inside_is_refused(string key)
    {
        var ex = Assert.Throws<ArgumentException>(() => new Credentials(key, Secret, "passphrase"));

        Assert.Equal("key", ex.ParamName);
        Assert.DoesNotContain("X-Evil", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("b5e3c2a1\n")]
    [InlineData("b5e3c2a1\r\n")]
    [InlineData("b5e3c2a1 \r\n")]
    public void A_line_end_copied_after_the_key_is_trimmed(string key)
    {
        var credentials = new Credentials(key, Secret, "passphrase");

        Assert.Equal("b5e3c2a1", credentials.Key);
        Assert.Equal("b5e3c2a1", new CoinbaseSigner(credentials).Sign("GET", "/accounts").Key);
    }
}
