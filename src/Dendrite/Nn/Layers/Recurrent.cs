// Recurrent: what SimpleRNN, LSTM and GRU share (Keras 3 keras/src/layers/rnn/rnn.py, the RNN base layer).
//   input (batch, steps, features) → output (batch, units), or (batch, steps, units) with returnSequences
//   returnState: CallWithStates returns [output, h] (and c for the LSTM), the final states
//   goBackwards: the steps are read last to first, and the output sequence stays in that reversed order
//   initial states: CallWithStates(x, [h0, c0]), or in a graph Apply([x, h0, c0]); default zeros
//   masks: a masked step keeps the previous state and repeats the previous output (0 before any used step),
//          as Keras' backend rnn; the output mask is the input mask with returnSequences, else none
// The whole sequence runs as one fused op (Ops.RecurrentSequence): the input projection of every step is one
// GEMM, each step one recurrent GEMM, and backpropagation through time one backward pass.
// Activations run inside that op, so they are limited to linear, relu, sigmoid and tanh.
using Dendrite.Autodiff;
using Dendrite.Kernels;
using Dendrite.Kernels.Recurrent;
using Dendrite.Nn.Activations;
using Dendrite.Nn.Initializers;
using Dendrite.Tensors;

namespace Dendrite.Nn.Layers;

/// <summary>The base of the recurrent layers: runs a cell over the steps of a (batch, steps, features) input.</summary>
public abstract partial class Recurrent : Layer
{
    private protected Recurrent(int units, Activation? activation, bool useBias, Initializer? kernelInitializer, Initializer? recurrentInitializer, Initializer? biasInitializer, bool returnSequences, bool returnState, bool goBackwards, string? name)
        : base(name)
    {
        if (units < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(units), units, $"{GetType().Name} '{Name}' needs units >= 1, received {units}.");
        }

        Units = units;
        Activation = activation ?? Activation.Tanh;
        ActivationKind = FusedActivation(Activation, "activation");
        UseBias = useBias;
        KernelInitializer = kernelInitializer ?? new GlorotUniform();
        RecurrentInitializer = recurrentInitializer ?? new Orthogonal();
        BiasInitializer = biasInitializer ?? new Zeros();
        ReturnSequences = returnSequences;
        ReturnState = returnState;
        GoBackwards = goBackwards;
    }

    /// <summary>The size of the state and of the output at each step.</summary>
    public int Units { get; }

    /// <summary>The activation of the state (tanh by default).</summary>
    public Activation Activation { get; }

    /// <summary>Whether the cell adds a bias.</summary>
    public bool UseBias { get; }

    /// <summary>The kernel's initializer (GlorotUniform by default).</summary>
    public Initializer KernelInitializer { get; }

    /// <summary>The recurrent kernel's initializer (Orthogonal by default).</summary>
    public Initializer RecurrentInitializer { get; }

    /// <summary>The bias's initializer (Zeros by default).</summary>
    public Initializer BiasInitializer { get; }

    /// <summary>Whether the output holds every step (batch, steps, units) rather than the last (batch, units).</summary>
    public bool ReturnSequences { get; }

    /// <summary>Whether <see cref="CallWithStates"/> also returns the final states.</summary>
    public bool ReturnState { get; }

    /// <summary>Whether the steps are processed last to first (the output sequence stays reversed).</summary>
    public bool GoBackwards { get; }

    /// <summary>The kernel applied to the input, shape (features, gates·units); null before build.</summary>
    public Variable? Kernel { get; private set; }

    /// <summary>The kernel applied to the previous state, shape (units, gates·units); null before build.</summary>
    public Variable? RecurrentKernel { get; private set; }

    /// <summary>The bias; null before build or without bias.</summary>
    public Variable? Bias { get; private set; }

    /// <summary>The number of state tensors: 2 (h, c) for the LSTM, else 1.</summary>
    public int StateCount => Cell == RecurrentCell.Lstm ? 2 : 1;

    private protected abstract RecurrentCell Cell { get; }

    private protected DenseActivation ActivationKind { get; }

    private protected virtual DenseActivation RecurrentActivationKind => DenseActivation.Sigmoid;

    private protected virtual bool ResetAfterFlag => false;

    private protected int Gates => Cell switch
    {
        RecurrentCell.Lstm => 4,
        RecurrentCell.Gru => 3,
        _ => 1,
    };

    /// <summary>The bias shape: (gates·units) for every cell but a GRU with resetAfter, which overrides it.</summary>
    private protected virtual Shape BiasShape => new(Gates * Units);

    /// <summary>The bias initializer used at build (the LSTM's adds the unit forget bias).</summary>
    private protected virtual Initializer BuildBiasInitializer => BiasInitializer;

    /// <inheritdoc/>
    public override void Build(Shape inputShape)
    {
        if (inputShape.Rank != 3 || inputShape[2] < 1)
        {
            throw new ShapeMismatchException($"{GetType().Name} '{Name}' expects input of shape (batch, steps, features), received shape {inputShape}.");
        }

        Kernel = AddWeight("kernel", new Shape(inputShape[2], Gates * Units), KernelInitializer);
        RecurrentKernel = AddWeight("recurrent_kernel", new Shape(Units, Gates * Units), RecurrentInitializer);
        Bias = UseBias ? AddWeight("bias", BiasShape, BuildBiasInitializer) : null;
        base.Build(inputShape);
    }

    /// <inheritdoc/>
    public override Shape ComputeOutputShape(Shape inputShape) =>
        ReturnSequences ? new Shape(inputShape[0], inputShape[1], Units) : new Shape(inputShape[0], Units);

    /// <inheritdoc/>
    public override Tensor? ComputeMask(Tensor x, Tensor? mask) => ReturnSequences ? mask : null;

    /// <inheritdoc/>
    public override Tensor Call(Tensor x, bool training = false) => CallWithStates(x, null, null, training)[0];

    /// <inheritdoc/>
    public override Tensor Call(Tensor x, Tensor? mask, bool training = false) => CallWithStates(x, null, mask, training)[0];

    /// <inheritdoc/>
    public override IReadOnlyDictionary<string, object?> GetConfig() => new Dictionary<string, object?>(base.GetConfig())
    {
        ["units"] = Units,
        ["activation"] = ActivationRegistry.Serialize(Activation),
        ["use_bias"] = UseBias,
        ["kernel_initializer"] = InitializerRegistry.Serialize(KernelInitializer),
        ["recurrent_initializer"] = InitializerRegistry.Serialize(RecurrentInitializer),
        ["bias_initializer"] = InitializerRegistry.Serialize(BiasInitializer),
        ["return_sequences"] = ReturnSequences,
        ["return_state"] = ReturnState,
        ["go_backwards"] = GoBackwards,
    };

    /// <summary>The activation as the fused op's; throws for one the op does not run.</summary>
    private protected DenseActivation FusedActivation(Activation activation, string parameter) => activation switch
    {
        Activations.Linear => DenseActivation.Linear,
        Activations.Relu => DenseActivation.Relu,
        Activations.Sigmoid => DenseActivation.Sigmoid,
        Activations.Tanh => DenseActivation.Tanh,
        _ => throw new ArgumentException($"{GetType().Name} '{Name}' supports the {parameter}s linear, relu, sigmoid and tanh, received {ActivationRegistry.Serialize(activation)}.", parameter),
    };
}
