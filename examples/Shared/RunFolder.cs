// RunFolder: where a training job leaves its results (DESIGN.md, "Run folders"): runs/<name>-<yyyyMMdd-HHmmss>/
// under the current directory, with history.csv (one row per epoch: the 1-based epoch, then every log key in
// log order, values round-trip formatted) and metrics.json (the test results, written with Utf8JsonWriter: no
// reflection). A second run in the same second gets a "-2", "-3", … suffix rather than overwriting the first.
using System.Collections;
using System.Globalization;
using System.Text.Json;
using Dendrite.Training.Callbacks;

namespace Dendrite.Examples;

/// <summary>A run's output folder, <c>runs/&lt;name&gt;-&lt;timestamp&gt;/</c>, with its history and metrics files.</summary>
public sealed class RunFolder
{
    private RunFolder(string path) => Path = path;

    /// <summary>The folder's absolute path.</summary>
    public string Path { get; }

    /// <summary>Creates <c>runs/&lt;name&gt;-&lt;yyyyMMdd-HHmmss&gt;/</c> under the current directory.</summary>
    /// <param name="name">The run's name, e.g. <c>regression</c>.</param>
    /// <returns>The new, empty folder.</returns>
    public static RunFolder Create(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        string stem = System.IO.Path.GetFullPath(System.IO.Path.Combine("runs", $"{name}-{DateTime.Now.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture)}"));
        string path = stem;
        for (int n = 2; Directory.Exists(path); n++)
        {
            path = $"{stem}-{n}";
        }

        Directory.CreateDirectory(path);
        return new RunFolder(path);
    }

    /// <summary>Writes one CSV row per epoch: the 1-based epoch, then every log key (loss, metrics, val_…).</summary>
    /// <param name="history">The history returned by Fit.</param>
    /// <param name="fileName">The file's name in the folder; default <c>history.csv</c>.</param>
    /// <returns>The file's full path.</returns>
    public string WriteHistory(History history, string fileName = "history.csv")
    {
        ArgumentNullException.ThrowIfNull(history);
        var keys = history.Values.Keys.ToList();
        var lines = new List<string> { "epoch," + string.Join(',', keys) };
        for (int i = 0; i < history.Epochs.Count; i++)
        {
            IEnumerable<string> values = keys.Select(k => history.Values[k][i].ToString("R", CultureInfo.InvariantCulture));
            lines.Add((history.Epochs[i] + 1).ToString(CultureInfo.InvariantCulture) + "," + string.Join(',', values));
        }

        string path = System.IO.Path.Combine(Path, fileName);
        File.WriteAllLines(path, lines);
        return path;
    }

    /// <summary>Writes the results as a JSON object, keys in the given order.</summary>
    /// <param name="metrics">Name and value pairs; a value is a string, a number, a bool, an int[,] (nested arrays), a sequence, or a nested sequence of pairs.</param>
    /// <param name="fileName">The file's name in the folder; default <c>metrics.json</c>.</param>
    /// <returns>The file's full path.</returns>
    /// <exception cref="ArgumentException">A value is of a type not listed, or a number is not finite.</exception>
    public string WriteMetrics(IEnumerable<KeyValuePair<string, object>> metrics, string fileName = "metrics.json")
    {
        ArgumentNullException.ThrowIfNull(metrics);
        string path = System.IO.Path.Combine(Path, fileName);
        using (FileStream stream = File.Create(path))
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            WriteValue(writer, metrics);
        }

        File.AppendAllText(path, "\n");
        return path;
    }

    private static void WriteValue(Utf8JsonWriter writer, object value)
    {
        switch (value)
        {
            case string text:
                writer.WriteStringValue(text);
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case int or long:
                writer.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture));
                break;
            case double or float:
                double number = Convert.ToDouble(value, CultureInfo.InvariantCulture);
                if (!double.IsFinite(number))
                {
                    throw new ArgumentException($"RunFolder.WriteMetrics: JSON has no {number}; received a non-finite number.", nameof(value));
                }

                writer.WriteNumberValue(number);
                break;
            case int[,] matrix:
                writer.WriteStartArray();
                for (int i = 0; i < matrix.GetLength(0); i++)
                {
                    writer.WriteStartArray();
                    for (int j = 0; j < matrix.GetLength(1); j++)
                    {
                        writer.WriteNumberValue(matrix[i, j]);
                    }

                    writer.WriteEndArray();
                }

                writer.WriteEndArray();
                break;
            case IEnumerable<KeyValuePair<string, object>> pairs:
                writer.WriteStartObject();
                foreach (var (key, item) in pairs)
                {
                    writer.WritePropertyName(key);
                    WriteValue(writer, item);
                }

                writer.WriteEndObject();
                break;
            case IEnumerable items:
                writer.WriteStartArray();
                foreach (object item in items)
                {
                    WriteValue(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                throw new ArgumentException($"RunFolder.WriteMetrics cannot write a {value.GetType().Name}; expected a string, number, bool, int[,], sequence or sequence of pairs.", nameof(value));
        }
    }
}
