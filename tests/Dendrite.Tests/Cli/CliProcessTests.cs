// The built tool as a real process: `dotnet src/Dendrite.Cli/bin/<Configuration>/net10.0/Dendrite.Cli.dll train
// datasets/credit_data.csv --target Status --epochs 3 --out <temp>` (built with the test project, which references
// it), in invariant globalization like the examples' tests; checks the exit code, what it prints and the run folder.
using System.Diagnostics;
using System.Text.Json;
using Dendrite.Tests.Data;
using Dendrite.Tests.Repository;

namespace Dendrite.Tests.Cli;

public class CliProcessTests
{
    [Fact]
    public async Task BuiltTool_TrainsOnTheBundledLoansAndWritesTheRunFolder()
    {
        string configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
        string dll = Path.Combine(RepositoryPaths.Root, "src", "Dendrite.Cli", "bin", configuration, "net10.0", "Dendrite.Cli.dll");
        Assert.True(File.Exists(dll), $"{dll} is missing: it is built with the test project (dotnet build tests/Dendrite.Tests -c {configuration}).");
        string outDir = Directory.CreateTempSubdirectory("dendrite-cli-").FullName;
        try
        {
            var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (string arg in new[] { dll, "train", BundledPaths.Dataset("credit_data.csv"), "--target", "Status", "--epochs", "3", "--out", outDir })
            {
                start.ArgumentList.Add(arg);
            }

            start.Environment["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "1";
            using Process process = Process.Start(start)!;
            Task<string> stdout = process.StandardOutput.ReadToEndAsync();
            Task<string> stderr = process.StandardError.ReadToEndAsync();
            using (var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3)))
            {
                try
                {
                    await process.WaitForExitAsync(timeout.Token);
                }
                catch (OperationCanceledException)
                {
                    process.Kill(entireProcessTree: true);
                    Assert.Fail("dendrite train did not finish within 3 minutes.");
                }
            }

            string output = await stdout, errors = await stderr;
            Assert.True(process.ExitCode == 0, $"exit {process.ExitCode}\n{output}\n{errors}");
            Assert.Equal("", errors);
            Assert.Contains("Target Status: binary (classes bad, good), inferred", output);
            Assert.Contains("Epoch 3/3", output);
            string run = Directory.GetDirectories(outDir, "credit_data-*").Single();
            Assert.Contains($"Run folder: {run}", output);
            Assert.Equal(["confusion_matrix.png", "history.csv", "learning_curves.png", "metrics.json", "model.dendrite", "precision_recall.png", "roc_curve.png", "weights.png"], Directory.GetFiles(run).Select(Path.GetFileName).Order());
            Assert.Equal(4, File.ReadAllLines(Path.Combine(run, "history.csv")).Length); // header + 3 epochs
            using JsonDocument metrics = JsonDocument.Parse(File.ReadAllText(Path.Combine(run, "metrics.json")));
            Assert.True(metrics.RootElement.GetProperty("test").GetProperty("roc_auc").GetDouble() > 0.75, output); // 3 epochs already rank well
        }
        finally
        {
            Directory.Delete(outDir, recursive: true);
        }
    }
}
