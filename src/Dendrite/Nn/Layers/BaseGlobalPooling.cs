// BaseGlobalPooling: what the global pooling layers share (Keras 3
// keras/src/layers/pooling/base_global_pooling.py): one value per sample and channel, channels last.
//   average: y[b, c] = mean over the steps (or height × width) of x[b, …, c]      (Ops.Mean)
//   max:     y[b, c] = max over them, the gradient going to the first maximum      (Ops.Max on a flat view)
// keepDims (Keras keepdims, default false) keeps the reduced axes with size 1: (batch, 1, 1, c).
using Dendrite.Autodiff;
using Dendrite.Tensors;

namespace Dendrite.Nn.Layers;

/// <summary>The shared part of the global average and max pooling layers.</summary>
/// <remarks><c>y[b, c] = reduce over every spatial position of x[b, …, c]</c>, reduce = mean or max.</remarks>
public abstract class BaseGlobalPooling : Layer
{
    private readonly int _spatialRank;
    private readonly bool _max;

    private protected BaseGlobalPooling(int spatialRank, bool max, bool keepDims, string? name)
        : base(name)
    {
        _spatialRank = spatialRank;
        _max = max;
        KeepDims = keepDims;
    }

    /// <summary>Whether the reduced axes stay, with size 1.</summary>
    public bool KeepDims { get; }

    private string Layout => _spatialRank == 1 ? "(batch, steps, channels)" : "(batch, height, width, channels)";

    /// <inheritdoc/>
    /// <exception cref="ShapeMismatchException">The input has the wrong rank.</exception>
    public override Tensor Call(Tensor x, bool training = false)
    {
        ArgumentNullException.ThrowIfNull(x);
        Shape output = ComputeOutputShape(x.Shape);
        int[] spatial = _spatialRank == 1 ? [1] : [1, 2];
        Tensor y = _max
            ? Ops.Max(Ops.Reshape(x, new Shape(x.Shape[0], -1, x.Shape[^1])), 1)
            : Ops.Mean(x, spatial);
        return Ops.Reshape(y, output);
    }

    /// <inheritdoc/>
    /// <exception cref="ShapeMismatchException">The shape has the wrong rank.</exception>
    public override Shape ComputeOutputShape(Shape inputShape)
    {
        ConvArithmetic.RequireRank(this, inputShape, _spatialRank + 2, Layout);
        return !KeepDims ? new Shape(inputShape[0], inputShape[^1])
            : _spatialRank == 1 ? new Shape(inputShape[0], 1, inputShape[^1])
            : new Shape(inputShape[0], 1, 1, inputShape[^1]);
    }

    /// <inheritdoc/>
    public override IReadOnlyDictionary<string, object?> GetConfig() => new Dictionary<string, object?>(base.GetConfig())
    {
        ["data_format"] = "channels_last",
        ["keepdims"] = KeepDims,
    };
}
