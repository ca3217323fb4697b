using System.Text.RegularExpressions;

namespace Dendrite.Tests.Repository;

/// <summary>The architecture rule of DESIGN.md: a layer of src/Dendrite imports only layers below it, and namespaces equal folders.</summary>
public partial class LayeringTests
{
    /// <summary>Bottom to top.</summary>
    private static readonly string[] s_layers = ["Tensors", "Kernels", "Autodiff", "Nn", "Optimizers", "Metrics", "Models", "Training", "Data"];

    [Fact]
    public void NoLayerReferencesAHigherLayer_AndNamespacesEqualFolders()
    {
        string root = RepositoryPaths.LibrarySource;
        string[] files = Directory.GetFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(f => !IsBuildOutput(Path.GetRelativePath(root, f)))
            .ToArray();
        Assert.NotEmpty(files);
        var problems = new List<string>();
        foreach (string file in files)
        {
            string relative = Path.GetRelativePath(root, file).Replace('\\', '/');
            problems.AddRange(Check(relative, File.ReadAllText(file)));
        }

        Assert.True(problems.Count == 0, $"{problems.Count} layering problem(s):\n" + string.Join("\n", problems));
    }

    [Fact]
    public void Checker_FlagsAnUpwardUsing()
    {
        const string Source = """
            using Dendrite.Tensors;
            using Dendrite.Training;

            namespace Dendrite.Kernels;

            internal static class Bad
            {
            }
            """;
        string problem = Assert.Single(Check("Kernels/Bad.cs", Source));
        Assert.Contains("Kernels/Bad.cs:2", problem);
        Assert.Contains("Dendrite.Training", problem);
    }

    [Fact]
    public void Checker_FlagsFullyQualifiedAndRelativeUpwardReferences()
    {
        const string Source = """
            namespace Dendrite.Autodiff;

            internal static class Bad
            {
                public static object A() => new global::Dendrite.Models.Sequential();

                public static object B() => Nn.Layers.Dense.Create();

                public static object C() => Kernels.Gemm.Transpose;
            }
            """;
        string[] problems = Check("Autodiff/Bad.cs", Source).ToArray();
        Assert.Equal(2, problems.Length);
        Assert.Contains(problems, p => p.Contains("Dendrite.Models", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("Nn", StringComparison.Ordinal));
    }

    [Fact]
    public void Checker_IgnoresCommentsStringsAndDocCrefs()
    {
        const string Source = """
            // Uses Dendrite.Training.Fit as an example.
            using Dendrite.Tensors;

            namespace Dendrite.Kernels;

            /// <summary>See <see cref="Dendrite.Models.Model"/>.</summary>
            internal static class Fine
            {
                /* Dendrite.Data.Csv */
                public const string Name = "Dendrite.Training.History";
                public const string Verbatim = @"using Dendrite.Data;";
            }
            """;
        Assert.Empty(Check("Kernels/Fine.cs", Source));
    }

    [Fact]
    public void Checker_FlagsANamespaceThatDiffersFromTheFolder_AndUnknownFolders()
    {
        Assert.Contains("namespace", Assert.Single(Check("Nn/Layers/Dense.cs", "namespace Dendrite.Nn;\n")));
        Assert.Empty(Check("Nn/Layers/Dense.cs", "namespace Dendrite.Nn.Layers;\n"));
        Assert.Contains("no namespace", Assert.Single(Check("Nn/Layers/Dense.cs", "internal class X { }\n")));
        Assert.Contains("not a layer", Assert.Single(Check("Gadgets/Thing.cs", "namespace Dendrite.Gadgets;\n")));

        // A folder named after the partial class its files extend belongs to the parent namespace.
        Assert.Empty(Check("Autodiff/Ops/Add.cs", "namespace Dendrite.Autodiff;\n\npublic static partial class Ops\n{\n}\n"));
        Assert.Single(Check("Autodiff/Ops/Add.cs", "namespace Dendrite.Autodiff;\n\npublic static class Other\n{\n}\n"));
    }

    /// <summary>The problems in one source file at <paramref name="relativePath"/> (relative to src/Dendrite, with '/').</summary>
    internal static IEnumerable<string> Check(string relativePath, string source)
    {
        string[] folders = relativePath.Split('/')[..^1];
        if (folders.Length == 0)
        {
            yield return $"{relativePath}: files belong in a layer folder ({string.Join(", ", s_layers)}).";
            yield break;
        }

        int layer = Array.IndexOf(s_layers, folders[0]);
        if (layer < 0)
        {
            yield return $"{relativePath}: folder '{folders[0]}' is not a layer of DESIGN.md ({string.Join(", ", s_layers)}); add it to the layer list deliberately.";
            yield break;
        }

        string code = StripCommentsAndStrings(source);
        string[] lines = code.Split('\n');
        string? ns = null;
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i];
            Match nsMatch = NamespaceRegex().Match(line);
            if (nsMatch.Success)
            {
                ns ??= nsMatch.Groups[1].Value;
                continue;
            }

            Match usingMatch = UsingRegex().Match(line);
            if (usingMatch.Success)
            {
                string target = usingMatch.Groups[1].Value;
                int used = Array.IndexOf(s_layers, target);
                if (used > layer)
                {
                    yield return $"{relativePath}:{i + 1}: layer {folders[0]} uses Dendrite.{target}, a higher layer.";
                }

                continue;
            }

            foreach (Match m in QualifiedRegex().Matches(line))
            {
                int used = Array.IndexOf(s_layers, m.Groups[1].Value);
                if (used > layer)
                {
                    yield return $"{relativePath}:{i + 1}: layer {folders[0]} references Dendrite.{m.Groups[1].Value}, a higher layer.";
                }
            }

            foreach (Match m in RelativeRegex().Matches(line))
            {
                int used = Array.IndexOf(s_layers, m.Groups[1].Value);
                if (used > layer)
                {
                    yield return $"{relativePath}:{i + 1}: layer {folders[0]} references {m.Groups[1].Value}.{m.Groups[2].Value} (Dendrite.{m.Groups[1].Value}), a higher layer.";
                }
            }
        }

        string expected = "Dendrite." + string.Join('.', folders);
        string parent = "Dendrite." + string.Join('.', folders[..^1]);
        bool partialFolder = folders.Length > 1 && Regex.IsMatch(code, $@"\bpartial\s+(class|struct|record|interface)\s+{Regex.Escape(folders[^1])}\b");
        if (ns is null)
        {
            yield return $"{relativePath}: no namespace declaration; expected 'namespace {expected};'.";
        }
        else if (ns != expected && !(partialFolder && ns == parent))
        {
            yield return $"{relativePath}: namespace {ns} does not match its folder; expected {expected}.";
        }
    }

    /// <summary>Blanks out comments (including XML doc comments) and string and char literals, keeping line breaks.</summary>
    internal static string StripCommentsAndStrings(string source)
    {
        var sb = new System.Text.StringBuilder(source.Length);
        int i = 0;
        while (i < source.Length)
        {
            char c = source[i];
            char next = i + 1 < source.Length ? source[i + 1] : '\0';
            if (c == '/' && next == '/')
            {
                while (i < source.Length && source[i] != '\n')
                {
                    i++;
                }
            }
            else if (c == '/' && next == '*')
            {
                i += 2;
                while (i < source.Length && !(source[i] == '*' && i + 1 < source.Length && source[i + 1] == '/'))
                {
                    sb.Append(source[i] == '\n' ? '\n' : ' ');
                    i++;
                }

                i += 2;
            }
            else if (c == '"' && i + 2 < source.Length && source[i + 1] == '"' && source[i + 2] == '"')
            {
                int start = i;
                while (i < source.Length && source[i] == '"')
                {
                    i++;
                }

                int quotes = i - start;
                string close = new('"', quotes);
                int end = source.IndexOf(close, i, StringComparison.Ordinal);
                end = end < 0 ? source.Length : end + quotes;
                sb.Append(source.AsSpan(i, end - i).ToString().Where(ch => ch == '\n').Select(_ => '\n').ToArray());
                i = end;
            }
            else if (c == '"' || c == '\'')
            {
                bool verbatim = i > 0 && (source[i - 1] == '@' || (source[i - 1] == '$' && i > 1 && source[i - 2] == '@'));
                char quote = c;
                i++;
                while (i < source.Length)
                {
                    if (!verbatim && source[i] == '\\')
                    {
                        i += 2;
                        continue;
                    }

                    if (source[i] == quote)
                    {
                        if (verbatim && i + 1 < source.Length && source[i + 1] == quote)
                        {
                            i += 2;
                            continue;
                        }

                        break;
                    }

                    if (source[i] == '\n')
                    {
                        sb.Append('\n');
                    }

                    i++;
                }

                i++;
                sb.Append("\"\"");
            }
            else
            {
                sb.Append(c);
                i++;
            }
        }

        return sb.ToString();
    }

    private static bool IsBuildOutput(string relative) =>
        relative.StartsWith("bin", StringComparison.Ordinal) || relative.StartsWith("obj", StringComparison.Ordinal);

    [GeneratedRegex(@"^\s*namespace\s+([\w.]+)")]
    private static partial Regex NamespaceRegex();

    [GeneratedRegex(@"^\s*(?:global\s+)?using\s+(?:static\s+)?(?:\w+\s*=\s*)?(?:global::)?Dendrite\.(\w+)")]
    private static partial Regex UsingRegex();

    [GeneratedRegex(@"(?<![\w.])(?:global::)?Dendrite\.(\w+)\.")]
    private static partial Regex QualifiedRegex();

    [GeneratedRegex(@"(?<![\w.:])(Tensors|Kernels|Autodiff|Nn|Optimizers|Metrics|Models|Training|Data)\.([A-Z]\w*)")]
    private static partial Regex RelativeRegex();
}
