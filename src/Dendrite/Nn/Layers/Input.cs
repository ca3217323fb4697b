// Input: declares the shape of one sample (without the batch axis). As the first layer of a Sequential
// model it lets the model build, and print its Summary, before any data arrives. Identity on data.
using Dendrite.Tensors;

namespace Dendrite.Nn.Layers;

/// <summary>Declares the per-sample input shape of a model (Keras' <c>Input(shape=...)</c>).</summary>
public sealed class Input : Layer
{
    /// <summary>Declares inputs whose samples have <paramref name="shape"/> (no batch axis).</summary>
    /// <param name="shape">One sample's shape, e.g. <c>[4]</c> for four features.</param>
    /// <param name="name">Default null = <c>input</c>, <c>input_1</c>, ….</param>
    /// <exception cref="ArgumentException">A dimension is less than 1.</exception>
    public Input(Shape shape, string? name = null)
        : base(name)
    {
        foreach (int d in shape.Dims)
        {
            if (d < 1)
            {
                throw new ArgumentException($"Input '{Name}' needs every dimension >= 1, received shape {shape}.", nameof(shape));
            }
        }

        SampleShape = shape;
        Build(BatchShape);
        Output = new SymbolicTensor(BatchShape, this, [], 0);
    }

    /// <summary>The symbolic tensor standing for this input in a functional graph.</summary>
    public override SymbolicTensor Output { get; }

    /// <summary>Uses an input as its symbolic tensor: <c>new Dense(8).Apply(input)</c>.</summary>
    /// <param name="input">The input.</param>
    public static implicit operator SymbolicTensor(Input input) => input?.Output ?? throw new ArgumentNullException(nameof(input));

    /// <summary>One sample's shape (no batch axis).</summary>
    public Shape SampleShape { get; }

    /// <summary>The shape with an unknown batch axis, e.g. <c>(None, 4)</c>.</summary>
    public Shape BatchShape => SampleShape.WithBatch(-1);

    /// <inheritdoc/>
    /// <remarks>The identity (the input itself, its shape checked by the caller).</remarks>
    internal override InferenceStep? CreateInferenceStep(Shape inputShape) => InferenceStep.Identity;

    /// <inheritdoc/>
    public override Tensor Call(Tensor x, bool training = false)
    {
        CheckInput(x.Shape);
        return x;
    }

    /// <inheritdoc/>
    public override IReadOnlyDictionary<string, object?> GetConfig() => new Dictionary<string, object?>(base.GetConfig())
    {
        ["shape"] = SampleShape.ToArray(),
    };
}
