using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CoPrA.Tests.Docs;

/// <summary>
/// Every ```csharp block in README.md and docs/*.md compiles against the library, so the
/// documentation cannot drift from the API. A block is compiled as a program of top-level
/// statements with the library's namespaces imported and placeholder credentials in scope
/// (<c>key</c>, <c>secret</c>, <c>passphrase</c>). Blocks fenced as ```text are not compiled.
/// </summary>
public partial class DocsCompileTests
{
    private static readonly string[] ImportedNamespaces =
    [
        "System", "System.Collections.Generic", "System.Linq", "System.Threading", "System.Threading.Tasks",
        "Microsoft.Extensions.DependencyInjection", "CoPrA", "CoPrA.Books", "CoPrA.Rest", "CoPrA.Sandbox", "CoPrA.WebSocket",
    ];

    /// <summary>Global usings for the namespaces that exist in the assemblies the tests load.</summary>
    private static readonly Lazy<string> Prelude = new(() =>
    {
        var present = new[] { typeof(global::CoPrA.Rest.RestClient).Assembly, System.Reflection.Assembly.Load("CoPrA.Sandbox"), typeof(object).Assembly, typeof(Microsoft.Extensions.DependencyInjection.ServiceCollectionServiceExtensions).Assembly }
            .SelectMany(assembly => assembly.GetTypes())
            .Select(type => type.Namespace)
            .ToHashSet();
        return string.Concat(ImportedNamespaces.Where(ns => present.Contains(ns) || ns.StartsWith("System", StringComparison.Ordinal)).Select(ns => $"global using {ns};\n"));
    });

    private const string Placeholders = """
        string key = "key", secret = "c2VjcmV0", passphrase = "passphrase";

        """;

    private static readonly Lazy<MetadataReference[]> References = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToArray());

    public static TheoryData<string, int> Blocks()
    {
        var data = new TheoryData<string, int>();
        foreach (var (file, index, _) in ReadBlocks())
        {
            data.Add(file, index);
        }

        return data;
    }

    [Fact]
    public void The_documentation_has_code_to_compile() => Assert.True(ReadBlocks().Count() >= 5);

    [Theory]
    [MemberData(nameof(Blocks))]
    public void Each_csharp_block_compiles(string file, int index)
    {
        string code = ReadBlocks().Single(b => b.File == file && b.Index == index).Code;
        // The snippet's own using directives must stay first; the placeholders go after them.
        var lines = code.Split('\n');
        int usings = lines.TakeWhile(line => UsingDirective().IsMatch(line) || string.IsNullOrWhiteSpace(line)).Count();
        string body = string.Join('\n', lines.Skip(usings));
        string placeholders = body.Contains("key", StringComparison.Ordinal) && !DeclaresCredentials().IsMatch(body) ? Placeholders : "";
        string program = string.Join('\n', lines.Take(usings)) + "\n" + placeholders + body;
        var compilation = CSharpCompilation.Create(
            $"Docs_{Path.GetFileNameWithoutExtension(file)}_{index}",
            [
                CSharpSyntaxTree.ParseText(Prelude.Value, new CSharpParseOptions(LanguageVersion.Preview)),
                CSharpSyntaxTree.ParseText(program, new CSharpParseOptions(LanguageVersion.Preview)),
            ],
            References.Value,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));

        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ToList();

        Assert.True(errors.Count == 0, $"{file} block {index} does not compile:\n{string.Join('\n', errors)}\n---\n{code}");
    }

    private static IEnumerable<(string File, int Index, string Code)> ReadBlocks()
    {
        string root = RepositoryRoot();
        var files = Directory.GetFiles(Path.Combine(root, "docs"), "*.md").Append(Path.Combine(root, "README.md")).Order(StringComparer.Ordinal);
        foreach (var path in files)
        {
            int index = 0;
            foreach (Match match in CSharpBlock().Matches(File.ReadAllText(path)))
            {
                yield return (Path.GetRelativePath(root, path), index++, match.Groups["code"].Value);
            }
        }
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CoPrA.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("CoPrA.sln not found above the test's base directory.");
    }

    [GeneratedRegex(@"^```csharp\r?\n(?<code>.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();

    [GeneratedRegex(@"^using [A-Za-z0-9_.]+;\s*$")]
    private static partial Regex UsingDirective();

    [GeneratedRegex(@"\b(var|string)\s+key\b")]
    private static partial Regex DeclaresCredentials();
}
