// Results as JSON lines in the peers' schema (../shared/peers/README.md, "Re-running side by side"):
//   {peer, version, threads, bench, config, unit, median, min, max, n, values[], foreign_load[], dirty,
//    iters_per_rep, ...extra}
// printed to stdout and appended to --json.
using System.Text;
using System.Text.Json;

namespace Dendrite.Bench;

/// <summary>Writes result records in the peers' JSON-lines schema.</summary>
internal sealed class JsonLines(BenchOptions options, string version)
{
    /// <summary>Writes one result: the values (already in <paramref name="unit"/>) and the timing's load data.</summary>
    /// <param name="bench">gemm, train, train-onbatch or infer.</param>
    /// <param name="config">The item, e.g. "1024", "mnist-mlp", "mnist-mlp batch=1 latency".</param>
    /// <param name="unit">GFLOP/s, samples/s or us.</param>
    /// <param name="values">One value per reported repeat.</param>
    /// <param name="timing">The repeats' load data.</param>
    /// <param name="extra">Additional fields; default none.</param>
    public void Result(string bench, string config, string unit, List<double> values, Timing timing, IReadOnlyDictionary<string, object>? extra = null)
    {
        double[] sorted = [.. values.Order()];
        int n = sorted.Length;
        double median = n % 2 == 1 ? sorted[n / 2] : 0.5 * (sorted[(n / 2) - 1] + sorted[n / 2]);
        Write(w =>
        {
            w.WriteString("bench", bench);
            w.WriteString("config", config);
            w.WriteString("unit", unit);
            w.WriteNumber("median", Round(median));
            w.WriteNumber("min", Round(sorted[0]));
            w.WriteNumber("max", Round(sorted[^1]));
            w.WriteNumber("n", n);
            w.WriteStartArray("values");
            values.ForEach(v => w.WriteNumberValue(Round(v)));
            w.WriteEndArray();
            w.WriteStartArray("foreign_load");
            timing.ForeignLoad.ForEach(v => w.WriteNumberValue(Math.Round(v, 2)));
            w.WriteEndArray();
            w.WriteNumber("dirty", timing.Dirty);
            w.WriteNumber("iters_per_rep", timing.ItersPerRep);
            WriteExtra(w, extra);
        });
    }

    /// <summary>Writes a record with only the common fields and <paramref name="fields"/> (e.g. the "env" record).</summary>
    public void Record(IReadOnlyDictionary<string, object> fields) => Write(w => WriteExtra(w, fields));

    private static double Round(double v) => double.Parse(v.ToString("G6", System.Globalization.CultureInfo.InvariantCulture), System.Globalization.CultureInfo.InvariantCulture);

    private static void WriteExtra(Utf8JsonWriter w, IReadOnlyDictionary<string, object>? extra)
    {
        foreach (var (key, value) in extra ?? new Dictionary<string, object>())
        {
            switch (value)
            {
                case string s: w.WriteString(key, s); break;
                case bool b: w.WriteBoolean(key, b); break;
                case int i: w.WriteNumber(key, i); break;
                case double d: w.WriteNumber(key, Round(d)); break;
                default: w.WriteString(key, value.ToString()); break;
            }
        }
    }

    private void Write(Action<Utf8JsonWriter> body)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("peer", options.Label);
            w.WriteString("version", version);
            w.WriteNumber("threads", options.Threads);
            body(w);
            w.WriteEndObject();
        }

        string line = Encoding.UTF8.GetString(stream.ToArray());
        Console.WriteLine(line);
        if (options.JsonPath is not null)
        {
            File.AppendAllText(options.JsonPath, line + "\n");
        }
    }
}
