// ActivationLayer: applies an activation as a layer of its own:  y = f(x), same shape, no weights.
// Backward: the activation's own rule, recorded on the tape (dx = dy ⊙ f'(x)).
// Named ActivationLayer, not Keras' `Activation`: the activation functions' base class is
// Dendrite.Nn.Activations.Activation, and users import both namespaces. A layer also named Activation
// would make every `Activation.Relu` in such code an ambiguous reference (CS0104), so
// `new Dense(16, Activation.Relu)` would stop compiling. The config still names the activation as Keras does.
using Dendrite.Nn.Activations;
using Dendrite.Tensors;

namespace Dendrite.Nn.Layers;

/// <summary>Applies an activation function as a layer (Keras' <c>Activation</c> layer).</summary>
/// <remarks><c>y = f(x)</c> element-wise (softmax: per row); no weights.</remarks>
public sealed class ActivationLayer : Layer
{
    /// <inheritdoc/>
    /// <remarks>True: the layer works on each step's features alone, so a sequence mask passes through (Keras: <c>supports_masking = True</c>).</remarks>
    public override bool SupportsMasking => true;

    /// <summary>Creates an activation layer.</summary>
    /// <param name="activation">The function, e.g. <c>Activation.Relu</c>.</param>
    /// <param name="name">Default null = <c>activation_layer</c>, <c>activation_layer_1</c>, ….</param>
    /// <exception cref="ArgumentNullException"><paramref name="activation"/> is null.</exception>
    public ActivationLayer(Activation activation, string? name = null)
        : base(name)
    {
        Activation = activation ?? throw new ArgumentNullException(nameof(activation));
    }

    /// <summary>The activation applied.</summary>
    public Activation Activation { get; }

    /// <inheritdoc/>
    public override Tensor Call(Tensor x, bool training = false)
    {
        ArgumentNullException.ThrowIfNull(x);
        return Activation.Call(x);
    }

    /// <inheritdoc/>
    /// <remarks>The identity for <c>linear</c>; f(x) into the buffer when the activation can write into one (<see cref="Activation.CallInto"/>).</remarks>
    internal override InferenceStep? CreateInferenceStep(Shape inputShape)
    {
        if (Activation is Linear)
        {
            return InferenceStep.Identity;
        }

        return Activation.CallInto(Tensor.Zeros(inputShape), Tensor.Zeros(inputShape)) ? new Step(Activation, inputShape) : null;
    }

    /// <inheritdoc/>
    public override IReadOnlyDictionary<string, object?> GetConfig() => new Dictionary<string, object?>(base.GetConfig())
    {
        ["activation"] = ActivationRegistry.Serialize(Activation),
    };

    /// <summary>y = f(x) into the caller's buffer.</summary>
    private sealed class Step(Activation activation, Shape shape) : InferenceStep
    {
        public override Shape OutputShape { get; } = shape;

        public override bool Run(ReadOnlySpan<Tensor> inputs, Tensor y) => activation.CallInto(inputs[0], y);
    }
}
