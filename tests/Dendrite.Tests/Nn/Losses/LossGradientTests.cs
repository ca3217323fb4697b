using Dendrite.Autodiff;
using Dendrite.Nn.Losses;
using Dendrite.Tensors;
using static Dendrite.Tests.Nn.Losses.LossTestData;

namespace Dendrite.Tests.Nn.Losses;

// Central-difference checks, in double precision, of every loss with respect to its predictions.
public class LossGradientTests
{
    private static readonly Tensor s_probs = D(new double[,] { { 0.2, 0.5, 0.3 }, { 0.6, 0.15, 0.25 } });
    private static readonly Tensor s_logits = D(new double[,] { { 1.0, -2.0, 0.5 }, { 0.3, 1.2, -0.7 } });
    private static readonly Tensor s_oneHot = D(new double[,] { { 0, 1, 0 }, { 0, 0, 1 } });
    private static readonly Tensor s_binary = D(new double[,] { { 0, 1, 1 }, { 1, 0, 0.3 } });
    private static readonly Tensor s_labels = D(1, 2);

    // Regression targets and predictions: errors −1.5, 0 (MAE's kink, where sign(0) = 0), 0.3, 2, −0.2, 1
    // (Huber δ = 1 boundary: continuous derivative).
    private static readonly Tensor s_target = D(new double[,] { { 1, 2, -1 }, { 0, 0.5, 1 } });
    private static readonly Tensor s_pred = D(new double[,] { { -0.5, 2, -0.7 }, { 2, 0.3, 2 } });

    public static TheoryData<string, Loss, Tensor, Tensor> Cases => new()
    {
        { "mse", new MeanSquaredError(), s_target, s_pred },
        { "mae", new MeanAbsoluteError(), s_target, s_pred },
        { "huber", new Huber(), s_target, s_pred },
        { "huber δ=0.25", new Huber(0.25), s_target, s_pred },
        { "bce", new BinaryCrossentropy(), s_binary, s_probs },
        { "bce smoothed", new BinaryCrossentropy(labelSmoothing: 0.1), s_binary, s_probs },
        { "bce logits", new BinaryCrossentropy(fromLogits: true), s_binary, s_logits },
        { "cce", new CategoricalCrossentropy(), s_oneHot, s_probs },
        { "cce smoothed", new CategoricalCrossentropy(labelSmoothing: 0.2), s_oneHot, s_probs },
        { "cce logits", new CategoricalCrossentropy(fromLogits: true), s_oneHot, s_logits },
        { "scce", new SparseCategoricalCrossentropy(), s_labels, s_probs },
        { "scce logits", new SparseCategoricalCrossentropy(fromLogits: true), s_labels, s_logits },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Gradient_matches_central_differences(string name, Loss loss, Tensor yTrue, Tensor yPred)
    {
        GradientCheckResult result = GradientCheck.Check(p => loss.Compute(yTrue, p), yPred);
        Assert.True(result.Passed, $"{name}: {result}");
        Assert.Equal(yPred.Size, result.Count);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Gradient_with_sample_weights_matches_central_differences(string name, Loss loss, Tensor yTrue, Tensor yPred)
    {
        Tensor weights = D(0.25, 2.0);
        GradientCheckResult result = GradientCheck.Check(p => loss.Compute(yTrue, p, weights), yPred);
        Assert.True(result.Passed, $"{name}: {result}");
    }

    [Fact]
    public void Mse_gradient_is_two_error_over_count()
    {
        // ∂/∂p of (1/(N·K)) Σ (p − y)² = 2 (p − y) / (N·K), N·K = 6.
        using var tape = new GradientTape();
        Tensor p = s_pred.Clone();
        tape.Watch(p);
        Tensor dp = tape.Gradient(new MeanSquaredError().Compute(s_target, p), [p])[0];
        for (int i = 0; i < p.Size; i++)
        {
            Assert.Equal(2 * (s_pred.GetFlat(i) - s_target.GetFlat(i)) / 6, dp.GetFlat(i), 12);
        }
    }
}
