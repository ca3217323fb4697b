// TfjsNode: runs the Node scripts of tests/tfjs with the pinned pure-JavaScript @tensorflow/tfjs (CPU backend).
// The first use installs it with `npm ci` from tests/tfjs/package-lock.json into tests/tfjs/node_modules
// (ignored by git) unless the pinned version is already there, so later runs start at once. The tests skip
// only when node or npm is not on PATH (NodeFactAttribute); a failed install or script fails the test.
using System.Diagnostics;
using System.Text.Json.Nodes;
using Dendrite.Tests.Repository;

namespace Dendrite.Tests.Models.Interop;

internal static class TfjsNode
{
    private static readonly Lazy<string> s_installed = new(Install, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>tests/tfjs.</summary>
    public static string Folder => Path.Combine(RepositoryPaths.Root, "tests", "tfjs");

    /// <summary>Whether an executable named <paramref name="name"/> is on PATH.</summary>
    public static bool OnPath(string name) => (Environment.GetEnvironmentVariable("PATH") ?? "")
        .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .Any(dir => File.Exists(Path.Combine(dir, name)) || File.Exists(Path.Combine(dir, name + ".exe")) || File.Exists(Path.Combine(dir, name + ".cmd")));

    /// <summary>Runs <c>node script args…</c> in tests/tfjs after making sure tfjs is installed; fails the test on a non-zero exit.</summary>
    public static void Run(string script, params string[] args)
    {
        _ = s_installed.Value;
        var (code, output) = Execute("node", [script, .. args]);
        Assert.True(code == 0, $"node {script} exited with {code}:\n{output}");
    }

    private static string Install()
    {
        string pinned = JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, "package.json")))!["dependencies"]!["@tensorflow/tfjs"]!.GetValue<string>();
        string installed = Path.Combine(Folder, "node_modules", "@tensorflow", "tfjs", "package.json");
        if (File.Exists(installed) && JsonNode.Parse(File.ReadAllText(installed))!["version"]!.GetValue<string>() == pinned)
        {
            return pinned;
        }

        var (code, output) = Execute(OperatingSystem.IsWindows() ? "npm.cmd" : "npm", ["ci", "--ignore-scripts", "--no-audit", "--no-fund", "--loglevel=error"]);
        Assert.True(code == 0, $"npm ci in {Folder} exited with {code}:\n{output}");
        return pinned;
    }

    private static (int Code, string Output) Execute(string file, string[] args)
    {
        var start = new ProcessStartInfo(file, args)
        {
            WorkingDirectory = Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using Process process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {file}.");
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            return (-1, $"{file} did not finish within 5 minutes.");
        }

        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}

/// <summary>A fact that needs Node and npm; skipped, saying so, only when they are not on PATH.</summary>
public sealed class NodeFactAttribute : FactAttribute
{
    /// <summary>Creates the attribute (no settings).</summary>
    public NodeFactAttribute()
    {
        if (!TfjsNode.OnPath("node") || !TfjsNode.OnPath("npm"))
        {
            Skip = "node and npm are not on PATH; the TensorFlow.js interop tests need Node 18+ and npm (CI has both).";
        }
    }
}
