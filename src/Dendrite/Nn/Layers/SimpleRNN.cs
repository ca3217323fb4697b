// SimpleRNN: the Elman network — a context of the previous hidden state (Keras 3 keras/src/layers/rnn/simple_rnn.py).
//   h_t = act(x_t · W + h_{t−1} · U + b),   W "kernel" (features, units), U "recurrent_kernel" (units, units), b (units)
//   parameters: units · (features + units) + units
// Defaults as Keras: activation tanh, kernel GlorotUniform, recurrent kernel Orthogonal, bias Zeros.
using Dendrite.Kernels.Recurrent;
using Dendrite.Nn.Activations;
using Dendrite.Nn.Initializers;

namespace Dendrite.Nn.Layers;

/// <summary>A fully connected recurrent layer (Elman network): the state is fed back as the next step's context.</summary>
/// <remarks><c>h_t = tanh(x_t · W + h_{t−1} · U + b)</c>. See <see cref="Recurrent"/> for sequences, states and masks.</remarks>
public sealed class SimpleRNN : Recurrent
{
    /// <summary>Creates a SimpleRNN layer.</summary>
    /// <param name="units">The size of the state, ≥ 1.</param>
    /// <param name="activation">The state's activation (linear, relu, sigmoid or tanh); default null = tanh.</param>
    /// <param name="useBias">Whether to add a bias; default true.</param>
    /// <param name="kernelInitializer">Default null = <see cref="GlorotUniform"/>.</param>
    /// <param name="recurrentInitializer">Default null = <see cref="Orthogonal"/>.</param>
    /// <param name="biasInitializer">Default null = <see cref="Zeros"/>.</param>
    /// <param name="returnSequences">Return every step's output; default false = the last.</param>
    /// <param name="returnState">Also return the final state from <see cref="Recurrent.CallWithStates"/>; default false.</param>
    /// <param name="goBackwards">Process the steps last to first; default false.</param>
    /// <param name="name">Default null = <c>simple_rnn</c>, <c>simple_rnn_1</c>, ….</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="units"/> is less than 1.</exception>
    /// <exception cref="ArgumentException">The activation is not one the fused op runs.</exception>
    public SimpleRNN(
        int units,
        Activation? activation = null,
        bool useBias = true,
        Initializer? kernelInitializer = null,
        Initializer? recurrentInitializer = null,
        Initializer? biasInitializer = null,
        bool returnSequences = false,
        bool returnState = false,
        bool goBackwards = false,
        string? name = null)
        : base(units, activation, useBias, kernelInitializer, recurrentInitializer, biasInitializer, returnSequences, returnState, goBackwards, name)
    {
    }

    private protected override RecurrentCell Cell => RecurrentCell.SimpleRnn;
}
