// RecurrentSpec: the sizes and options of one pass of a fused recurrent kernel (SimpleRnnSequence,
// LstmSequence, GruSequence), shared by the forward and the backward pass.
//   x: (batch, steps, features)   states: (batch, units)   gates G = 1 (SimpleRNN), 3 (GRU), 4 (LSTM)
//   step s (0 … steps − 1) reads input time t = goBackwards ? steps − 1 − s : s, and writes output
//   position s: with goBackwards the output sequence stays in reversed order, as Keras' go_backwards.
//   The result is packed as (batch, K, units): the outputs (all steps, or the last), then with
//   returnState the final states (h, then c for the LSTM), so one tape record serves them all.
namespace Dendrite.Kernels.Recurrent;

/// <summary>The recurrent cell a fused kernel runs.</summary>
internal enum RecurrentCell
{
    /// <summary>Elman: h = f(x·W + h·U + b).</summary>
    SimpleRnn,

    /// <summary>Long short-term memory, gates i, f, c, o.</summary>
    Lstm,

    /// <summary>Gated recurrent unit, gates z, r, h.</summary>
    Gru,
}

/// <summary>Sizes and options of one fused recurrent pass.</summary>
internal readonly record struct RecurrentSpec(
    RecurrentCell Cell,
    int Batch,
    int Steps,
    int Features,
    int Units,
    DenseActivation Activation,
    DenseActivation RecurrentActivation,
    bool GoBackwards,
    bool ReturnSequences,
    bool ReturnState,
    bool ResetAfter)
{
    /// <summary>The number of gate blocks of width <see cref="Units"/> in the kernels' columns.</summary>
    public int Gates => Cell switch
    {
        RecurrentCell.Lstm => 4,
        RecurrentCell.Gru => 3,
        _ => 1,
    };

    /// <summary>The number of state tensors: 2 (h, c) for the LSTM, else 1.</summary>
    public int StateCount => Cell == RecurrentCell.Lstm ? 2 : 1;

    /// <summary>The number of output steps in the packed result.</summary>
    public int OutputSteps => ReturnSequences ? Steps : 1;

    /// <summary>The second dimension of the packed result: outputs, then the final states with returnState.</summary>
    public int PackedSteps => OutputSteps + (ReturnState ? StateCount : 0);

    /// <summary>The input time read at step <paramref name="s"/>.</summary>
    public int TimeIndex(int s) => GoBackwards ? Steps - 1 - s : s;
}
