// Orthogonal (Keras; Saxe et al. 2014): an orthogonal matrix from the QR decomposition of a normal one.
//   rows = Π shape[:-1], cols = shape[-1];   A ~ N(0, 1) of shape (max(rows, cols), min(rows, cols))
//   A = Q R (thin Householder QR, in double);   Q ← Q · diag(sign(diag R))   (Keras' "make Q uniform";
//   we take sign(0) = +1 where Keras' sign(0) = 0 would zero a column, an event of probability 0)
//   W = gain · reshape(rows < cols ? Qᵀ : Q, shape)
// So WᵀW = gain² I when rows ≥ cols (orthonormal columns), and W Wᵀ = gain² I otherwise (orthonormal rows).
using Dendrite.Tensors;

namespace Dendrite.Nn.Initializers;

/// <summary>A (semi-)orthogonal matrix: orthonormal columns, or rows when there are fewer rows than columns.</summary>
/// <remarks>
/// <c>Q, R = qr(A), A ~ N(0, 1); W = gain · Q · diag(sign(diag R))</c>, transposed when rows &lt; cols.
/// Shapes of rank &gt; 2 are flattened to (Π shape[:-1], shape[-1]). See https://arxiv.org/abs/1312.6120.
/// </remarks>
/// <param name="gain">The factor applied to the orthogonal matrix; default 1.</param>
/// <param name="seed">A seed for this initializer's own generator; default null = the layer's generator.</param>
public sealed class Orthogonal(double gain = 1.0, int? seed = null) : RandomInitializer(seed)
{
    /// <summary>The factor applied to the orthogonal matrix.</summary>
    public double Gain { get; } = double.IsFinite(gain) ? gain
        : throw new ArgumentOutOfRangeException(nameof(gain), gain, "Orthogonal gain must be finite.");

    /// <inheritdoc/>
    public override string Name => "orthogonal";

    /// <inheritdoc/>
    /// <exception cref="ArgumentException">The shape has rank below 2.</exception>
    protected override Tensor Draw(Shape shape, RandomGenerator random)
    {
        ArgumentNullException.ThrowIfNull(random);
        if (shape.Rank < 2)
        {
            throw new ArgumentException($"Orthogonal initializer expects a shape of rank 2 or more, received {shape} of rank {shape.Rank}.", nameof(shape));
        }

        int cols = shape[^1];
        int rows = shape.Size / Math.Max(1, cols);
        int m = Math.Max(rows, cols), n = Math.Min(rows, cols);
        var a = new double[m * n];
        for (int i = 0; i < a.Length; i++)
        {
            a[i] = random.Normal();
        }

        double[] q = ThinQ(a, m, n);
        Tensor w = Tensor.Zeros(shape);
        Span<float> ws = w.AsSpan();
        for (int r = 0; r < rows; r++)
        {
            for (int c = 0; c < cols; c++)
            {
                double v = rows >= cols ? q[(r * n) + c] : q[(c * n) + r];
                ws[(r * cols) + c] = (float)(Gain * v);
            }
        }

        return w;
    }

    /// <summary>The m×n factor Q of A = QR (m ≥ n, row-major), with columns signed so that diag R ≥ 0.</summary>
    internal static double[] ThinQ(double[] a, int m, int n)
    {
        var vs = new double[n][];
        var rDiag = new double[n];
        for (int k = 0; k < n; k++)
        {
            // Householder reflector H = I − 2vvᵀ that maps A[k:, k] onto α e₁, α = −sign(x₀)‖x‖.
            var v = new double[m - k];
            double norm = 0;
            for (int i = k; i < m; i++)
            {
                v[i - k] = a[(i * n) + k];
                norm += v[i - k] * v[i - k];
            }

            norm = Math.Sqrt(norm);
            double alpha = v[0] >= 0 ? -norm : norm;
            rDiag[k] = alpha;
            v[0] -= alpha;
            double vNorm = Math.Sqrt(v.Sum(x => x * x));
            if (vNorm > 0)
            {
                for (int i = 0; i < v.Length; i++)
                {
                    v[i] /= vNorm;
                }

                Reflect(a, v, k, n, m);
            }

            vs[k] = v;
        }

        // Q = H₀ H₁ … Hₙ₋₁ applied to the first n columns of the identity.
        var q = new double[m * n];
        for (int i = 0; i < n; i++)
        {
            q[(i * n) + i] = 1.0;
        }

        for (int k = n - 1; k >= 0; k--)
        {
            Reflect(q, vs[k], k, n, m);
        }

        for (int c = 0; c < n; c++)
        {
            if (rDiag[c] < 0)
            {
                for (int r = 0; r < m; r++)
                {
                    q[(r * n) + c] = -q[(r * n) + c];
                }
            }
        }

        return q;
    }

    /// <summary>M[k:, :] ← (I − 2vvᵀ) M[k:, :] for a row-major m×n matrix M.</summary>
    private static void Reflect(double[] matrix, double[] v, int k, int n, int m)
    {
        for (int c = 0; c < n; c++)
        {
            double dot = 0;
            for (int i = k; i < m; i++)
            {
                dot += v[i - k] * matrix[(i * n) + c];
            }

            for (int i = k; i < m; i++)
            {
                matrix[(i * n) + c] -= 2 * dot * v[i - k];
            }
        }
    }

    /// <inheritdoc/>
    public override IReadOnlyDictionary<string, object?> GetConfig() => new Dictionary<string, object?>(base.GetConfig()) { ["gain"] = Gain };
}
