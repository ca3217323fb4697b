// MaxPool2D and AveragePool2D: hand-computed windows, 'same' padding excluded from both (max skips it,
// average divides by the positions inside), the max gradient routed to the first maximum, and
// double-precision gradient checks on odd sizes with stride 2.
using Dendrite.Kernels;
using Dendrite.Tensors;
using static Dendrite.Tests.Autodiff.Ops.OpTestHelpers;
using Op = Dendrite.Autodiff.Ops;

namespace Dendrite.Tests.Autodiff.Ops;

public sealed class PoolingOpTests
{
    // x (3×3): [[1, 2, 3], [4, 5, 6], [7, 8, 9]], pool 2, stride 2, 'same': out 2×2, pad total 1 → 0 before, 1 after.
    private static readonly Tensor s_x = new([1f, 2, 3, 4, 5, 6, 7, 8, 9], new Shape(1, 3, 3, 1));
    private static readonly ConvGeometry s_same = new(3, 3, 1, 2, 2, 2, 2, 1, 1, 0, 0, 2, 2);

    [Fact]
    public void Max_pooling_takes_window_maxima_and_ignores_padding()
    {
        // windows: {1, 2, 4, 5} → 5, {3, 6} → 6, {7, 8} → 8, {9} → 9
        Assert.Equal([5f, 6, 8, 9], Op.MaxPool2D(s_x, s_same).ToArray());
        Tensor negative = Op.Negate(s_x);
        Assert.Equal([-1f, -3, -7, -9], Op.MaxPool2D(negative, s_same).ToArray()); // padding is not a 0 that wins
    }

    [Fact]
    public void Average_pooling_divides_by_the_positions_inside_the_input()
    {
        // {1, 2, 4, 5} / 4 = 3, {3, 6} / 2 = 4.5, {7, 8} / 2 = 7.5, {9} / 1 = 9 (Keras/TensorFlow: padding not counted)
        Assert.Equal([3f, 4.5f, 7.5f, 9], Op.AveragePool2D(s_x, s_same).ToArray());
    }

    [Fact]
    public void Max_gradient_goes_to_the_first_maximum_of_each_window()
    {
        Tensor x = Of([1, 3, 3, 0, 2, 2, 2, 2], 1, 2, 4, 1); // windows (2×2, stride 2): {1, 3, 2, 2} and {3, 0, 2, 2}
        var g = new ConvGeometry(2, 4, 1, 2, 2, 2, 2, 1, 1, 0, 0, 1, 2);
        AssertValues([0, 1, 1, 0, 0, 0, 0, 0], Gradients(xs => Op.MaxPool2D(xs[0], g), x)[0], 0);
        Tensor ties = Of([2, 2, 2, 2], 1, 2, 2, 1);
        AssertValues([1, 0, 0, 0], Gradients(xs => Op.MaxPool2D(xs[0], new ConvGeometry(2, 2, 1, 2, 2, 2, 2, 1, 1, 0, 0, 1, 1)), ties)[0], 0);
    }

    [Fact]
    public void Gradients_match_central_differences_on_odd_sizes()
    {
        var same = new ConvGeometry(7, 5, 3, 3, 3, 2, 2, 1, 1, 1, 1, 4, 3);
        var valid = new ConvGeometry(7, 5, 2, 2, 3, 2, 1, 1, 1, 0, 0, 3, 3);
        AssertGradients(xs => Op.AveragePool2D(xs[0], same), Random(1, 2, 7, 5, 3));
        AssertGradients(xs => Op.AveragePool2D(xs[0], valid), Random(2, 2, 7, 5, 2));
        // distinct values far apart, so a ±h step never changes a window's argmax
        AssertGradients(xs => Op.MaxPool2D(xs[0], same), Distinct(3, 2, 7, 5, 3));
        AssertGradients(xs => Op.MaxPool2D(xs[0], valid), Distinct(4, 2, 7, 5, 2));
    }

    [Fact]
    public void Rejects_an_input_that_does_not_fit()
    {
        var e = Assert.Throws<ArgumentException>(() => Op.MaxPool2D(Random(1, 1, 4, 3, 1), s_same));
        Assert.Contains("MaxPool2D expects x of shape (batch, 3, 3, 1), received (1, 4, 3, 1)", e.Message);
    }

    /// <summary>A random permutation of 0, 0.1, 0.2, … as a float64 tensor.</summary>
    private static Tensor Distinct(int seed, params int[] dims)
    {
        Tensor t = Tensor.Zeros(new Shape(dims), DType.Float64);
        var order = Enumerable.Range(0, t.Size).ToArray();
        new Random(seed).Shuffle(order);
        for (int i = 0; i < t.Size; i++)
        {
            t.SetFlat(i, order[i] * 0.1);
        }

        return t;
    }
}
