// TrainingRun: `dendrite train` end to end.
//   read the CSV → check the target column(s) → drop rows whose target is missing (said) → refuse all-missing feature
//   columns (they carry nothing, and the saved schema would demand them) → task (given, or TaskChoice) → seeded
//   train/test split (stratified by the target for binary and multiclass) → preprocessing fitted on the training rows
//   (ColumnTransformer.FromTable: impute + standardise numbers, impute + one-hot categories) → MLP (ReLU hidden layers,
//   output by task: 1 sigmoid / k softmax / a sigmoid per label / linear) with Adam → Fit with the last
//   --validation-split of the training rows for validation and EarlyStopping(val_loss, restoreBestWeights), the Keras
//   progress bar as a callback → Measures on the test rows (binary metrics of the positive class: --positive, else the
//   second class in sorted order, printed either way) → run folder (model.dendrite, metrics.json, history.csv, the
//   learning-curve and weight plots of PlotsCallback, the test-set plots of EvaluationPlots, TensorBoard event files
//   under tensorboard/).
using System.Diagnostics;
using Dendrite.Data.Csv;
using Dendrite.Data.Modeling;
using Dendrite.Data.Splits;
using Dendrite.Data.Tables;
using Dendrite.Models;
using Dendrite.Nn.Activations;
using Dendrite.Nn.Layers;
using Dendrite.Nn.Losses;
using Dendrite.Optimizers;
using Dendrite.Plots;
using TensorBoardCallback = Dendrite.TensorBoard.TensorBoard;
using Dendrite.Training;
using Dendrite.Training.Callbacks;

namespace Dendrite.Cli;

internal static class TrainingRun
{
    public static int Run(CliContext context, TrainSettings s)
    {
        if (s.Targets.Length == 0)
        {
            throw new UsageException("--target names no column.");
        }

        context.CurrentFile = s.Data;
        DataTable table = Prepare(context, CsvFile.Read(s.Data), s);
        TabularTask task = s.Task ?? TaskChoice.Infer(table, s.Targets);
        TaskChoice.RequireClasses(table, s.Targets, task);
        if (s.ClassWeights && task is not (TabularTask.Binary or TabularTask.Multiclass))
        {
            throw new UsageException($"--class-weights applies to binary and multiclass targets; this is a {Name(task)} task.");
        }

        var (train, test) = TrainTestSplit.Apply(table, TrainTestSplit.Split(table, s.TestSplit, s.Seed, task is TabularTask.Binary or TabularTask.Multiclass ? s.Targets[0] : null));
        TabularPreprocessor prep = TabularPreprocessor.Fit(train, s.Targets, task);
        string classes = prep.TargetEncoders.Count == 1 ? $" (classes {string.Join(", ", prep.TargetEncoders[0].Classes)})" : string.Empty;
        context.Output.WriteLine($"Target {string.Join(", ", s.Targets)}: {Name(task)}{classes}{(s.Task is null ? ", inferred" : string.Empty)}");
        context.Output.WriteLine($"Split: {train.RowCount} training rows, {test.RowCount} test rows (seed {s.Seed}{(task is TabularTask.Binary or TabularTask.Multiclass ? ", stratified" : string.Empty)})");
        int positive = PositiveClass(context, prep, s);
        context.Output.WriteLine($"Preprocessing fitted on the training rows: {prep.FeatureColumns.Count} columns → {prep.FeatureCount} features");

        Model network = Build(prep, s);
        network.Summary(context.Output);
        var callbacks = new List<Callback> { new ProgressBar(verbose: 1, output: context.Output, dynamicDisplay: context.IsTerminal) };
        bool early = s.ValidationSplit > 0 && s.Patience > 0;
        if (early)
        {
            callbacks.Insert(0, new EarlyStopping(monitor: "val_loss", patience: s.Patience, restoreBestWeights: true, verbose: 1, output: context.Output));
        }

        var run = RunDirectory.Create(s.Out, Path.GetFileNameWithoutExtension(s.Data));
        var plots = new PlotsCallback(run.Path);
        callbacks.Add(new TensorBoardCallback(Path.Combine(run.Path, "tensorboard")));
        callbacks.Add(plots);
        var clock = Stopwatch.StartNew();
        var y = prep.TransformTargets(train);
        History history = network.Fit(prep.TransformFeatures(train), y, epochs: s.Epochs, batchSize: s.BatchSize, validationSplit: s.ValidationSplit,
            callbacks: callbacks, verbose: 0, classWeight: s.ClassWeights ? Balanced(y.ToArray(), prep.OutputUnits == 1 ? 2 : prep.OutputUnits) : null);
        clock.Stop();
        context.Output.WriteLine($"Trained {history.Epochs.Count} epochs in {clock.Elapsed.TotalSeconds:F1} s{(early ? string.Empty : " (no early stopping)")}");

        var model = new TabularModel(prep, network);
        Measures measures = Measures.Compute(model, test, positive);
        measures.Write(context, $"Test rows ({test.RowCount})");
        model.Save(Path.Combine(run.Path, "model.dendrite"));
        run.WriteHistory(history);
        run.WriteMetrics(s, task, prep, train.RowCount, test.RowCount, history.Epochs.Count, clock.Elapsed.TotalSeconds, measures, task == TabularTask.Binary ? prep.TargetEncoders[0].Classes[positive] : null);
        IReadOnlyList<string> evaluation = EvaluationPlots.Write(run.Path, model, test, positive, measures);
        context.Output.WriteLine($"Run folder: {run.Path} (model.dendrite, metrics.json, history.csv, {string.Join(", ", plots.Files.Concat(evaluation).Select(Path.GetFileName))}, tensorboard/)");
        return DendriteCli.Success;
    }

    /// <summary>The code of the binary target's positive class (--positive, else the second in sorted order), printed; 1 for other tasks.</summary>
    private static int PositiveClass(CliContext context, TabularPreprocessor prep, TrainSettings s)
    {
        if (prep.Task != TabularTask.Binary)
        {
            return s.Positive is null ? 1 : throw new UsageException($"--positive applies to binary targets; this is a {Name(prep.Task)} task.");
        }

        IReadOnlyList<string> classes = prep.TargetEncoders[0].Classes;
        if (s.Positive is null)
        {
            context.Output.WriteLine($"Positive class: {classes[1]} (the second class in sorted order; choose another with --positive)");
            return 1;
        }

        int index = classes.ToList().IndexOf(s.Positive);
        if (index < 0)
        {
            throw new CliDataException($"--positive '{s.Positive}' is not a class of target '{prep.TargetNames[0]}' in '{s.Data}'; its classes are {string.Join(", ", classes)}.");
        }

        context.Output.WriteLine($"Positive class: {classes[index]} (--positive)");
        return index;
    }

    private static DataTable Prepare(CliContext context, DataTable table, TrainSettings s)
    {
        string[] absent = [.. s.Targets.Where(t => !table.Contains(t))];
        if (absent.Length > 0)
        {
            throw new CliDataException($"'{s.Data}' has no column {string.Join(", ", absent.Select(a => $"'{a}'"))}; the columns are {string.Join(", ", table.ColumnNames)}.");
        }

        int[] complete = [.. Enumerable.Range(0, table.RowCount).Where(r => s.Targets.All(t => !table[t].IsMissing(r)))];
        if (complete.Length < table.RowCount)
        {
            context.Error.WriteLine($"warning: '{s.Data}': {table.RowCount - complete.Length} row(s) with a missing target are left out.");
            table = table.Take(complete);
        }

        string[] empty = [.. table.Columns.Where(c => !s.Targets.Contains(c.Name) && c.Length > 0 && c.MissingCount == c.Length).Select(c => c.Name)];
        if (empty.Length > 0)
        {
            throw new CliDataException($"'{s.Data}': column {string.Join(", ", empty.Select(e => $"'{e}'"))} is missing in every row; remove it from the file (it carries no information).");
        }

        context.Output.WriteLine($"Read {table.RowCount} rows, {table.Columns.Count} columns from {s.Data}");
        return table;
    }

    private static Model Build(TabularPreprocessor prep, TrainSettings s)
    {
        var layers = new List<Layer> { new Input([prep.FeatureCount]) };
        foreach (int width in s.Hidden)
        {
            layers.Add(new Dense(width, Activation.Relu));
            if (s.Dropout > 0)
            {
                layers.Add(new Dropout(s.Dropout));
            }
        }

        var (output, loss, metric) = prep.Task switch
        {
            TabularTask.Binary or TabularTask.Multilabel => (Activation.Sigmoid, (Loss)new BinaryCrossentropy(), "accuracy"),
            TabularTask.Multiclass => (Activation.Softmax, new SparseCategoricalCrossentropy(), "accuracy"),
            _ => (Activation.Linear, new MeanSquaredError(), "mae"),
        };
        layers.Add(new Dense(prep.OutputUnits, output));
        var model = new Sequential(layers, seed: s.Seed);
        model.Compile(new Adam(learningRate: s.LearningRate), loss, metrics: [metric]);
        return model;
    }

    // scikit-learn's compute_class_weight("balanced"): n / (classes · count of the class).
    private static Dictionary<int, double> Balanced(float[] codes, int classes)
    {
        var weights = new Dictionary<int, double>();
        for (int c = 0; c < classes; c++)
        {
            int count = codes.Count(v => (int)v == c);
            weights[c] = count == 0 ? 1 : codes.Length / (double)(classes * count);
        }

        return weights;
    }

    public static string Name(TabularTask task) => task.ToString().ToLowerInvariant();
}
