// MetricRegistry: the one place metric names (strings from config.json, the CLI, or Compile's
// metrics: ["accuracy"]) become metric objects. Unknown names list the valid ones.
// As in Keras' compile_utils.get_metric, a metric created from a name logs under that name
// ("mse" logs as "mse", "mean_squared_error" as "mean_squared_error"). Names are Keras 3's metrics.get keys
// (the snake_case class names: "f1_score", "f_beta_score", "log_cosh_error", …) plus the Keras default metric
// names where they differ ("fbeta_score", "logcosh") and the legacy alias "mape". Created from a name, a
// metric has Keras' defaults: F1Score/FBetaScore average per class (the log shows their mean), AUC is ROC with 200 thresholds.
using Dendrite.Nn;
using Dendrite.Nn.Losses;

namespace Dendrite.Metrics;

/// <summary>Creates metrics from their Keras names.</summary>
public static class MetricRegistry
{
    private static readonly NameRegistry<Metric> s_registry = new("metric", new Dictionary<string, Func<Metric>>
    {
        ["accuracy"] = () => new AccuracyFromLoss("accuracy"),
        ["acc"] = () => new AccuracyFromLoss("acc"),
        ["binary_accuracy"] = () => new BinaryAccuracy(),
        ["categorical_accuracy"] = () => new CategoricalAccuracy(),
        ["sparse_categorical_accuracy"] = () => new SparseCategoricalAccuracy(),
        ["mae"] = () => new MeanAbsoluteError("mae"),
        ["mean_absolute_error"] = () => new MeanAbsoluteError(),
        ["mse"] = () => new MeanSquaredError("mse"),
        ["mean_squared_error"] = () => new MeanSquaredError(),
        ["rmse"] = () => new RootMeanSquaredError("rmse"),
        ["root_mean_squared_error"] = () => new RootMeanSquaredError(),
        ["mape"] = () => new MeanAbsolutePercentageError("mape"),
        ["mean_absolute_percentage_error"] = () => new MeanAbsolutePercentageError(),
        ["log_cosh_error"] = () => new LogCoshError("log_cosh_error"),
        ["logcosh"] = () => new LogCoshError(),
        ["r2_score"] = () => new R2Score(),
        ["top_k_categorical_accuracy"] = () => new TopKCategoricalAccuracy(),
        ["sparse_top_k_categorical_accuracy"] = () => new SparseTopKCategoricalAccuracy(),
        ["precision"] = () => new Precision(),
        ["recall"] = () => new Recall(),
        ["auc"] = () => new AUC(),
        ["f1_score"] = () => new F1Score(),
        ["fbeta_score"] = () => new FBetaScore(),
        ["f_beta_score"] = () => new FBetaScore(name: "f_beta_score"),
    });

    /// <summary>The registered names, in ordinal order.</summary>
    public static IReadOnlyList<string> Names => s_registry.Names;

    /// <summary>Registers a metric under <paramref name="name"/>.</summary>
    /// <param name="name">The name.</param>
    /// <param name="factory">Creates a fresh metric.</param>
    public static void Register(string name, Func<Metric> factory) => s_registry.Register(name, factory);

    /// <summary>A new metric for <paramref name="name"/>.</summary>
    /// <param name="name">A Keras metric name, e.g. <c>accuracy</c> or <c>mae</c>.</param>
    /// <exception cref="ArgumentException">The name is unknown; the message lists the valid names.</exception>
    public static Metric Create(string name) => s_registry.Create(name);

    /// <summary>Replaces the name <c>accuracy</c> by the accuracy that fits <paramref name="loss"/>, as Keras does.</summary>
    /// <remarks>
    /// Cross-entropy losses decide: binary → <see cref="BinaryAccuracy"/>, categorical → <see cref="CategoricalAccuracy"/>,
    /// sparse → <see cref="SparseCategoricalAccuracy"/>. For any other loss the shapes of the first batch decide, as in
    /// Keras 3: one output column → binary; integer labels for several columns → sparse; otherwise categorical.
    /// </remarks>
    /// <param name="metric">A metric, possibly the "accuracy" placeholder.</param>
    /// <param name="loss">The compiled loss.</param>
    public static Metric Resolve(Metric metric, Loss loss)
    {
        ArgumentNullException.ThrowIfNull(metric);
        if (metric is not AccuracyFromLoss placeholder)
        {
            return metric;
        }

        return loss switch
        {
            BinaryCrossentropy => new BinaryAccuracy(placeholder.Name),
            CategoricalCrossentropy => new CategoricalAccuracy(placeholder.Name),
            SparseCategoricalCrossentropy => new SparseCategoricalAccuracy(placeholder.Name),
            _ => new AccuracyFromShapes(placeholder.Name),
        };
    }

    /// <summary>"accuracy" before Compile has seen the loss.</summary>
    private sealed class AccuracyFromLoss(string name) : Metric(name)
    {
        public override void UpdateState(Dendrite.Tensors.Tensor yTrue, Dendrite.Tensors.Tensor yPred, Dendrite.Tensors.Tensor? sampleWeight = null)
            => throw new InvalidOperationException($"Metric '{Name}' is resolved from the loss by Compile; compile the model first.");

        public override double Result() => 0.0;

        public override void ResetState()
        {
        }
    }
}
