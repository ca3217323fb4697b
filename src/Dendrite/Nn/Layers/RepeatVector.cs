// RepeatVector: repeats each sample's vector n times (Keras 3 keras/src/layers/reshaping/repeat_vector.py):
//   x (batch, features) → y (batch, n, features),  y[b, t, f] = x[b, f]
// A view to (batch, 1, features) broadcast to n (Ops.BroadcastTo); the gradient sums over the n copies.
using Dendrite.Autodiff;
using Dendrite.Tensors;

namespace Dendrite.Nn.Layers;

/// <summary>Repeats each sample's vector n times: (batch, features) → (batch, n, features).</summary>
/// <remarks><c>y[b, t, f] = x[b, f]</c> for t &lt; n; no weights.</remarks>
public sealed class RepeatVector : Layer
{
    /// <summary>Creates a repeat layer.</summary>
    /// <param name="n">The number of copies, ≥ 1.</param>
    /// <param name="name">Default null = <c>repeat_vector</c>, <c>repeat_vector_1</c>, ….</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="n"/> is less than 1.</exception>
    public RepeatVector(int n, string? name = null)
        : base(name)
    {
        ConvArithmetic.RequirePositive($"RepeatVector '{Name}'", nameof(n), n);
        N = n;
    }

    /// <summary>The number of copies.</summary>
    public int N { get; }

    /// <inheritdoc/>
    /// <exception cref="ShapeMismatchException">The input is not of rank 2.</exception>
    public override Tensor Call(Tensor x, bool training = false)
    {
        ArgumentNullException.ThrowIfNull(x);
        Shape y = ComputeOutputShape(x.Shape).With(0, x.Shape[0]);
        return Ops.BroadcastTo(Ops.Reshape(x, new Shape(x.Shape[0], 1, x.Shape[1])), y);
    }

    /// <inheritdoc/>
    /// <exception cref="ShapeMismatchException">The shape is not of rank 2.</exception>
    public override Shape ComputeOutputShape(Shape inputShape)
    {
        if (inputShape.Rank != 2)
        {
            throw new ShapeMismatchException($"RepeatVector '{Name}' expects input of rank 2 (batch, features); received {inputShape}.");
        }

        return new Shape(inputShape[0], N, inputShape[1]);
    }

    /// <inheritdoc/>
    public override IReadOnlyDictionary<string, object?> GetConfig() => new Dictionary<string, object?>(base.GetConfig())
    {
        ["n"] = N,
    };
}
