// GRU: gated recurrent unit (Cho et al. 2014), as Keras 3 keras/src/layers/rnn/gru.py.
//   kernel (features, 3·units), recurrent_kernel (units, 3·units): column blocks in gate order z, r, h
//   resetAfter (default, the cuDNN variant; bias (2, 3·units) = input bias, recurrent bias):
//     m = h_{t−1} · U + b_rec;  z = σ(x_z + m_z)  r = σ(x_r + m_r)  ĥ = act(x_h + r ⊙ m_h)
//   resetAfter false (arXiv 1406.1078v1 order; bias (3·units)):  ĥ = act(x_h + (r ⊙ h_{t−1}) · U_h)
//   h_t = z ⊙ h_{t−1} + (1 − z) ⊙ ĥ          (x_· = x_t · W_· + b_in,·)
//   parameters: 3 · (units · (features + units) + 2·units) with resetAfter, 3 · (units · (features + units) + units) without
// Defaults as Keras: activation tanh, recurrent activation sigmoid, kernel GlorotUniform, recurrent kernel
// Orthogonal, bias Zeros, resetAfter true.
using Dendrite.Kernels;
using Dendrite.Kernels.Recurrent;
using Dendrite.Nn.Activations;
using Dendrite.Nn.Initializers;
using Dendrite.Tensors;

namespace Dendrite.Nn.Layers;

/// <summary>A gated recurrent unit layer: update gate z, reset gate r, candidate ĥ.</summary>
/// <remarks><c>h_t = z ⊙ h_{t−1} + (1 − z) ⊙ tanh(x_h + r ⊙ (h_{t−1} · U_h + b_h))</c> with resetAfter; kernel columns in order z, r, h. See https://arxiv.org/abs/1406.1078.</remarks>
public sealed class GRU : Recurrent
{
    private readonly DenseActivation _recurrentKind;

    /// <summary>Creates a GRU layer.</summary>
    /// <param name="units">The size of the state, ≥ 1.</param>
    /// <param name="activation">The candidate's activation (linear, relu, sigmoid or tanh); default null = tanh.</param>
    /// <param name="recurrentActivation">The gates' activation (linear, relu, sigmoid or tanh); default null = sigmoid.</param>
    /// <param name="useBias">Whether to add biases; default true.</param>
    /// <param name="kernelInitializer">Default null = <see cref="GlorotUniform"/>.</param>
    /// <param name="recurrentInitializer">Default null = <see cref="Orthogonal"/>.</param>
    /// <param name="biasInitializer">Default null = <see cref="Zeros"/>.</param>
    /// <param name="resetAfter">Apply the reset gate after the recurrent product, with a separate recurrent bias; default true (Keras 3).</param>
    /// <param name="returnSequences">Return every step's output; default false = the last.</param>
    /// <param name="returnState">Also return the final state from <see cref="Recurrent.CallWithStates"/>; default false.</param>
    /// <param name="goBackwards">Process the steps last to first; default false.</param>
    /// <param name="name">Default null = <c>gru</c>, <c>gru_1</c>, ….</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="units"/> is less than 1.</exception>
    /// <exception cref="ArgumentException">An activation is not one the fused op runs.</exception>
    public GRU(
        int units,
        Activation? activation = null,
        Activation? recurrentActivation = null,
        bool useBias = true,
        Initializer? kernelInitializer = null,
        Initializer? recurrentInitializer = null,
        Initializer? biasInitializer = null,
        bool resetAfter = true,
        bool returnSequences = false,
        bool returnState = false,
        bool goBackwards = false,
        string? name = null)
        : base(units, activation, useBias, kernelInitializer, recurrentInitializer, biasInitializer, returnSequences, returnState, goBackwards, name)
    {
        RecurrentActivation = recurrentActivation ?? Activation.Sigmoid;
        _recurrentKind = FusedActivation(RecurrentActivation, "recurrentActivation");
        ResetAfter = resetAfter;
    }

    /// <summary>The gates' activation (sigmoid by default).</summary>
    public Activation RecurrentActivation { get; }

    /// <summary>Whether the reset gate applies after the recurrent product (bias shape (2, 3·units)).</summary>
    public bool ResetAfter { get; }

    private protected override RecurrentCell Cell => RecurrentCell.Gru;

    private protected override DenseActivation RecurrentActivationKind => _recurrentKind;

    private protected override bool ResetAfterFlag => ResetAfter;

    private protected override Shape BiasShape => ResetAfter ? new Shape(2, 3 * Units) : new Shape(3 * Units);

    /// <inheritdoc/>
    public override IReadOnlyDictionary<string, object?> GetConfig() => new Dictionary<string, object?>(base.GetConfig())
    {
        ["recurrent_activation"] = ActivationRegistry.Serialize(RecurrentActivation),
        ["reset_after"] = ResetAfter,
    };
}
