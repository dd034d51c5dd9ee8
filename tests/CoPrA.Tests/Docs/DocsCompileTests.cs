using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CoPrA.Tests.Docs;

/// <summary>
/// Every ```csharp block in README.md and docs/*.md compiles against the library as a user would
/// paste it into a fresh console app (<c>dotnet new console</c>): with the SDK's implicit usings of
/// such an app and the block's own using lines, nothing else, so a block that needs a CoPrA
/// namespace must say so. A block is compiled as a program of top-level statements; when it uses
/// <c>key</c> without declaring it, placeholder credentials (<c>key</c>, <c>secret</c>,
/// <c>passphrase</c>) are declared after its using lines. Blocks fenced as ```text are not compiled.
/// </summary>
public partial class DocsCompileTests
{
    /// <summary>What <c>ImplicitUsings</c> gives a console app of Microsoft.NET.Sdk: no CoPrA namespace, no dependency injection.</summary>
    private const string Prelude = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Threading;
        global using System.Threading.Tasks;

        """;

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

        var errors = CompileErrors(code, $"Docs_{Path.GetFileNameWithoutExtension(file)}_{index}");

        Assert.True(errors.Count == 0, $"{file} block {index} does not compile:\n{string.Join('\n', errors)}\n---\n{code}");
    }

    [Fact]
    public void A_block_without_the_using_lines_it_needs_does_not_compile()
    {
        string code = ReadBlocks().First(b => b.File == "README.md").Code;
        Assert.StartsWith("using CoPrA.Rest;", code, StringComparison.Ordinal);

        var errors = CompileErrors(code.Replace("using CoPrA.Rest;", "", StringComparison.Ordinal), "Docs_missing_using");

        Assert.Contains(errors, error => error.Contains("CS0246", StringComparison.Ordinal) && error.Contains("'RestClient'", StringComparison.Ordinal));
    }

    /// <summary>The errors of <paramref name="code"/> compiled as a block is: the prelude, its own usings, placeholders where needed.</summary>
    private static List<string> CompileErrors(string code, string assemblyName)
    {
        // The snippet's own using directives must stay first; the placeholders go after them.
        var lines = code.Split('\n');
        int usings = lines.TakeWhile(line => UsingDirective().IsMatch(line) || string.IsNullOrWhiteSpace(line)).Count();
        string body = string.Join('\n', lines.Skip(usings));
        string placeholders = body.Contains("key", StringComparison.Ordinal) && !DeclaresCredentials().IsMatch(body) ? Placeholders : "";
        string program = string.Join('\n', lines.Take(usings)) + "\n" + placeholders + body;
        var compilation = CSharpCompilation.Create(
            assemblyName,
            [
                CSharpSyntaxTree.ParseText(Prelude, new CSharpParseOptions(LanguageVersion.Preview)),
                CSharpSyntaxTree.ParseText(program, new CSharpParseOptions(LanguageVersion.Preview)),
            ],
            References.Value,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));

        return compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ToList();
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
