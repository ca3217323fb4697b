// BasePooling: what MaxPooling1D/2D and AveragePooling1D/2D share (Keras 3
// keras/src/layers/pooling/base_pooling.py): window, strides (default = the window), padding valid/same,
// channels last; output lengths as the convolutions' (ConvArithmetic.cs). 1-D pooling runs as 2-D pooling
// of height 1 on a view. Max pooling skips padding; average pooling divides by the positions inside the
// input (padding not counted), as Keras. No weights.
using Dendrite.Autodiff;
using Dendrite.Tensors;

namespace Dendrite.Nn.Layers;

/// <summary>The shared part of the max and average pooling layers.</summary>
/// <remarks><c>y[b, i, j, c] = reduce over the window at (i·s, j·s) of x[b, ·, ·, c]</c>, reduce = max or mean.</remarks>
public abstract class BasePooling : Layer
{
    private readonly bool _max;

    private protected BasePooling(int spatialRank, bool max, Size2D poolSize, Size2D strides, Padding padding, string? name)
        : base(name)
    {
        string what = $"{GetType().Name} '{Name}'";
        ConvArithmetic.RequirePositive(what, "poolSize", poolSize.Height, poolSize.Width);
        ConvArithmetic.RequirePositive(what, "strides", strides.Height, strides.Width);
        if (padding == Padding.Causal)
        {
            throw new ArgumentException($"{what}: padding must be valid or same, received causal.", nameof(padding));
        }

        SpatialRank = spatialRank;
        _max = max;
        Window = poolSize;
        Step = strides;
        Padding = padding;
    }

    /// <summary>How the borders are padded.</summary>
    public Padding Padding { get; }

    /// <summary>1 for the 1-D layers, 2 for the 2-D ones.</summary>
    private protected int SpatialRank { get; }

    /// <summary>The window as 2-D (height 1 for 1-D pooling).</summary>
    private protected Size2D Window { get; }

    /// <summary>The strides as 2-D.</summary>
    private protected Size2D Step { get; }

    private string Layout => SpatialRank == 1 ? "(batch, steps, channels)" : "(batch, height, width, channels)";

    /// <inheritdoc/>
    /// <exception cref="ShapeMismatchException">The input has the wrong rank or is smaller than the window.</exception>
    public override void Build(Shape inputShape)
    {
        Shape output = ComputeOutputShape(inputShape);
        for (int i = 1; i <= SpatialRank; i++)
        {
            if (output[i] == 0)
            {
                throw new ShapeMismatchException($"{GetType().Name} '{Name}' input {inputShape} is smaller than its pool size {(SpatialRank == 1 ? Window.Width : Window)} with padding valid.");
            }
        }

        base.Build(inputShape);
    }

    /// <inheritdoc/>
    /// <exception cref="ShapeMismatchException">The input has the wrong rank.</exception>
    public override Tensor Call(Tensor x, bool training = false)
    {
        ArgumentNullException.ThrowIfNull(x);
        ConvArithmetic.RequireRank(this, x.Shape, SpatialRank + 2, Layout);
        Tensor x4 = SpatialRank == 1 ? Ops.Reshape(x, new Shape(x.Shape[0], 1, x.Shape[1], x.Shape[2])) : x;
        var g = ConvArithmetic.Geometry(x4.Shape[1], x4.Shape[2], x4.Shape[3], Window, Step, 1, Padding);
        Tensor y = _max ? Ops.MaxPool2D(x4, g) : Ops.AveragePool2D(x4, g);
        return SpatialRank == 1 ? Ops.Reshape(y, new Shape(x.Shape[0], g.OutW, x.Shape[2])) : y;
    }

    /// <inheritdoc/>
    /// <exception cref="ShapeMismatchException">The shape has the wrong rank.</exception>
    public override Shape ComputeOutputShape(Shape inputShape)
    {
        ConvArithmetic.RequireRank(this, inputShape, SpatialRank + 2, Layout);
        int w = ConvArithmetic.OutputLength(inputShape[SpatialRank], Window.Width, Step.Width, 1, Padding);
        return SpatialRank == 1
            ? new Shape(inputShape[0], w, inputShape[2])
            : new Shape(inputShape[0], ConvArithmetic.OutputLength(inputShape[1], Window.Height, Step.Height, 1, Padding), w, inputShape[3]);
    }

    /// <inheritdoc/>
    public override IReadOnlyDictionary<string, object?> GetConfig() => new Dictionary<string, object?>(base.GetConfig())
    {
        ["pool_size"] = SpatialRank == 1 ? new[] { Window.Width } : Window.ToArray(),
        ["strides"] = SpatialRank == 1 ? new[] { Step.Width } : Step.ToArray(),
        ["padding"] = ConvArithmetic.PaddingName(Padding),
        ["data_format"] = "channels_last",
    };
}
