// Permute: reorders the non-batch axes (Keras 3 keras/src/layers/reshaping/permute.py); dims are 1-based,
// as Keras: Permute([2, 1]) swaps the two axes of (batch, a, b) → (batch, b, a).
//   y[b, i_dims(1), …] = x[b, i_1, …]      (Ops.Transpose with perm = [0] + dims; its gradient permutes back)
using Dendrite.Autodiff;
using Dendrite.Tensors;

namespace Dendrite.Nn.Layers;

/// <summary>Permutes the axes of each sample: output axis i is input axis dims[i − 1] (1-based, batch excluded).</summary>
/// <remarks><c>y = transpose(x, [0] + dims)</c>; no weights.</remarks>
public sealed class Permute : Layer
{
    private readonly int[] _dims;

    /// <summary>Creates a permute layer.</summary>
    /// <param name="dims">A permutation of 1..rank − 1 (1-based, the batch axis excluded), e.g. [2, 1].</param>
    /// <param name="name">Default null = <c>permute</c>, <c>permute_1</c>, ….</param>
    /// <exception cref="ArgumentException"><paramref name="dims"/> is not a permutation of 1..n.</exception>
    public Permute(int[] dims, string? name = null)
        : base(name)
    {
        ArgumentNullException.ThrowIfNull(dims);
        if (dims.Length == 0 || !dims.Order().SequenceEqual(Enumerable.Range(1, dims.Length)))
        {
            throw new ArgumentException($"Permute '{Name}' needs dims that are a permutation of 1..{Math.Max(1, dims.Length)}, received [{string.Join(", ", dims)}].", nameof(dims));
        }

        _dims = [.. dims];
    }

    /// <summary>The permutation of the non-batch axes, 1-based.</summary>
    public IReadOnlyList<int> Dims => _dims;

    /// <inheritdoc/>
    /// <exception cref="ShapeMismatchException">The input rank is not dims + 1.</exception>
    public override Tensor Call(Tensor x, bool training = false)
    {
        ArgumentNullException.ThrowIfNull(x);
        ComputeOutputShape(x.Shape);
        return Ops.Transpose(x, [0, .. _dims]);
    }

    /// <inheritdoc/>
    /// <exception cref="ShapeMismatchException">The input rank is not dims + 1.</exception>
    public override Shape ComputeOutputShape(Shape inputShape)
    {
        if (inputShape.Rank != _dims.Length + 1)
        {
            throw new ShapeMismatchException($"Permute '{Name}' with dims [{string.Join(", ", _dims)}] expects input of rank {_dims.Length + 1}, received {inputShape}.");
        }

        return new Shape([inputShape[0], .. _dims.Select(d => inputShape[d])]);
    }

    /// <inheritdoc/>
    public override IReadOnlyDictionary<string, object?> GetConfig() => new Dictionary<string, object?>(base.GetConfig())
    {
        ["dims"] = _dims.ToArray(),
    };
}
