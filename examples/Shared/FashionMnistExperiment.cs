// FashionMnistExperiment: what the two Fashion-MNIST examples share: the command line (a seed, `--seeds 0,1,2` for
// the median over several, `--quick` for a small smoke run), the recipe of the issue and of PyTorch's run (Adam with
// learning rate 1e-3, batch 128, cross-entropy on logits, pixels / 255), the per-seed report (Keras progress bar,
// test accuracy, seconds per epoch with the load average) and the run folder (history.csv, metrics.json, the model).
using System.Globalization;
using Dendrite.Models;
using Dendrite.Nn.Losses;
using Dendrite.Optimizers;
using Dendrite.Training;
using Dendrite.Training.Callbacks;

namespace Dendrite.Examples;

/// <summary>Trains a Fashion-MNIST classifier for one or more seeds and reports accuracy and speed.</summary>
public static class FashionMnistExperiment
{
    /// <summary>Training images of a <c>--quick</c> run (its test images: <see cref="QuickTest"/>; one epoch).</summary>
    public const int QuickTrain = 2000;

    /// <summary>Test images of a <c>--quick</c> run.</summary>
    public const int QuickTest = 1000;

    /// <summary>Parses the arguments, trains one model per seed and writes the report; returns the exit code.</summary>
    /// <param name="name">The run folder's name, e.g. <c>fashion-mnist-mlp</c>.</param>
    /// <param name="args">The command line: <c>[seed]</c>, <c>--seeds 0,1,2</c>, <c>--quick</c>; default seed 0.</param>
    /// <param name="flatten">True for (n, 784) inputs, false for (n, 28, 28, 1) images; no default.</param>
    /// <param name="epochs">Epochs of a full run; no default.</param>
    /// <param name="build">Builds the untrained model for a seed; no default.</param>
    /// <param name="peerComparison">How PyTorch's time per epoch for the same recipe compared with this example's, measured one right after
    /// the other, printed after this run's seconds per epoch; default null = none. A ratio, not seconds: the host's speed drifts
    /// by a quarter from one day to the next, for both.</param>
    /// <returns>0, or 2 for a bad command line.</returns>
    public static int Run(string name, string[] args, bool flatten, int epochs, Func<int, Model> build, string? peerComparison = null)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(build);
        if (!TryParse(args, out int[] seeds, out bool quick, out string error))
        {
            Console.Error.WriteLine($"{error}\nUsage: [seed] | --seeds 0,1,2 | --quick   (default: seed 0, the full recipe)");
            return 2;
        }

        FashionMnistData data = FashionMnistData.Load(flatten, quick ? QuickTrain : null, quick ? QuickTest : null);
        epochs = quick ? 1 : epochs;
        Console.WriteLine($"Read Fashion-MNIST from {data.Source}: {data.TrainImages.Shape[0]} training and {data.TestImages.Shape[0]} test images {data.TrainImages.Shape}{(quick ? " (--quick: a subset, one epoch)" : "")}");

        RunFolder run = RunFolder.Create(name);
        var perSeed = new List<KeyValuePair<string, object>>();
        var accuracies = new List<double>();
        var epochSeconds = new List<double>();
        foreach (int seed in seeds)
        {
            Model model = build(seed);
            model.Compile(new Adam(learningRate: 1e-3), new SparseCategoricalCrossentropy(fromLogits: true), metrics: ["accuracy"]);
            if (seed == seeds[0])
            {
                model.Summary();
            }

            Console.WriteLine($"Seed {seed}: {epochs} epochs, batch 128, Adam 1e-3");
            var timer = new EpochTimer();
            History history = model.Fit(data.TrainImages, data.TrainLabels, epochs: epochs, batchSize: 128, callbacks: [timer], verbose: 1);
            Logs test = model.Evaluate(data.TestImages, data.TestLabels, batchSize: 1000);
            string load = LoadAverage();
            Console.WriteLine($"Seed {seed}: test accuracy {test["accuracy"]:F4}, test loss {test["loss"]:F4}, {timer.MedianSeconds:F1} s per epoch (median of {epochs}; load average {load})");
            accuracies.Add(test["accuracy"]);
            epochSeconds.AddRange(timer.Seconds);

            string suffix = seed == seeds[0] ? "" : $"_seed{seed}";
            run.WriteHistory(history, $"history{suffix}.csv");
            model.Save(Path.Combine(run.Path, $"model{suffix}.dendrite"));
            perSeed.Add(new(seed.ToString(CultureInfo.InvariantCulture), new OrderedDictionary<string, object>
            {
                ["test_accuracy"] = test["accuracy"],
                ["test_loss"] = test["loss"],
                ["seconds_per_epoch"] = timer.Seconds,
                ["load_average"] = load,
            }));
        }

        double median = EpochTimer.Median(accuracies), seconds = EpochTimer.Median(epochSeconds);
        Console.WriteLine(seeds.Length == 1
            ? $"Test accuracy: {median:F4}"
            : $"Median test accuracy over seeds {string.Join(',', seeds)}: {median:F4}");
        Console.WriteLine($"Seconds per epoch: {seconds:F1}{(peerComparison is not null && !quick ? $" ({peerComparison})" : "")}");
        run.WriteMetrics(new OrderedDictionary<string, object>
        {
            ["dataset"] = "fashion-mnist",
            ["quick"] = quick,
            ["epochs"] = epochs,
            ["batch_size"] = 128,
            ["seeds"] = seeds,
            ["test_accuracy_median"] = median,
            ["seconds_per_epoch_median"] = seconds,
            ["per_seed"] = perSeed,
        });
        Console.WriteLine($"Outputs: {run.Path} (history.csv: per-epoch metrics of seed {seeds[0]}; metrics.json: test results; model.dendrite: the trained model)");
        return 0;
    }

    private static bool TryParse(string[] args, out int[] seeds, out bool quick, out string error)
    {
        (seeds, quick, error) = ([0], false, "");
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] == "--quick")
            {
                quick = true;
            }
            else if (args[i] == "--seeds" && i + 1 < args.Length && TryParseSeeds(args[++i], out int[] list))
            {
                seeds = list;
            }
            else if (int.TryParse(args[i], NumberStyles.None, CultureInfo.InvariantCulture, out int seed))
            {
                seeds = [seed];
            }
            else
            {
                error = $"Unrecognised argument '{args[i]}': expected a seed (a non-negative integer), --seeds followed by a comma-separated list, or --quick.";
                return false;
            }
        }

        return true;
    }

    private static bool TryParseSeeds(string text, out int[] seeds)
    {
        string[] parts = text.Split(',', StringSplitOptions.TrimEntries);
        seeds = new int[parts.Length];
        for (int i = 0; i < parts.Length; i++)
        {
            if (!int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out seeds[i]))
            {
                return false;
            }
        }

        return seeds.Length > 0;
    }

    /// <summary>The one-minute load average from /proc/loadavg ("n/a" where there is none), printed beside timings on a shared machine.</summary>
    /// <returns>The load average as written by the kernel.</returns>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";
}
