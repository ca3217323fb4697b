using Dendrite.Nn.Losses;
using Dendrite.Tensors;
using static Dendrite.Tests.Nn.Losses.LossTestData;

namespace Dendrite.Tests.Nn.Losses;

// The standalone-usage examples of the Keras loss docstrings (keras/src/losses/losses.py), and the same
// numbers by hand, so each can fail on its own.
public class KerasDocValueTests
{
    private static readonly Tensor s_binaryTargets = new(new float[,] { { 0, 1 }, { 0, 0 } });
    private static readonly Tensor s_binaryPreds = new(new float[,] { { 0.6f, 0.4f }, { 0.4f, 0.6f } });
    private static readonly Tensor s_regressionPreds = new(new float[,] { { 1, 1 }, { 1, 0 } });
    private static readonly Tensor s_oneHot = new(new float[,] { { 0, 1, 0 }, { 0, 0, 1 } });
    private static readonly Tensor s_classProbs = new(new float[,] { { 0.05f, 0.95f, 0 }, { 0.1f, 0.8f, 0.1f } });

    [Fact]
    public void BinaryCrossentropy_matches_Keras_0_815()
    {
        // Row 0: −ln 0.4 twice; row 1: −ln 0.6 and −ln 0.4; mean of row means.
        double expected = ((-Math.Log(0.4)) + ((-Math.Log(0.6) - Math.Log(0.4)) / 2)) / 2;
        double loss = new BinaryCrossentropy().Compute(s_binaryTargets, s_binaryPreds).ToScalar();
        Assert.Equal(0.815, loss, 3);
        Assert.Equal(expected, loss, 5);
    }

    [Fact]
    public void BinaryCrossentropy_with_sample_weights_matches_Keras_0_458()
    {
        double loss = new BinaryCrossentropy().Compute(s_binaryTargets, s_binaryPreds, new Tensor([1f, 0f])).ToScalar();
        Assert.Equal(0.458, loss, 3);
        Assert.Equal(-Math.Log(0.4) / 2, loss, 5);
    }

    [Fact]
    public void BinaryCrossentropy_from_logits_matches_Keras_0_865()
    {
        var yTrue = new Tensor([0f, 1f, 0f, 0f]);
        var logits = new Tensor([-18.6f, 0.51f, 2.94f, -12.8f]);
        double loss = new BinaryCrossentropy(fromLogits: true).Compute(yTrue, logits).ToScalar();
        Assert.Equal(0.865, loss, 3);
    }

    [Fact]
    public void CategoricalCrossentropy_matches_Keras_1_177()
    {
        double loss = new CategoricalCrossentropy().Compute(s_oneHot, s_classProbs).ToScalar();
        Assert.Equal(1.177, loss, 3);
        Assert.Equal((-Math.Log(0.95) - Math.Log(0.1)) / 2, loss, 5);
    }

    [Fact]
    public void CategoricalCrossentropy_with_sample_weights_matches_Keras_0_814()
    {
        double loss = new CategoricalCrossentropy().Compute(s_oneHot, s_classProbs, new Tensor([0.3f, 0.7f])).ToScalar();
        Assert.Equal(0.814, loss, 3);
    }

    [Fact]
    public void SparseCategoricalCrossentropy_matches_Keras_1_177_and_0_814()
    {
        var loss = new SparseCategoricalCrossentropy();
        Assert.Equal(1.177, loss.Compute(new[] { 1, 2 }, s_classProbs).ToScalar(), 3);
        Assert.Equal(0.814, loss.Compute(new[] { 1, 2 }, s_classProbs, new Tensor([0.3f, 0.7f])).ToScalar(), 3);
    }

    [Fact]
    public void MeanSquaredError_matches_Keras_0_5_and_0_25()
    {
        var loss = new MeanSquaredError();
        Assert.Equal(0.5, loss.Compute(s_binaryTargets, s_regressionPreds).ToScalar(), 6);
        Assert.Equal(0.25, loss.Compute(s_binaryTargets, s_regressionPreds, new Tensor([0.7f, 0.3f])).ToScalar(), 6);
    }

    [Fact]
    public void MeanAbsoluteError_matches_Keras_0_5_and_0_25()
    {
        var loss = new MeanAbsoluteError();
        Assert.Equal(0.5, loss.Compute(s_binaryTargets, s_regressionPreds).ToScalar(), 6);
        Assert.Equal(0.25, loss.Compute(s_binaryTargets, s_regressionPreds, new Tensor([0.7f, 0.3f])).ToScalar(), 6);
    }

    [Fact]
    public void MeanAbsoluteError_differs_from_MeanSquaredError_on_large_errors()
    {
        // |3 − 0| = 3 against 3² = 9.
        Tensor yTrue = D(new double[,] { { 0, 0 } });
        Tensor yPred = D(new double[,] { { 3, -1 } });
        Assert.Equal(2.0, new MeanAbsoluteError().Compute(yTrue, yPred).ToScalar(), 12);
        Assert.Equal(5.0, new MeanSquaredError().Compute(yTrue, yPred).ToScalar(), 12);
    }

    [Fact]
    public void Huber_matches_Keras_0_155_and_0_09()
    {
        // Errors 0.6, −0.6 | 0.4, 0.6, all ≤ δ = 1: ½x² = 0.18, 0.18 | 0.08, 0.18; row means 0.18, 0.13.
        var loss = new Huber();
        Assert.Equal(0.155, loss.Compute(s_binaryTargets, s_binaryPreds).ToScalar(), 6);
        Assert.Equal(0.09, loss.Compute(s_binaryTargets, s_binaryPreds, new Tensor([1f, 0f])).ToScalar(), 6);
    }

    [Fact]
    public void Huber_is_linear_beyond_delta()
    {
        // δ = 0.5: x = 2 → 0.5·2 − 0.125 = 0.875;  x = −0.3 → 0.045;  x = −1 → 0.5 − 0.125 = 0.375.
        Tensor yTrue = D(new double[,] { { 0, 0, 0 } });
        Tensor yPred = D(new double[,] { { 2, -0.3, -1 } });
        Assert.Equal((0.875 + 0.045 + 0.375) / 3, new Huber(delta: 0.5).Compute(yTrue, yPred).ToScalar(), 12);
    }
}
