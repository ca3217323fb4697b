using Dendrite.Metrics;
using Dendrite.Nn.Losses;
using MeanSquaredError = Dendrite.Nn.Losses.MeanSquaredError;
using Dendrite.Tensors;

namespace Dendrite.Tests.Metrics;

public class AccuracyFromShapesTests
{
    [Fact]
    public void OneOutputColumnUsesBinaryAccuracy()
    {
        Metric m = MetricRegistry.Resolve("accuracy", new MeanSquaredError());
        // p > 0.5 vs y: (0.9,1) hit, (0.4,0) hit, (0.6,0) miss, (0.2,1) miss → 0.5; exact-match Accuracy would give 0.
        m.UpdateState(new Tensor(new float[,] { { 1 }, { 0 }, { 0 }, { 1 } }), new Tensor(new float[,] { { 0.9f }, { 0.4f }, { 0.6f }, { 0.2f } }));
        Assert.Equal(0.5, m.Result());
        Assert.Equal("accuracy", m.Name);
    }

    [Fact]
    public void LabelsForSeveralColumnsUseSparseAccuracy()
    {
        Metric m = MetricRegistry.Resolve("accuracy", new MeanSquaredError());
        m.UpdateState(new[] { 2, 0 }, new Tensor(new float[,] { { 0.1f, 0.2f, 0.7f }, { 0.3f, 0.6f, 0.1f } }));
        Assert.Equal(0.5, m.Result());
    }

    [Fact]
    public void OneHotTargetsUseCategoricalAccuracy()
    {
        Metric m = MetricRegistry.Resolve("acc", new Huber());
        m.UpdateState(new Tensor(new float[,] { { 0, 0, 1 }, { 0, 1, 0 } }), new Tensor(new float[,] { { 0.1f, 0.2f, 0.7f }, { 0.3f, 0.6f, 0.1f } }));
        Assert.Equal(1.0, m.Result());
        m.ResetState();
        Assert.Equal(0.0, m.Result());
    }

    [Fact]
    public void SampleWeightsOfTheWrongLengthAreRejected()
    {
        var metric = new BinaryAccuracy();
        var e = Assert.Throws<Dendrite.Nn.ShapeMismatchException>(() => metric.UpdateState(new float[] { 1, 0 }, new float[] { 0.9f, 0.1f }, new float[] { 1, 1, 1 }));
        Assert.Contains("one weight per sample (2)", e.Message);
    }
}
