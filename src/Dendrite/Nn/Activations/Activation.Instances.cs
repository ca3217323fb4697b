// The shared activation instances, so code reads `activation: Activation.Relu`.
namespace Dendrite.Nn.Activations;

public abstract partial class Activation
{
    /// <summary>The identity f(x) = x (<see cref="Activations.Linear"/>).</summary>
    public static Activation Linear { get; } = new Activations.Linear();

    /// <summary>max(x, 0) (<see cref="Activations.Relu"/>).</summary>
    public static Activation Relu { get; } = new Activations.Relu();

    /// <summary>1 / (1 + e^−x) (<see cref="Activations.Sigmoid"/>).</summary>
    public static Activation Sigmoid { get; } = new Activations.Sigmoid();

    /// <summary>Softmax over the last axis (<see cref="Activations.Softmax"/>).</summary>
    public static Activation Softmax { get; } = new Activations.Softmax();
}
