// The command-line options, identical to those of ../shared/peers/peers.sh run (bench_py.py, TsBench):
//   --threads N  --reps 7  --only gemm,train,infer  --configs tabular,mnist-mlp,wide
//   --sizes 128,256,512,1024,2048  --rep-seconds 1.0  --gemm-rep-seconds 0.25  --max-wait 120
//   --json FILE (append)  --label NAME
// Dendrite only: --train-api fit,onbatch (which public training path to time; default both).
using System.Globalization;

namespace Dendrite.Bench;

/// <summary>The benchmark's settings, parsed from the command line.</summary>
internal sealed class BenchOptions
{
    /// <summary>Engine threads (Dendrite.Tensors.Engine.Threads); default 2.</summary>
    public int Threads { get; private set; } = 2;

    /// <summary>Timed repeats per item; default 7.</summary>
    public int Reps { get; private set; } = 7;

    /// <summary>Which benchmarks to run (gemm, train, infer); default all.</summary>
    public HashSet<string> Only { get; private set; } = ["gemm", "train", "infer"];

    /// <summary>Training configurations; default tabular, mnist-mlp, wide.</summary>
    public string[] Configs { get; private set; } = ["tabular", "mnist-mlp", "wide"];

    /// <summary>GEMM sizes n; default 128…2048.</summary>
    public int[] Sizes { get; private set; } = [128, 256, 512, 1024, 2048];

    /// <summary>Seconds per training repeat; default 1.0.</summary>
    public double RepSeconds { get; private set; } = 1.0;

    /// <summary>Seconds per GEMM repeat; default 0.25.</summary>
    public double GemmRepSeconds { get; private set; } = 0.25;

    /// <summary>Longest wait for a quiet machine before an item, in seconds; default 120.</summary>
    public double MaxWait { get; private set; } = 120;

    /// <summary>JSON-lines file results are appended to; default none (stdout only).</summary>
    public string? JsonPath { get; private set; }

    /// <summary>The peer name recorded in every line; default "dendrite".</summary>
    public string Label { get; private set; } = "dendrite";

    /// <summary>Training paths to time: "fit" (Model.Fit over the 32 batches) and/or "onbatch" (TrainOnBatch per step).</summary>
    public HashSet<string> TrainApi { get; private set; } = ["fit", "onbatch"];

    /// <summary>Parses the arguments; throws <see cref="ArgumentException"/> naming an unknown or malformed option.</summary>
    public static BenchOptions Parse(string[] args)
    {
        var o = new BenchOptions();
        for (int i = 0; i < args.Length; i++)
        {
            string name = args[i];
            if (i + 1 >= args.Length)
            {
                throw new ArgumentException($"option {name} needs a value");
            }

            string v = args[++i];
            switch (name)
            {
                case "--threads": o.Threads = int.Parse(v, CultureInfo.InvariantCulture); break;
                case "--reps": o.Reps = int.Parse(v, CultureInfo.InvariantCulture); break;
                case "--only": o.Only = [.. v.Split(',')]; break;
                case "--configs": o.Configs = v.Split(','); break;
                case "--sizes": o.Sizes = [.. v.Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture))]; break;
                case "--rep-seconds": o.RepSeconds = double.Parse(v, CultureInfo.InvariantCulture); break;
                case "--gemm-rep-seconds": o.GemmRepSeconds = double.Parse(v, CultureInfo.InvariantCulture); break;
                case "--max-wait": o.MaxWait = double.Parse(v, CultureInfo.InvariantCulture); break;
                case "--json": o.JsonPath = v; break;
                case "--label": o.Label = v; break;
                case "--train-api": o.TrainApi = [.. v.Split(',')]; break;
                default: throw new ArgumentException($"unknown option {name}");
            }
        }

        if (o.Threads < 1 || o.Reps < 1)
        {
            throw new ArgumentException($"--threads and --reps must be >= 1, received {o.Threads} and {o.Reps}");
        }

        string[] unknown = [.. o.Only.Except(["gemm", "train", "infer", "peak"])];
        if (unknown.Length > 0)
        {
            throw new ArgumentException($"--only takes gemm, train, infer and peak; received {string.Join(", ", unknown)}");
        }

        return o;
    }
}
