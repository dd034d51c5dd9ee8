using CoPrA.Samples;
using CoPrA.Tests.Support;

namespace CoPrA.Tests.Samples;

/// <summary>The Advanced Trade sample takes its CDP key from the environment and says what is wrong without echoing it.</summary>
public class SampleCdpKeyTests
{
    [Fact]
    public void No_variables_means_no_key_and_no_problem()
    {
        var (key, problem) = SampleCdpKey.From(_ => null);

        Assert.Null(key);
        Assert.Null(problem);
    }

    [Fact]
    public void A_name_and_a_private_key_make_the_key()
    {
        var environment = new Dictionary<string, string> { [SampleCdpKey.NameVariable] = CdpTestKeys.Name, [SampleCdpKey.PrivateKeyVariable] = CdpTestKeys.Ed25519Base64 };

        var (key, problem) = SampleCdpKey.From(environment.GetValueOrDefault);

        Assert.Null(problem);
        Assert.Equal(CdpKeyAlgorithm.EdDsa, key!.Algorithm);
    }

    [Fact]
    public void A_private_key_without_a_name_is_a_problem()
    {
        var environment = new Dictionary<string, string> { [SampleCdpKey.PrivateKeyVariable] = CdpTestKeys.Ed25519Base64 };

        var (key, problem) = SampleCdpKey.From(environment.GetValueOrDefault);

        Assert.Null(key);
        Assert.Contains(SampleCdpKey.NameVariable, problem, StringComparison.Ordinal);
        Assert.DoesNotContain(CdpTestKeys.Ed25519Base64, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_private_key_is_described_without_being_echoed()
    {
        const string broken = "k0BUni0p0vZG1BdpVjS6ogBJ7kxm630AJ2dN+tuputDOKsRA";
        var environment = new Dictionary<string, string> { [SampleCdpKey.NameVariable] = CdpTestKeys.Name, [SampleCdpKey.PrivateKeyVariable] = broken };

        var (key, problem) = SampleCdpKey.From(environment.GetValueOrDefault);

        Assert.Null(key);
        Assert.NotNull(problem);
        Assert.DoesNotContain(broken, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_key_file_is_read()
    {
        string path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, $$"""{"name":"{{CdpTestKeys.Name}}","privateKey":"{{CdpTestKeys.EcdsaPem.ReplaceLineEndings("\\n")}}"}""");

            var (key, problem) = SampleCdpKey.From(name => name == SampleCdpKey.FileVariable ? path : null);

            Assert.Null(problem);
            Assert.Equal(CdpKeyAlgorithm.Es256, key!.Algorithm);
            Assert.Equal(CdpTestKeys.Name, key.Name);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
