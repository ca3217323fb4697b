using Dendrite.Nn;
using Dendrite.Nn.Losses;
using Dendrite.Tensors;
using static Dendrite.Tests.Nn.Losses.LossTestData;

namespace Dendrite.Tests.Nn.Losses;

public class RegressionLossTests
{
    public static TheoryData<Loss> RegressionLosses => new() { new MeanSquaredError(), new MeanAbsoluteError(), new Huber() };

    [Theory]
    [MemberData(nameof(RegressionLosses))]
    public void Mismatched_shapes_throw(Loss loss)
    {
        var e = Assert.Throws<ShapeMismatchException>(() => loss.Compute(Tensor.Zeros(new Shape(3, 2)), Tensor.Zeros(new Shape(2, 3))));
        Assert.Contains("(2, 3)", e.Message);
        Assert.Contains("(3, 2)", e.Message);
    }

    [Theory]
    [MemberData(nameof(RegressionLosses))]
    public void Sample_weights_must_be_one_per_sample(Loss loss)
    {
        Assert.Throws<ShapeMismatchException>(() => loss.Compute(Tensor.Zeros(new Shape(2, 2)), Tensor.Ones(new Shape(2, 2)), new Tensor([1f, 1f, 1f])));
    }

    [Theory]
    [MemberData(nameof(RegressionLosses))]
    public void Vector_targets_fit_single_output_predictions(Loss loss)
    {
        // (batch,) targets against (batch, 1) predictions, as Keras allows.
        Tensor yPred = D(new double[,] { { 0.5 }, { -0.25 } });
        double a = loss.Compute(D(0.0, 0.0), yPred).ToScalar();
        double b = loss.Compute(D(new double[,] { { 0 }, { 0 } }), yPred).ToScalar();
        Assert.Equal(b, a, 12);
        Assert.True(a > 0);
    }

    [Fact]
    public void Huber_rejects_non_positive_delta()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Huber(delta: 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Huber(delta: double.PositiveInfinity));
        Assert.Equal(0.5, new Huber(0.5).GetConfig()["delta"]);
    }
}
