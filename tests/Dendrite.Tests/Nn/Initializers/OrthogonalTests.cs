using Dendrite.Nn.Initializers;
using Dendrite.Tensors;

namespace Dendrite.Tests.Nn.Initializers;

public class OrthogonalTests
{
    [Theory]
    [InlineData(8, 8, 1.0)]
    [InlineData(20, 7, 1.0)]
    [InlineData(7, 20, 1.0)]
    [InlineData(16, 16, 2.5)]
    public void Columns_or_rows_are_orthonormal_times_gain(int rows, int cols, double gain)
    {
        Tensor w = new Orthogonal(gain: gain).Initialize(new Shape(rows, cols), new RandomGenerator(17));

        // rows ≥ cols: WᵀW = gain² I (cols × cols); otherwise W Wᵀ = gain² I (rows × rows).
        bool tall = rows >= cols;
        int k = tall ? cols : rows;
        for (int i = 0; i < k; i++)
        {
            for (int j = 0; j < k; j++)
            {
                double dot = 0;
                for (int t = 0; t < (tall ? rows : cols); t++)
                {
                    dot += tall ? w[t, i] * (double)w[t, j] : w[i, t] * (double)w[j, t];
                }

                Assert.Equal(i == j ? gain * gain : 0.0, dot, 5);
            }
        }
    }

    [Fact]
    public void Higher_rank_shapes_are_flattened_to_rows_by_last_axis()
    {
        // (3, 3, 4, 8) flattens to (36, 8): eight orthonormal columns of length 36.
        Tensor w = new Orthogonal(seed: 3).Initialize(new Shape(3, 3, 4, 8), null!);
        Tensor flat = w.View(new Shape(36, 8));
        for (int i = 0; i < 8; i++)
        {
            for (int j = 0; j < 8; j++)
            {
                double dot = 0;
                for (int t = 0; t < 36; t++)
                {
                    dot += flat[t, i] * (double)flat[t, j];
                }

                Assert.Equal(i == j ? 1.0 : 0.0, dot, 5);
            }
        }
    }

    [Fact]
    public void Q_reproduces_A_with_a_non_negative_diagonal_R()
    {
        // A = Q R with R = QᵀA upper triangular and diag R ≥ 0 (Keras' sign correction).
        const int M = 6, N = 4;
        var rng = new RandomGenerator(23);
        double[] a = Enumerable.Range(0, M * N).Select(_ => rng.Normal()).ToArray();
        double[] q = Orthogonal.ThinQ((double[])a.Clone(), M, N);
        for (int i = 0; i < N; i++)
        {
            for (int j = 0; j < N; j++)
            {
                double r = 0;
                for (int t = 0; t < M; t++)
                {
                    r += q[(t * N) + i] * a[(t * N) + j];
                }

                if (i > j)
                {
                    Assert.Equal(0.0, r, 10);
                }
                else if (i == j)
                {
                    Assert.True(r > 0, $"R[{i},{i}] = {r} should be positive");
                }
            }
        }
    }

    [Fact]
    public void Rank_below_two_throws()
    {
        var e = Assert.Throws<ArgumentException>(() => new Orthogonal(seed: 1).Initialize(new Shape(5), null!));
        Assert.Contains("(5,)", e.Message);
    }
}
