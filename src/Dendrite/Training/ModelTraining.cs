// ModelTraining: Fit / Evaluate as extension members of Model (Keras' trainer). Fit is one loop of
// callback hooks — see Callback for their order — and never writes output itself: the progress bar is a
// callback. x and y are TensorData: one tensor, or one per input/output (a list or a dictionary by name).
using Dendrite.Autodiff;
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
        /// <param name="x">Inputs: a tensor (samples, …), or one per model input as a list or a dictionary by input name.</param>
        /// <param name="y">Targets: a tensor with one row per sample (labels, one-hot rows or values), or one per output as a list or a dictionary by output name.</param>
        /// <param name="epochs">The epoch to stop at (the last trained is epochs − 1); default 1.</param>
        /// <param name="batchSize">Samples per gradient step, ≥ 1; default 32.</param>
        /// <param name="validationSplit">Fraction in [0, 1) of the data, taken from the end before shuffling, held out for validation; default 0.</param>
        /// <param name="validationData">Explicit validation (x, y); overrides <paramref name="validationSplit"/>; default null.</param>
        /// <param name="shuffle">Shuffle the training rows before each epoch (seeded by the model); default true.</param>
        /// <param name="callbacks">Extra callbacks, e.g. <see cref="EarlyStopping"/>; default null.</param>
        /// <param name="verbose">0 silent, 1 progress bar, 2 one line per epoch; default 1.</param>
        /// <param name="initialEpoch">The epoch to start from (to resume training); default 0.</param>
        /// <param name="sampleWeight">One weight per training sample for the losses and metrics; default null.</param>
        /// <param name="classWeight">A weight per class index for the loss (one-output models), e.g. to counter imbalance; default null.</param>
        /// <param name="cancellationToken">Cancelling ends training after the current step, with consistent weights; the returned History has <see cref="History.Cancelled"/> set; default none.</param>
        /// <returns>The <see cref="History"/> of per-epoch metrics.</returns>
        /// <exception cref="InvalidOperationException">The model is not compiled.</exception>
        /// <exception cref="Nn.ShapeMismatchException">x, y or the model disagree on shapes.</exception>
        /// <exception cref="Nn.NonFiniteValueException">x or y contains NaN or infinity.</exception>
        /// <exception cref="Nn.InvalidTargetException">A target is out of range for the loss.</exception>
        public History Fit(TensorData x, TensorData y, int epochs = 1, int batchSize = 32, double validationSplit = 0.0, (TensorData X, TensorData Y)? validationData = null, bool shuffle = true, IReadOnlyList<Callback>? callbacks = null, int verbose = 1, int initialEpoch = 0, Tensor? sampleWeight = null, IReadOnlyDictionary<int, double>? classWeight = null, CancellationToken cancellationToken = default)
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

            var (xs, ys, n) = PrepareData(model, x, y, "Fit");
            if (sampleWeight is not null && sampleWeight.Size != n)
            {
                throw new Nn.ShapeMismatchException($"Fit: sampleWeight has shape {sampleWeight.Shape}, expected one weight per sample ({n}).");
            }

            if (classWeight is not null)
            {
                ClassWeights.RequireSingleOutput(ys.Count);
                sampleWeight = ClassWeights.ToSampleWeights(ys[0], classWeight, sampleWeight);
            }

            IReadOnlyList<Tensor> xTrain = xs, yTrain = ys;
            Tensor? swTrain = sampleWeight;
            (IReadOnlyList<Tensor> X, IReadOnlyList<Tensor> Y)? validation = null;
            if (validationData is { } v)
            {
                var (vx, vy, _) = PrepareData(model, v.X, v.Y, "Fit validationData");
                validation = (vx, vy);
            }
            else if (validationSplit > 0)
            {
                int trainCount = (int)Math.Ceiling(n * (1 - validationSplit));
                if (trainCount == n || trainCount == 0)
                {
                    throw new ArgumentException($"Fit: validationSplit {validationSplit} of {n} samples leaves {trainCount} for training and {n - trainCount} for validation; both must be non-empty.", nameof(validationSplit));
                }

                xTrain = Batches.Rows(xs, 0, trainCount);
                yTrain = Batches.Rows(ys, 0, trainCount);
                swTrain = sampleWeight?.Rows(0, trainCount);
                validation = (Batches.Rows(xs, trainCount, n - trainCount), Batches.Rows(ys, trainCount, n - trainCount));
            }

            int samples = xTrain[0].Shape[0];
            int steps = (samples + batchSize - 1) / batchSize;
            var history = new History();
            // Keras' order: the user's callbacks, then History and the progress bar, which therefore see
            // what the user's callbacks add to the logs (e.g. "learning_rate" from ReduceLROnPlateau).
            var all = new List<Callback>(callbacks ?? []) { history };
            if (verbose > 0)
            {
                all.Add(new ProgressBar(verbose));
            }

            var hooks = new CallbackList(all);
            hooks.Bind(model, new TrainingParams(epochs, steps, verbose, validation is not null));
            var trackers = new LossTrackers(model.CompiledOutputs.Count);
            TensorPool? pool = StepPool(model); // step buffers, reused across steps and calls
            Action<IReadOnlyList<Variable>, Tensor[]>? onGradients = hooks.NeedsGradients ? hooks.OnGradients : null;
            var order = new int[samples];
            var epochLogs = new Logs();
            model.StopTraining = false;
            model.InitialEpochOverride = null;
            hooks.OnTrainBegin(epochLogs);
            initialEpoch = model.InitialEpochOverride ?? initialEpoch; // BackupAndRestore resumes a run here
            for (int epoch = initialEpoch; epoch < epochs && !model.StopTraining && !history.Cancelled; epoch++)
            {
                hooks.OnEpochBegin(epoch);
                TrainStep.Reset(model, trackers);
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
                    IReadOnlyList<Tensor> batchX, batchY;
                    Tensor? batchWeight;
                    using (TensorPool.Scope? renting = pool?.Activate()) // shuffled batches are gathered into rented buffers
                    {
                        batchX = shuffle ? Batches.Take(xTrain, rows) : Batches.Rows(xTrain, start, count);
                        batchY = shuffle ? Batches.Take(yTrain, rows) : Batches.Rows(yTrain, start, count);
                        batchWeight = swTrain is null ? null : shuffle ? DataChecks.TakeRows(swTrain, rows) : swTrain.Rows(start, count);
                    }

                    TrainStep.Train(model, batchX, batchY, batchWeight, trackers, pool, onGradients);
                    hooks.OnTrainBatchEnd(step, TrainStep.Results(model, trackers));
                    if (cancellationToken.IsCancellationRequested)
                    {
                        history.Cancelled = true;
                        break;
                    }

                    if (model.StopTraining)
                    {
                        break; // as Keras' trainer: a callback stopping mid-epoch (TerminateOnNaN) ends the epoch here
                    }
                }

                if (history.Cancelled)
                {
                    break; // the interrupted epoch is not reported: its metrics cover part of the data
                }

                epochLogs = TrainStep.Results(model, trackers);
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
        /// <param name="x">Inputs (a tensor, or one per model input).</param>
        /// <param name="y">Targets (a tensor, or one per model output).</param>
        /// <param name="batchSize">Samples per batch, ≥ 1; default 32.</param>
        /// <param name="sampleWeight">One weight per sample; default null.</param>
        /// <param name="classWeight">A weight per class index (one-output models); default null.</param>
        /// <returns>The metrics then the losses, by name.</returns>
        /// <exception cref="InvalidOperationException">The model is not compiled.</exception>
        public Logs Evaluate(TensorData x, TensorData y, int batchSize = 32, Tensor? sampleWeight = null, IReadOnlyDictionary<int, double>? classWeight = null)
        {
            ArgumentNullException.ThrowIfNull(model);
            RequireCompiled(model, "Evaluate");
            CheckSettings(batchSize, 0);
            var (xs, ys, n) = PrepareData(model, x, y, "Evaluate");
            if (sampleWeight is not null && sampleWeight.Size != n)
            {
                throw new Nn.ShapeMismatchException($"Evaluate: sampleWeight has shape {sampleWeight.Shape}, expected one weight per sample ({n}).");
            }

            if (classWeight is not null)
            {
                ClassWeights.RequireSingleOutput(ys.Count);
                sampleWeight = ClassWeights.ToSampleWeights(ys[0], classWeight, sampleWeight);
            }

            return RunEvaluation(model, xs, ys, batchSize, sampleWeight, null);
        }
    }

    private static Logs RunEvaluation(Model model, IReadOnlyList<Tensor> x, IReadOnlyList<Tensor> y, int batchSize, Tensor? sampleWeight, CallbackList? hooks)
    {
        var trackers = new LossTrackers(model.CompiledOutputs.Count);
        TrainStep.Reset(model, trackers);
        hooks?.OnTestBegin();
        int n = x[0].Shape[0];
        for (int start = 0, batch = 0; start < n; start += batchSize, batch++)
        {
            int count = Math.Min(batchSize, n - start);
            hooks?.OnTestBatchBegin(batch);
            TrainStep.Test(model, Batches.Rows(x, start, count), Batches.Rows(y, start, count), sampleWeight?.Rows(start, count), trackers);
            hooks?.OnTestBatchEnd(batch, TrainStep.Results(model, trackers));
        }

        Logs logs = TrainStep.Results(model, trackers);
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
}
