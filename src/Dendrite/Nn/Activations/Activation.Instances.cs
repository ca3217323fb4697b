// The shared activation instances, so code reads `activation: Activation.Relu`.
// Activations are immutable, so one instance each is shared; parameterized ones use Keras defaults here
// (construct e.g. `new LeakyRelu(negativeSlope: 0.1)` for others).
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

    /// <summary>The Heaviside step [x ≥ 0] (<see cref="Activations.Step"/>).</summary>
    public static Activation Step { get; } = new Activations.Step();

    /// <summary>tanh x (<see cref="Activations.Tanh"/>).</summary>
    public static Activation Tanh { get; } = new Activations.Tanh();

    /// <summary>Leaky ReLU with negative slope 0.2 (<see cref="Activations.LeakyRelu"/>).</summary>
    public static Activation LeakyRelu { get; } = new Activations.LeakyRelu();

    /// <summary>ELU with α = 1 (<see cref="Activations.Elu"/>).</summary>
    public static Activation Elu { get; } = new Activations.Elu();

    /// <summary>SELU with the Keras constants (<see cref="Activations.Selu"/>).</summary>
    public static Activation Selu { get; } = new Activations.Selu();

    /// <summary>Exact GELU, x · Φ(x) (<see cref="Activations.Gelu"/>).</summary>
    public static Activation Gelu { get; } = new Activations.Gelu();

    /// <summary>SiLU, x · σ(x) (<see cref="Activations.Silu"/>).</summary>
    public static Activation Silu { get; } = new Activations.Silu();

    /// <summary>Swish: the same activation as <see cref="Silu"/> (same instance, named "silu").</summary>
    public static Activation Swish => Silu;

    /// <summary>log(1 + eˣ) (<see cref="Activations.Softplus"/>).</summary>
    public static Activation Softplus { get; } = new Activations.Softplus();

    /// <summary>x / (1 + |x|) (<see cref="Activations.Softsign"/>).</summary>
    public static Activation Softsign { get; } = new Activations.Softsign();

    /// <summary>clip(x/6 + 0.5, 0, 1) (<see cref="Activations.HardSigmoid"/>).</summary>
    public static Activation HardSigmoid { get; } = new Activations.HardSigmoid();

    /// <summary>Log-softmax over the last axis (<see cref="Activations.LogSoftmax"/>).</summary>
    public static Activation LogSoftmax { get; } = new Activations.LogSoftmax();
}
