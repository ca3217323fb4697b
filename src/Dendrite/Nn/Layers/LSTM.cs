// LSTM: long short-term memory (Hochreiter & Schmidhuber 1997), as Keras 3 keras/src/layers/rnn/lstm.py.
//   kernel (features, 4·units), recurrent_kernel (units, 4·units), bias (4·units): column blocks in gate order i, f, c, o
//   a = x_t · W + h_{t−1} · U + b;  i = σ(a_i)  f = σ(a_f)  g = act(a_c)  o = σ(a_o)
//   c_t = f ⊙ c_{t−1} + i ⊙ g;  h_t = o ⊙ act(c_t);  output h_t, states [h, c]
//   parameters: 4 · (units · (features + units) + units)
// Defaults as Keras: activation tanh, recurrent activation sigmoid, kernel GlorotUniform, recurrent kernel
// Orthogonal, bias Zeros with unitForgetBias (the forget block of the bias starts at 1: Jozefowicz et al. 2015).
using Dendrite.Kernels;
using Dendrite.Kernels.Recurrent;
using Dendrite.Nn.Activations;
using Dendrite.Nn.Initializers;
using Dendrite.Tensors;

namespace Dendrite.Nn.Layers;

/// <summary>A long short-term memory layer: gated cell state c carried across steps, output h.</summary>
/// <remarks><c>c_t = f ⊙ c_{t−1} + i ⊙ tanh(a_c)</c>, <c>h_t = o ⊙ tanh(c_t)</c>, gates i, f, o sigmoid; kernel columns in order i, f, c, o. See https://www.bioinf.jku.at/publications/older/2604.pdf.</remarks>
public sealed class LSTM : Recurrent
{
    private readonly DenseActivation _recurrentKind;

    /// <summary>Creates an LSTM layer.</summary>
    /// <param name="units">The size of the states h and c, ≥ 1.</param>
    /// <param name="activation">The activation of the candidate and of the cell output (linear, relu, sigmoid or tanh); default null = tanh.</param>
    /// <param name="recurrentActivation">The gates' activation (linear, relu, sigmoid or tanh); default null = sigmoid.</param>
    /// <param name="useBias">Whether to add a bias; default true.</param>
    /// <param name="kernelInitializer">Default null = <see cref="GlorotUniform"/>.</param>
    /// <param name="recurrentInitializer">Default null = <see cref="Orthogonal"/>.</param>
    /// <param name="biasInitializer">Default null = <see cref="Zeros"/>.</param>
    /// <param name="unitForgetBias">Start the forget block of the bias at ones (the other blocks from <paramref name="biasInitializer"/>), as Keras; default true.</param>
    /// <param name="returnSequences">Return every step's output; default false = the last.</param>
    /// <param name="returnState">Also return the final h and c from <see cref="Recurrent.CallWithStates"/>; default false.</param>
    /// <param name="goBackwards">Process the steps last to first; default false.</param>
    /// <param name="name">Default null = <c>lstm</c>, <c>lstm_1</c>, ….</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="units"/> is less than 1.</exception>
    /// <exception cref="ArgumentException">An activation is not one the fused op runs.</exception>
    public LSTM(
        int units,
        Activation? activation = null,
        Activation? recurrentActivation = null,
        bool useBias = true,
        Initializer? kernelInitializer = null,
        Initializer? recurrentInitializer = null,
        Initializer? biasInitializer = null,
        bool unitForgetBias = true,
        bool returnSequences = false,
        bool returnState = false,
        bool goBackwards = false,
        string? name = null)
        : base(units, activation, useBias, kernelInitializer, recurrentInitializer, biasInitializer, returnSequences, returnState, goBackwards, name)
    {
        RecurrentActivation = recurrentActivation ?? Activation.Sigmoid;
        _recurrentKind = FusedActivation(RecurrentActivation, "recurrentActivation");
        UnitForgetBias = unitForgetBias;
    }

    /// <summary>The gates' activation (sigmoid by default).</summary>
    public Activation RecurrentActivation { get; }

    /// <summary>Whether the forget gate's bias starts at 1.</summary>
    public bool UnitForgetBias { get; }

    private protected override RecurrentCell Cell => RecurrentCell.Lstm;

    private protected override DenseActivation RecurrentActivationKind => _recurrentKind;

    private protected override Initializer BuildBiasInitializer => UnitForgetBias ? new ForgetBias(BiasInitializer, Units) : BiasInitializer;

    /// <inheritdoc/>
    public override IReadOnlyDictionary<string, object?> GetConfig() => new Dictionary<string, object?>(base.GetConfig())
    {
        ["recurrent_activation"] = ActivationRegistry.Serialize(RecurrentActivation),
        ["unit_forget_bias"] = UnitForgetBias,
    };

    /// <summary>Keras' unit-forget-bias initializer: [inner(units), ones(units), inner(2·units)] for the i, f, c, o blocks.</summary>
    private sealed class ForgetBias(Initializer inner, int units) : Initializer
    {
        public override string Name => inner.Name;

        public override Tensor Initialize(Shape shape, RandomGenerator random)
        {
            var values = new float[4 * units];
            inner.Initialize(new Shape(units), random).AsSpan().CopyTo(values);
            values.AsSpan(units, units).Fill(1f);
            inner.Initialize(new Shape(2 * units), random).AsSpan().CopyTo(values.AsSpan(2 * units));
            return new Tensor(values, shape);
        }
    }
}
