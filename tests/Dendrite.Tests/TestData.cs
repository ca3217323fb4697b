// Small deterministic data sets shared by the model and training tests. Every generator takes a literal seed.
using Dendrite.Tensors;

namespace Dendrite.Tests;

internal static class TestData
{
    /// <summary>A float32 tensor of standard normal values.</summary>
    public static Tensor Normal(int seed, params int[] shape) => new RandomGenerator(seed).NormalTensor(new Shape(shape));

    /// <summary>The four XOR points and their labels, shape (4, 2) and (4, 1).</summary>
    public static (Tensor X, Tensor Y) Xor() =>
        (new float[,] { { 0, 0 }, { 0, 1 }, { 1, 0 }, { 1, 1 } }, new float[,] { { 0 }, { 1 }, { 1 }, { 0 } });

    /// <summary>A linearly separable binary problem: label 1 when x0 + x1 − x2 &gt; 0; x (n, 3), y (n, 1).</summary>
    public static (Tensor X, Tensor Y) Binary(int seed, int n)
    {
        Tensor x = Normal(seed, n, 3);
        Tensor y = Tensor.Zeros(new Shape(n, 1));
        for (int i = 0; i < n; i++)
        {
            y.SetFlat(i, x[i, 0] + x[i, 1] - x[i, 2] > 0 ? 1 : 0);
        }

        return (x, y);
    }

    /// <summary>A noiseless linear regression: y = 2·x0 − x1 + 0.5·x2 + 1; x (n, 3), y (n, 1).</summary>
    public static (Tensor X, Tensor Y) Linear(int seed, int n)
    {
        Tensor x = Normal(seed, n, 3);
        Tensor y = Tensor.Zeros(new Shape(n, 1));
        for (int i = 0; i < n; i++)
        {
            y.SetFlat(i, (2 * x[i, 0]) - x[i, 1] + (0.5 * x[i, 2]) + 1);
        }

        return (x, y);
    }
}
