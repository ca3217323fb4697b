// TimeDistributed: applies one layer to every time step (Keras 3 keras/src/layers/rnn/time_distributed.py).
//   x: (batch, steps, …) → reshape (batch·steps, …) → layer → reshape (batch, steps, …out)
// The same weights serve every step (they are this layer's: Layer.Sublayers.cs). The mask passes through.
using Dendrite.Autodiff;
using Dendrite.Tensors;

namespace Dendrite.Nn.Layers;

/// <summary>Applies a layer to each time step of a (batch, steps, …) input with shared weights.</summary>
/// <remarks><c>y[:, t] = layer(x[:, t])</c> for every step t.</remarks>
public sealed class TimeDistributed : Layer
{
    /// <summary>Creates a time-distributed wrapper.</summary>
    /// <param name="layer">The layer to apply at each step, not yet built.</param>
    /// <param name="name">Default null = <c>time_distributed</c>, <c>time_distributed_1</c>, ….</param>
    /// <exception cref="ArgumentException">The layer is already built.</exception>
    public TimeDistributed(Layer layer, string? name = null)
        : base(name)
    {
        ArgumentNullException.ThrowIfNull(layer);
        if (layer.Built)
        {
            throw new ArgumentException($"TimeDistributed '{Name}' needs an unbuilt layer; {layer.GetType().Name} '{layer.Name}' is already built.", nameof(layer));
        }

        Layer = layer;
    }

    /// <summary>The layer applied at each step.</summary>
    public Layer Layer { get; }

    /// <inheritdoc/>
    public override bool SupportsMasking => true;

    /// <inheritdoc/>
    public override void Build(Shape inputShape)
    {
        if (inputShape.Rank < 3)
        {
            throw new ShapeMismatchException($"TimeDistributed '{Name}' expects input of shape (batch, steps, …), received shape {inputShape}.");
        }

        Layer.Random = Random;
        Layer.Build(StepShape(inputShape, -1));
        TrackSublayer(Layer);
        base.Build(inputShape);
    }

    /// <inheritdoc/>
    public override Tensor Call(Tensor x, bool training = false)
    {
        ArgumentNullException.ThrowIfNull(x);
        if (x.Rank < 3)
        {
            throw new ShapeMismatchException($"TimeDistributed '{Name}' expects input of shape (batch, steps, …), received shape {x.Shape}.");
        }

        Tensor y = Layer.Apply(Ops.Reshape(x, StepShape(x.Shape, x.Shape[0] * x.Shape[1])), training);
        return Ops.Reshape(y, new Shape([x.Shape[0], x.Shape[1], .. y.Shape.ToArray()[1..]]));
    }

    /// <inheritdoc/>
    public override Shape ComputeOutputShape(Shape inputShape)
    {
        Shape step = Layer.ComputeOutputShape(StepShape(inputShape, -1));
        return new Shape([inputShape[0], inputShape[1], .. step.ToArray()[1..]]);
    }

    /// <inheritdoc/>
    public override IReadOnlyDictionary<string, object?> GetConfig() => new Dictionary<string, object?>(base.GetConfig())
    {
        ["layer"] = new Dictionary<string, object?> { ["class_name"] = LayerRegistry.ClassName(Layer), ["config"] = Layer.GetConfig() },
    };

    /// <summary>The shape of one step's batch: (rows, …) without the steps axis.</summary>
    private static Shape StepShape(Shape shape, int rows) => new([rows, .. shape.ToArray()[2..]]);
}
