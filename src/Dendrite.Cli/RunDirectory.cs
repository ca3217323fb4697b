// RunDirectory: the run folder of `dendrite train` (DESIGN.md, "Run folders"): <out>/<data>-<yyyyMMdd-HHmmss>/ with
// history.csv (epoch, then every log key, round-trip numbers) and metrics.json (settings, rows and test metrics,
// written with Utf8JsonWriter: no reflection); a second run in the same second gets "-2", "-3", ….
using System.Globalization;
using System.Text.Json;
using Dendrite.Data.Modeling;
using Dendrite.Training.Callbacks;

namespace Dendrite.Cli;

internal sealed class RunDirectory
{
    private RunDirectory(string path) => Path = path;

    public string Path { get; }

    public static RunDirectory Create(string parent, string name)
    {
        string stem = System.IO.Path.GetFullPath(System.IO.Path.Combine(parent, $"{name}-{DateTime.Now.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture)}"));
        string path = stem;
        for (int n = 2; Directory.Exists(path); n++)
        {
            path = $"{stem}-{n}";
        }

        Directory.CreateDirectory(path);
        return new RunDirectory(path);
    }

    public void WriteHistory(History history)
    {
        var keys = history.Values.Keys.ToList();
        var lines = new List<string> { "epoch," + string.Join(',', keys) };
        for (int i = 0; i < history.Epochs.Count; i++)
        {
            lines.Add((history.Epochs[i] + 1).ToString(CultureInfo.InvariantCulture) + "," +
                string.Join(',', keys.Select(k => history.Values[k][i].ToString("R", CultureInfo.InvariantCulture))));
        }

        File.WriteAllLines(System.IO.Path.Combine(Path, "history.csv"), lines);
    }

    public void WriteMetrics(TrainSettings s, TabularTask task, TabularPreprocessor prep, int trainRows, int testRows, int epochs, double seconds, Measures measures, string? positiveClass)
    {
        using FileStream stream = File.Create(System.IO.Path.Combine(Path, "metrics.json"));
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("data", System.IO.Path.GetFullPath(s.Data));
        json.WriteStartArray("targets");
        s.Targets.ToList().ForEach(json.WriteStringValue);
        json.WriteEndArray();
        json.WriteString("task", TrainingRun.Name(task));
        if (prep.TargetEncoders.Count == 1)
        {
            json.WriteStartArray("classes");
            prep.TargetEncoders[0].Classes.ToList().ForEach(json.WriteStringValue);
            json.WriteEndArray();
        }

        if (positiveClass is not null)
        {
            json.WriteString("positive_class", positiveClass);
        }

        json.WriteNumber("seed", s.Seed);
        json.WriteString("hidden", string.Join(',', s.Hidden));
        json.WriteNumber("learning_rate", s.LearningRate);
        json.WriteNumber("batch_size", s.BatchSize);
        json.WriteNumber("train_rows", trainRows);
        json.WriteNumber("test_rows", testRows);
        json.WriteNumber("features", prep.FeatureCount);
        json.WriteNumber("epochs", epochs);
        json.WriteNumber("train_seconds", Math.Round(seconds, 3));
        json.WriteStartObject("test");
        foreach (var (name, value) in measures.Values.Where(v => double.IsFinite(v.Value)))
        {
            json.WriteNumber(name, value);
        }

        json.WriteEndObject();
        if (measures.Confusion is int[,] m)
        {
            json.WriteStartArray("confusion_matrix");
            for (int i = 0; i < m.GetLength(0); i++)
            {
                json.WriteStartArray();
                for (int j = 0; j < m.GetLength(1); j++)
                {
                    json.WriteNumberValue(m[i, j]);
                }

                json.WriteEndArray();
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }
}
