// ModelTraining: Fit / Evaluate / Predict and their per-batch forms, as extension members of Model
// (Keras' trainer). Fit is one loop of callback hooks — see Callback for their order — and never
// writes output itself: the progress bar is a callback.
using Dendrite.Metrics;
using Dendrite.Models;
using Dendrite.Tensors;
using Dendrite.Training.Callbacks;

namespace Dendrite.Training;

/// <summary>Training, evaluation and prediction for <see cref="Model"/>: <c>model.Fit(x, y, epochs: 20)</c>.</summary>
public static partial class ModelTraining
{
    /// <summary>Training and evaluation of a model.</summary>
    /// <param name="model">The compiled model.</param>
    extension(Model model)
    {
        /// <summary>Trains the model for a number of epochs on (x, y) in mini-batches.</summary>
        /// <param name="x">Inputs, shape (samples, …).</param>
        /// <param name="y">Targets, one row per sample (class labels, one-hot rows or values).</param>
        /// <param name="epochs">The epoch to stop at (the last trained is epochs − 1); default 1.</param>
        /// <param name="batchSize">Samples per gradient step, ≥ 1; default 32.</param>
        /// <param name="validationSplit">Fraction in [0, 1) of the data, taken from the end before shuffling, held out for validation; default 0.</param>
        /// <param name="validationData">Explicit validation (x, y); overrides <paramref name="validationSplit"/>; default null.</param>
        /// <param name="shuffle">Shuffle the training rows before each epoch (seeded by the model); default true.</param>
        /// <param name="callbacks">Extra callbacks, e.g. <see cref="EarlyStopping"/>; default null.</param>
        /// <param name="verbose">0 silent, 1 progress bar, 2 one line per epoch; default 1.</param>
        /// <param name="initialEpoch">The epoch to start from (to resume training); default 0.</param>
        /// <param name="sampleWeight">One weight per training sample for the loss and metrics; default null.</param>
        /// <returns>The <see cref="History"/> of per-epoch metrics.</returns>
        /// <exception cref="InvalidOperationException">The model is not compiled.</exception>
        /// <exception cref="Nn.ShapeMismatchException">x, y or the model disagree on shapes.</exception>
        /// <exception cref="Nn.NonFiniteValueException">x or y contains NaN or infinity.</exception>
        /// <exception cref="Nn.InvalidTargetException">A target is out of range for the loss.</exception>
        public History Fit(Tensor x, Tensor y, int epochs = 1, int batchSize = 32, double validationSplit = 0.0, (Tensor X, Tensor Y)? validationData = null, bool shuffle = true, IReadOnlyList<Callback>? callbacks = null, int verbose = 1, int initialEpoch = 0, Tensor? sampleWeight = null)
        {
            ArgumentNullException.ThrowIfNull(model);
            RequireCompiled(model, "Fit");
            CheckSettings(batchSize, verbose);
            ArgumentOutOfRangeException.ThrowIfNegative(initialEpoch);
            if (epochs < initialEpoch)
            {
                throw new ArgumentOutOfRangeException(nameof(epochs), epochs, $"Fit needs epochs >= initialEpoch ({initialEpoch}).");
            }

            if (!(validationSplit is >= 0 and < 1))
            {
                throw new ArgumentOutOfRangeException(nameof(validationSplit), validationSplit, "Fit validationSplit must be in [0, 1).");
            }

            PrepareData(model, x, y, "Fit");
            if (sampleWeight is not null && sampleWeight.Size != x.Shape[0])
            {
                throw new Nn.ShapeMismatchException($"Fit: sampleWeight has shape {sampleWeight.Shape}, expected one weight per sample ({x.Shape[0]}).");
            }

            Tensor xTrain = x, yTrain = y;
            Tensor? swTrain = sampleWeight;
            (Tensor X, Tensor Y)? validation = validationData;
            if (validation is { } v)
            {
                PrepareData(model, v.X, v.Y, "Fit validationData");
            }
            else if (validationSplit > 0)
            {
                int n = x.Shape[0];
                int trainCount = (int)Math.Ceiling(n * (1 - validationSplit));
                if (trainCount == n || trainCount == 0)
                {
                    throw new ArgumentException($"Fit: validationSplit {validationSplit} of {n} samples leaves {trainCount} for training and {n - trainCount} for validation; both must be non-empty.", nameof(validationSplit));
                }

                xTrain = x.Rows(0, trainCount);
                yTrain = y.Rows(0, trainCount);
                swTrain = sampleWeight?.Rows(0, trainCount);
                validation = (x.Rows(trainCount, n - trainCount), y.Rows(trainCount, n - trainCount));
            }

            int samples = xTrain.Shape[0];
            int steps = (samples + batchSize - 1) / batchSize;
            var history = new History();
            var all = new List<Callback> { history };
            all.AddRange(callbacks ?? []);
            if (verbose > 0)
            {
                all.Add(new ProgressBar(verbose));
            }

            var hooks = new CallbackList(all);
            hooks.Bind(model, new TrainingParams(epochs, steps, verbose, validation is not null));
            var lossTracker = new Mean("loss");
            var order = new int[samples];
            var epochLogs = new Logs();
            model.StopTraining = false;
            model.InitialEpochOverride = null;
            hooks.OnTrainBegin(epochLogs);
            initialEpoch = model.InitialEpochOverride ?? initialEpoch; // BackupAndRestore resumes a run here
            for (int epoch = initialEpoch; epoch < epochs && !model.StopTraining; epoch++)
            {
                hooks.OnEpochBegin(epoch);
                TrainStep.Reset(model, lossTracker);
                for (int i = 0; i < samples; i++)
                {
                    order[i] = i;
                }

                if (shuffle)
                {
                    model.Random.Shuffle<int>(order);
                }

                for (int step = 0; step < steps; step++)
                {
                    int start = step * batchSize;
                    int count = Math.Min(batchSize, samples - start);
                    ReadOnlySpan<int> rows = order.AsSpan(start, count);
                    hooks.OnTrainBatchBegin(step);
                    TrainStep.Train(
                        model,
                        shuffle ? DataChecks.TakeRows(xTrain, rows) : xTrain.Rows(start, count),
                        shuffle ? DataChecks.TakeRows(yTrain, rows) : yTrain.Rows(start, count),
                        swTrain is null ? null : shuffle ? DataChecks.TakeRows(swTrain, rows) : swTrain.Rows(start, count),
                        lossTracker);
                    hooks.OnTrainBatchEnd(step, TrainStep.Results(model, lossTracker));
                }

                epochLogs = TrainStep.Results(model, lossTracker);
                if (validation is { } val)
                {
                    Logs valLogs = RunEvaluation(model, val.X, val.Y, batchSize, null, hooks);
                    foreach (var (key, value) in valLogs)
                    {
                        epochLogs["val_" + key] = value;
                    }
                }

                hooks.OnEpochEnd(epoch, epochLogs);
            }

            hooks.OnTrainEnd(epochLogs);
            return history;
        }

        /// <summary>Computes the loss and metrics on (x, y) without training.</summary>
        /// <param name="x">Inputs.</param>
        /// <param name="y">Targets.</param>
        /// <param name="batchSize">Samples per batch, ≥ 1; default 32.</param>
        /// <param name="sampleWeight">One weight per sample; default null.</param>
        /// <returns>The metrics then <c>loss</c>, by name.</returns>
        /// <exception cref="InvalidOperationException">The model is not compiled.</exception>
        public Logs Evaluate(Tensor x, Tensor y, int batchSize = 32, Tensor? sampleWeight = null)
        {
            ArgumentNullException.ThrowIfNull(model);
            RequireCompiled(model, "Evaluate");
            CheckSettings(batchSize, 0);
            PrepareData(model, x, y, "Evaluate");
            return RunEvaluation(model, x, y, batchSize, sampleWeight, null);
        }
    }

    private static Logs RunEvaluation(Model model, Tensor x, Tensor y, int batchSize, Tensor? sampleWeight, CallbackList? hooks)
    {
        var tracker = new Mean("loss");
        TrainStep.Reset(model, tracker);
        hooks?.OnTestBegin();
        int n = x.Shape[0];
        for (int start = 0, batch = 0; start < n; start += batchSize, batch++)
        {
            int count = Math.Min(batchSize, n - start);
            hooks?.OnTestBatchBegin(batch);
            TrainStep.Test(model, x.Rows(start, count), y.Rows(start, count), sampleWeight?.Rows(start, count), tracker);
            hooks?.OnTestBatchEnd(batch, TrainStep.Results(model, tracker));
        }

        Logs logs = TrainStep.Results(model, tracker);
        hooks?.OnTestEnd(logs);
        return logs;
    }

    private static void RequireCompiled(Model model, string what)
    {
        if (!model.IsCompiled)
        {
            throw new InvalidOperationException($"Model '{model.Name}' must be compiled before {what}: call Compile(optimizer, loss, metrics) first.");
        }
    }

    private static void CheckSettings(int batchSize, int verbose)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        if (verbose is < 0 or > 2)
        {
            throw new ArgumentOutOfRangeException(nameof(verbose), verbose, "verbose must be 0, 1 or 2.");
        }
    }

    private static void PrepareData(Model model, Tensor x, Tensor y, string what)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        if (x.Rank < 1 || x.Shape[0] == 0)
        {
            throw new Nn.ShapeMismatchException($"{what}: x must have at least one sample, received shape {x.Shape}.");
        }

        DataChecks.RequireSameRows(x, y, what);
        DataChecks.RequireFinite(x, what + " x");
        DataChecks.RequireFinite(y, what + " y");
        if (!model.Built)
        {
            model.Build(x.Shape.With(0, -1));
        }

        model.CheckInputShape(x, what + " x");
        model.Loss!.ValidateTargets(y, model.OutputShape ?? throw new InvalidOperationException($"Model '{model.Name}' has no output shape."));
    }
}
