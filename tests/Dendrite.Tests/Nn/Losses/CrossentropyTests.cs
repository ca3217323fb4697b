using Dendrite.Autodiff;
using Dendrite.Nn;
using Dendrite.Nn.Losses;
using Dendrite.Tensors;
using static Dendrite.Tests.Nn.Losses.LossTestData;

namespace Dendrite.Tests.Nn.Losses;

public class CrossentropyTests
{
    private static readonly Tensor s_logits = D(new double[,] { { 1.0, 2.0, -0.5 }, { 0.3, -1.2, 2.2 } });
    private static readonly Tensor s_oneHot = D(new double[,] { { 0, 1, 0 }, { 1, 0, 0 } });

    [Fact]
    public void Categorical_from_logits_equals_the_probability_form_on_softmax()
    {
        double fromLogits = new CategoricalCrossentropy(fromLogits: true).Compute(s_oneHot, s_logits).ToScalar();
        double fromProbs = new CategoricalCrossentropy().Compute(s_oneHot, Ops.Softmax(s_logits)).ToScalar();
        Assert.Equal(fromProbs, fromLogits, 10);

        // By hand: −log softmax(z)[label] = logsumexp(z) − z[label].
        double Lse(double a, double b, double c) => Math.Log(Math.Exp(a) + Math.Exp(b) + Math.Exp(c));
        double expected = ((Lse(1, 2, -0.5) - 2) + (Lse(0.3, -1.2, 2.2) - 0.3)) / 2;
        Assert.Equal(expected, fromLogits, 10);
    }

    [Fact]
    public void Sparse_from_logits_equals_the_probability_form_on_softmax()
    {
        Tensor labels = D(1, 0);
        double fromLogits = new SparseCategoricalCrossentropy(fromLogits: true).Compute(labels, s_logits).ToScalar();
        double fromProbs = new SparseCategoricalCrossentropy().Compute(labels, Ops.Softmax(s_logits)).ToScalar();
        double dense = new CategoricalCrossentropy(fromLogits: true).Compute(s_oneHot, s_logits).ToScalar();
        Assert.Equal(fromProbs, fromLogits, 10);
        Assert.Equal(dense, fromLogits, 12);
    }

    [Fact]
    public void Binary_from_logits_equals_the_probability_form_on_sigmoid()
    {
        Tensor y = D(new double[,] { { 0, 1, 1 }, { 1, 0, 0.25 } });
        double fromLogits = new BinaryCrossentropy(fromLogits: true).Compute(y, s_logits).ToScalar();
        double fromProbs = new BinaryCrossentropy().Compute(y, Ops.Sigmoid(s_logits)).ToScalar();
        Assert.Equal(fromProbs, fromLogits, 10);
    }

    [Fact]
    public void Binary_label_smoothing_moves_targets_toward_one_half()
    {
        // ls = 0.2: y ← y·0.8 + 0.1, so [0, 1] → [0.1, 0.9].
        Tensor y = D(new double[,] { { 0, 1 } });
        Tensor p = D(new double[,] { { 0.3, 0.8 } });
        double expected = (-(0.1 * Math.Log(0.3)) - (0.9 * Math.Log(0.7)) - (0.9 * Math.Log(0.8)) - (0.1 * Math.Log(0.2))) / 2;
        Assert.Equal(expected, new BinaryCrossentropy(labelSmoothing: 0.2).Compute(y, p).ToScalar(), 10);

        // From logits: the same smoothed targets against σ(z).
        Tensor z = D(new double[,] { { -0.4, 1.3 } });
        double s0 = Sigmoid(-0.4), s1 = Sigmoid(1.3);
        double expectedLogits = (-(0.1 * Math.Log(s0)) - (0.9 * Math.Log(1 - s0)) - (0.9 * Math.Log(s1)) - (0.1 * Math.Log(1 - s1))) / 2;
        Assert.Equal(expectedLogits, new BinaryCrossentropy(fromLogits: true, labelSmoothing: 0.2).Compute(y, z).ToScalar(), 10);
    }

    [Fact]
    public void Categorical_label_smoothing_spreads_ls_over_the_classes()
    {
        // ls = 0.3, K = 3: y ← y·0.7 + 0.1, so [0, 1, 0] → [0.1, 0.8, 0.1].
        Tensor y = D(new double[,] { { 0, 1, 0 } });
        Tensor p = D(new double[,] { { 0.2, 0.5, 0.3 } });
        double expected = -((0.1 * Math.Log(0.2)) + (0.8 * Math.Log(0.5)) + (0.1 * Math.Log(0.3)));
        Assert.Equal(expected, new CategoricalCrossentropy(labelSmoothing: 0.3).Compute(y, p).ToScalar(), 10);
        Assert.Equal(expected, new CategoricalCrossentropy(fromLogits: true, labelSmoothing: 0.3).Compute(y, Ops.Log(p)).ToScalar(), 10);
    }

    [Fact]
    public void Label_smoothing_outside_zero_to_one_throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new BinaryCrossentropy(labelSmoothing: 1.5));
        Assert.Throws<ArgumentOutOfRangeException>(() => new CategoricalCrossentropy(labelSmoothing: -0.1));
    }

    [Fact]
    public void Huge_logits_give_finite_exact_losses()
    {
        // CCE: logsumexp([1000, −1000, 0]) = 1000, so −log p[1] = 1000 − (−1000) = 2000 and −log p[0] = 0.
        Tensor z = new(new float[,] { { 1000, -1000, 0 }, { 1000, -1000, 0 } });
        double cce = new SparseCategoricalCrossentropy(fromLogits: true).Compute(new[] { 1, 0 }, z).ToScalar();
        Assert.Equal(1000, cce, 3);

        // BCE: max(z, 0) − zy + log(1 + e^−|z|) = 1000 for (z, y) = (1000, 0) and (−1000, 1); 0 when they agree.
        Tensor zb = new(new float[,] { { 1000, -1000 }, { 1000, -1000 } });
        Tensor yb = new(new float[,] { { 0, 1 }, { 1, 0 } });
        double bce = new BinaryCrossentropy(fromLogits: true).Compute(yb, zb).ToScalar();
        Assert.Equal(500, bce, 3);

        using var tape = new GradientTape();
        tape.Watch(z);
        Tensor loss = new CategoricalCrossentropy(fromLogits: true).Compute(new Tensor(new float[,] { { 0, 1, 0 }, { 1, 0, 0 } }), z);
        Tensor dz = tape.Gradient(loss, [z])[0];
        Assert.True(dz.AllFinite());
        Assert.Equal(0.5, dz[0, 0], 6); // (softmax − y) / batch = (1 − 0) / 2
        Assert.Equal(-0.5, dz[0, 1], 6);
    }

    [Fact]
    public void Sparse_label_out_of_range_names_sample_and_range()
    {
        var probs = new Tensor(new float[,] { { 0.2f, 0.3f, 0.5f }, { 0.1f, 0.1f, 0.8f } });
        var e = Assert.Throws<InvalidTargetException>(() => new SparseCategoricalCrossentropy().Compute(new[] { 0, 3 }, probs));
        Assert.Contains("label 3", e.Message);
        Assert.Contains("sample 1", e.Message);
        Assert.Contains("[0, 2]", e.Message);
        Assert.Throws<InvalidTargetException>(() => new SparseCategoricalCrossentropy().Compute(new Tensor([0.5f, 1f]), probs));
        Assert.Throws<InvalidTargetException>(() => new SparseCategoricalCrossentropy().Compute(new[] { -1, 0 }, probs));
    }

    [Fact]
    public void Wrong_target_shapes_throw_shape_mismatch()
    {
        var probs = new Tensor(new float[,] { { 0.2f, 0.3f, 0.5f }, { 0.1f, 0.1f, 0.8f } });
        var e = Assert.Throws<ShapeMismatchException>(() => new CategoricalCrossentropy().Compute(new[] { 0, 2 }, probs));
        Assert.Contains("SparseCategoricalCrossentropy", e.Message);
        Assert.Throws<ShapeMismatchException>(() => new SparseCategoricalCrossentropy().Compute(new[] { 0, 2, 1 }, probs));
        Assert.Throws<ShapeMismatchException>(() => new SparseCategoricalCrossentropy().Compute(new[] { 0 }, new Tensor([0.5f, 0.5f])));
        Assert.Throws<ShapeMismatchException>(() => new BinaryCrossentropy().Compute(new Tensor(new float[,] { { 0, 1 } }), probs));
    }

    [Fact]
    public void Binary_targets_outside_zero_to_one_name_the_sample()
    {
        var e = Assert.Throws<InvalidTargetException>(() =>
            new BinaryCrossentropy().Compute(new Tensor(new float[,] { { 0, 1 }, { 2, 0 } }), new Tensor(new float[,] { { 0.5f, 0.5f }, { 0.5f, 0.5f } })));
        Assert.Contains("sample 1", e.Message);
    }
}
