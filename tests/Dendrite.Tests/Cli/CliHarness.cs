// Runs the dendrite command line in-process (DendriteCli.Run with an argument array), capturing standard output,
// standard error and the exit code, and writes the small CSVs the CLI tests train on: a seeded, learnable table
// with a numeric feature that decides the label, a second numeric feature, a text category with a missing cell,
// and targets of each kind (two classes, three classes, a number).
using System.Globalization;
using System.Text;
using Dendrite.Cli;
using Dendrite.Tests.Data;

namespace Dendrite.Tests.Cli;

internal sealed record CliResult(int ExitCode, string Output, string Error)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Error}";
}

internal static class CliHarness
{
    public static CliResult Run(params string[] args)
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        using var error = new StringWriter(CultureInfo.InvariantCulture);
        int code = DendriteCli.Run(args, output, error);
        return new CliResult(code, output.ToString().Replace("\r\n", "\n", StringComparison.Ordinal), error.ToString().Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    /// <summary>
    /// 120 rows: x in [−1, 1), size = 10·x + noise-free offset, color one of red / green / blue (row 5 missing);
    /// label = yes when x &gt; 0; kind = low / mid / high by x's third; amount = 3·x + 1.5 (a continuous value).
    /// </summary>
    public static string Table(int rows = 120)
    {
        var text = new StringBuilder("x,size,color,label,kind,amount\n");
        string[] colors = ["red", "green", "blue"];
        for (int r = 0; r < rows; r++)
        {
            double x = -1 + (2.0 * ((r * 37) % rows) / rows);
            string color = r == 5 ? "" : colors[r % 3];
            string kind = x < -1.0 / 3 ? "low" : x < 1.0 / 3 ? "mid" : "high";
            text.Append(CultureInfo.InvariantCulture, $"{x:R},{10 * x + 3:R},{color},{(x > 0 ? "yes" : "no")},{kind},{3 * x + 1.5:R}\n");
        }

        return text.ToString();
    }

    /// <summary>Trains a small binary model on <see cref="Table"/> (label from the other columns but kind and amount) and returns the model file.</summary>
    public static string TrainSmallModel(TempCsv csv)
    {
        CliResult result = Run("train", csv.Path, "--target", "label", "--epochs", "30", "--hidden", "8", "--learning-rate", "0.05", "--patience", "0", "--out", csv.Directory);
        Assert.True(result.ExitCode == 0, result.ToString());
        return Directory.GetFiles(csv.Directory, "model.dendrite", SearchOption.AllDirectories).Single();
    }

    /// <summary>A table without the kind and amount columns, so that its only target is label.</summary>
    public static string LabelTable(int rows = 120) =>
        string.Join('\n', Table(rows).Split('\n').Select(line => string.Join(',', line.Split(',').Take(4))));
}
