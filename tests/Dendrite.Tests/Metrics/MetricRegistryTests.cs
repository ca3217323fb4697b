using Dendrite.Metrics;
using Dendrite.Nn.Losses;

namespace Dendrite.Tests.Metrics;

public class MetricRegistryTests
{
    [Theory]
    [InlineData("mse", typeof(Dendrite.Metrics.MeanSquaredError))]
    [InlineData("mean_squared_error", typeof(Dendrite.Metrics.MeanSquaredError))]
    [InlineData("mae", typeof(Dendrite.Metrics.MeanAbsoluteError))]
    [InlineData("mean_absolute_error", typeof(Dendrite.Metrics.MeanAbsoluteError))]
    [InlineData("rmse", typeof(RootMeanSquaredError))]
    [InlineData("root_mean_squared_error", typeof(RootMeanSquaredError))]
    [InlineData("binary_accuracy", typeof(BinaryAccuracy))]
    [InlineData("categorical_accuracy", typeof(CategoricalAccuracy))]
    [InlineData("sparse_categorical_accuracy", typeof(SparseCategoricalAccuracy))]
    [InlineData("precision", typeof(Precision))]
    [InlineData("recall", typeof(Recall))]
    [InlineData("auc", typeof(AUC))]
    [InlineData("f1_score", typeof(F1Score))]
    [InlineData("fbeta_score", typeof(FBetaScore))]
    [InlineData("f_beta_score", typeof(FBetaScore))]
    [InlineData("top_k_categorical_accuracy", typeof(TopKCategoricalAccuracy))]
    [InlineData("sparse_top_k_categorical_accuracy", typeof(SparseTopKCategoricalAccuracy))]
    [InlineData("r2_score", typeof(R2Score))]
    [InlineData("mape", typeof(MeanAbsolutePercentageError))]
    [InlineData("mean_absolute_percentage_error", typeof(MeanAbsolutePercentageError))]
    [InlineData("log_cosh_error", typeof(LogCoshError))]
    [InlineData("logcosh", typeof(LogCoshError))]
    public void Keras_names_create_metrics_that_log_under_that_name(string name, Type type)
    {
        Metric m = MetricRegistry.Create(name);
        Assert.IsType(type, m);
        Assert.Equal(name, m.Name);
        Metric viaString = name;
        Assert.IsType(type, viaString);
    }

    public static TheoryData<Loss, Type> AccuracyByLoss => new()
    {
        { new BinaryCrossentropy(), typeof(BinaryAccuracy) },
        { new BinaryCrossentropy(fromLogits: true), typeof(BinaryAccuracy) },
        { new CategoricalCrossentropy(), typeof(CategoricalAccuracy) },
        { new SparseCategoricalCrossentropy(), typeof(SparseCategoricalAccuracy) },
        { new Dendrite.Nn.Losses.MeanSquaredError(), typeof(AccuracyFromShapes) },
        { new Dendrite.Nn.Losses.MeanAbsoluteError(), typeof(AccuracyFromShapes) },
        { new Huber(), typeof(AccuracyFromShapes) },
    };

    [Theory]
    [MemberData(nameof(AccuracyByLoss))]
    public void Accuracy_resolves_from_the_loss(Loss loss, Type expected)
    {
        foreach (string name in new[] { "accuracy", "acc" })
        {
            Metric resolved = MetricRegistry.Resolve(MetricRegistry.Create(name), loss);
            Assert.IsType(expected, resolved);
            Assert.Equal(name, resolved.Name);
        }
    }

    [Fact]
    public void Other_metrics_pass_through_Resolve_unchanged()
    {
        Metric mae = MetricRegistry.Create("mae");
        Assert.Same(mae, MetricRegistry.Resolve(mae, new CategoricalCrossentropy()));
    }

    [Fact]
    public void Unresolved_accuracy_cannot_be_updated()
    {
        Metric placeholder = MetricRegistry.Create("accuracy");
        var e = Assert.Throws<InvalidOperationException>(() => placeholder.UpdateState(new[] { 1 }, new[] { 1 }));
        Assert.Contains("Compile", e.Message);
    }

    [Fact]
    public void Named_metrics_have_the_Keras_defaults()
    {
        var auc = Assert.IsType<AUC>(MetricRegistry.Create("auc"));
        Assert.Equal(200, auc.Thresholds.Count);
        Assert.Equal(AucCurve.Roc, auc.Curve);
        Assert.False(auc.Exact);
        var f1 = Assert.IsType<F1Score>(MetricRegistry.Create("f1_score"));
        Assert.Equal(ScoreAverage.None, f1.Average);
        Assert.Null(f1.Threshold);
        Assert.Equal([0.5], Assert.IsType<Precision>(MetricRegistry.Create("precision")).Thresholds);
        Assert.Equal(5, Assert.IsType<TopKCategoricalAccuracy>(MetricRegistry.Create("top_k_categorical_accuracy")).K);
        Assert.Equal(R2ClassAggregation.UniformAverage, Assert.IsType<R2Score>(MetricRegistry.Create("r2_score")).ClassAggregation);
    }

    [Fact]
    public void Unknown_names_list_the_valid_ones()
    {
        var e = Assert.Throws<ArgumentException>(() => MetricRegistry.Create("f1"));
        Assert.Contains("'f1'", e.Message);
        foreach (string name in new[] { "accuracy", "mae", "mse", "rmse", "root_mean_squared_error", "sparse_categorical_accuracy" })
        {
            Assert.Contains(name, e.Message);
        }
    }
}
