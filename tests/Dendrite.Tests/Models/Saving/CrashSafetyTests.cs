// Crash safety: a child process saves a large model to one path in a loop and is killed while saving
// (right after it prints "saving i", i.e. after saves 0..i-1 completed). The path must then hold a
// complete model from save i-1 or i — loadable, with the matching marker and every other weight intact —
// never a partial file. Synchronisation is only through the child's stdout lines.
using System.Diagnostics;
using Dendrite.Models;

namespace Dendrite.Tests.Models.Saving;

public sealed class CrashSafetyTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    public void Killing_the_process_mid_save_never_leaves_a_partial_model(int killAtSave)
    {
        using var dir = new TempDirectory();
        string path = dir.File("model.dendrite");
        using Process child = StartChild(path);
        try
        {
            string? line;
            while ((line = child.StandardOutput.ReadLine()) != $"saving {killAtSave}")
            {
                if (line is null)
                {
                    Assert.Fail($"the child exited before 'saving {killAtSave}': {child.StandardError.ReadToEnd()}");
                }
            }
        }
        finally
        {
            child.Kill(entireProcessTree: true);
            child.WaitForExit();
        }

        Model loaded = Model.Load(path);
        int marker = (int)loaded.Weights[0].Value.GetFlat(0);
        Assert.InRange(marker, killAtSave - 1, killAtSave);
        Sequential expected = CrashModel.Create();
        expected.Weights[0].Value.SetFlat(0, marker);
        Assert.Equal(SavingTestModels.FlatWeights(expected), SavingTestModels.FlatWeights(loaded));
    }

    private static Process StartChild(string modelPath)
    {
        string childDll = Path.Combine(AppContext.BaseDirectory, "Dendrite.SaveUnderKill.dll");
        Assert.True(File.Exists(childDll), $"{childDll} is missing (the test project references Dendrite.SaveUnderKill)");
        var start = new ProcessStartInfo(DotnetHost(), [childDll, modelPath])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        return Process.Start(start) ?? throw new InvalidOperationException("Could not start the child process.");
    }

    /// <summary>The dotnet host running the tests (so the child uses the same runtime).</summary>
    private static string DotnetHost()
    {
        string? host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (host is not null && File.Exists(host))
        {
            return host;
        }

        string? process = Environment.ProcessPath;
        return process is not null && Path.GetFileNameWithoutExtension(process) == "dotnet" ? process : "dotnet";
    }
}
