// RecurrentSequence (fused BPTT): double-precision gradient checks of every cell (SimpleRNN, LSTM, GRU with
// resetAfter true and false) over short sequences, against central differences, with respect to x, both
// kernels, the bias and the initial states, under returnSequences, returnState, goBackwards and masks; at a width
// that runs the kernels' Vector<T> loops and their scalar tails, and float32 against float64 at such a width.
using Dendrite.Kernels;
using Dendrite.Kernels.Recurrent;
using Dendrite.Tensors;
using static Dendrite.Tests.Autodiff.Ops.OpTestHelpers;
using Op = Dendrite.Autodiff.Ops;

namespace Dendrite.Tests.Autodiff.Ops;

public class RecurrentSequenceTests
{
    private const int Batch = 2, Steps = 4, Features = 3, Units = 2;

    // (returnSequences, returnState, goBackwards, masked, initialState)
    private static readonly (bool, bool, bool, bool, bool)[] s_options =
    [
        (false, false, false, false, false),
        (true, false, false, false, false),
        (false, true, false, false, true),
        (true, true, true, true, true),
        (false, false, true, true, false),
        (true, false, false, true, true),
    ];

    public static TheoryData<string, int> Cases()
    {
        var data = new TheoryData<string, int>();
        foreach (string cell in new[] { "simple_rnn", "lstm", "gru", "gru_reset_before" })
        {
            for (int i = 0; i < s_options.Length; i++)
            {
                data.Add(cell, i);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Gradients_match_central_differences(string cell, int option)
    {
        var (sequences, state, backwards, masked, initial) = s_options[option];
        RecurrentSpec spec = Spec(cell, sequences, state, backwards);
        int g = spec.Gates * Units;
        Shape biasShape = spec.Cell == RecurrentCell.Gru && spec.ResetAfter ? new Shape(2, g) : new Shape(g);
        // Row 0 is masked at its first and third step (the output before any used step is 0), row 1 at its last.
        Tensor? mask = masked ? Of([0, 1, 0, 1, 1, 1, 1, 0], Batch, Steps) : null;
        var inputs = new List<Tensor>
        {
            Random(1, Batch, Steps, Features),
            Uniform(2, -0.8, 0.8, Features, g),
            Uniform(3, -0.8, 0.8, Units, g),
            Uniform(4, -0.5, 0.5, biasShape.ToArray()),
        };
        if (initial)
        {
            inputs.Add(Uniform(5, -0.9, 0.9, Batch, Units));
            if (spec.Cell == RecurrentCell.Lstm)
            {
                inputs.Add(Uniform(6, -0.9, 0.9, Batch, Units));
            }
        }

        AssertGradients(
            xs => Op.RecurrentSequence(spec, xs[0], xs[1], xs[2], xs[3], xs.Count > 4 ? xs[4] : null, xs.Count > 5 ? xs[5] : null, mask),
            [.. inputs]);
    }

    [Theory]
    [InlineData("simple_rnn")]
    [InlineData("lstm")]
    [InlineData("gru")]
    [InlineData("gru_reset_before")]
    public void Gradients_match_central_differences_at_a_vector_width(string cell)
    {
        // 5 units: one Vector<double> (4 lanes with AVX2, 2 with SSE) and a scalar tail in the fused backward loops.
        const int units = 5;
        RecurrentSpec spec = Spec(cell, sequences: true, state: true, backwards: true) with { Units = units, Steps = 3 };
        int g = spec.Gates * units;
        Shape biasShape = spec.Cell == RecurrentCell.Gru && spec.ResetAfter ? new Shape(2, g) : new Shape(g);
        Tensor mask = Of([1, 0, 1, 1, 1, 0], Batch, 3);
        AssertGradients(
            xs => Op.RecurrentSequence(spec, xs[0], xs[1], xs[2], xs[3], null, null, mask),
            Random(11, Batch, 3, Features), Uniform(12, -0.6, 0.6, Features, g), Uniform(13, -0.6, 0.6, units, g), Uniform(14, -0.5, 0.5, biasShape.ToArray()));
    }

    [Theory]
    [InlineData("simple_rnn")]
    [InlineData("lstm")]
    [InlineData("gru")]
    [InlineData("gru_reset_before")]
    public void Float32_matches_float64_at_a_vector_width(string cell)
    {
        // 9 units: one Vector<float> of 8 lanes (AVX2) and a scalar tail; the float32 path uses the packed SGEMM.
        const int units = 9;
        RecurrentSpec spec = Spec(cell, sequences: true, state: false, backwards: false) with { Units = units };
        int g = spec.Gates * units;
        Shape biasShape = spec.Cell == RecurrentCell.Gru && spec.ResetAfter ? new Shape(2, g) : new Shape(g);
        Tensor[] inputs = [Random(21, Batch, Steps, Features), Uniform(22, -0.6, 0.6, Features, g), Uniform(23, -0.6, 0.6, units, g), Uniform(24, -0.5, 0.5, biasShape.ToArray())];
        Tensor[] singles = [.. inputs.Select(t => t.To(DType.Float32))];
        Tensor[] g64 = Gradients(xs => Op.RecurrentSequence(spec, xs[0], xs[1], xs[2], xs[3], null, null, null), inputs);
        Tensor[] g32 = Gradients(xs => Op.RecurrentSequence(spec, xs[0], xs[1], xs[2], xs[3], null, null, null), singles);
        AssertValues(Op.RecurrentSequence(spec, inputs[0], inputs[1], inputs[2], inputs[3], null, null, null).ToDoubleArray(), Op.RecurrentSequence(spec, singles[0], singles[1], singles[2], singles[3], null, null, null), 1e-5);
        for (int i = 0; i < g64.Length; i++)
        {
            Assert.Equal(DType.Float32, g32[i].DType);
            AssertValues(g64[i].ToDoubleArray(), g32[i], 1e-4);
        }
    }

    [Fact]
    public void A_fully_masked_row_outputs_zeros_and_keeps_its_initial_state()
    {
        // Keras' backend rnn: the output before any unmasked step is the zero tensor; the state carries h0.
        RecurrentSpec spec = Spec("lstm", sequences: true, state: true, backwards: false);
        Tensor h0 = Of([0.5, -0.25, 0.1, 0.2], Batch, Units), c0 = Of([1, 2, 3, 4], Batch, Units);
        Tensor mask = Of([0, 0, 0, 0, 1, 1, 1, 1], Batch, Steps);
        Tensor y = Op.RecurrentSequence(spec, Random(1, Batch, Steps, Features), Random(2, Features, 4 * Units), Random(3, Units, 4 * Units), null, h0, c0, mask);
        Assert.Equal(new Shape(Batch, Steps + 2, Units), y.Shape);
        for (int s = 0; s < Steps; s++)
        {
            Assert.Equal([0.0, 0.0], [y[0, s, 0], y[0, s, 1]]);
        }

        Assert.Equal([0.5, -0.25], [(double)y[0, Steps, 0], y[0, Steps, 1]]);
        Assert.Equal([1.0, 2.0], [(double)y[0, Steps + 1, 0], y[0, Steps + 1, 1]]);
        Assert.NotEqual(0.0, y[1, 0, 0]);
    }

    [Fact]
    public void Rejects_mismatched_shapes_naming_the_tensor()
    {
        RecurrentSpec spec = Spec("simple_rnn", false, false, false);
        var e = Assert.Throws<ArgumentException>(() => Op.RecurrentSequence(spec, Random(1, Batch, Steps, Features), Random(2, Features, Units), Random(3, Units + 1, Units), null, null, null, null));
        Assert.Contains("recurrentKernel of shape (2, 2), received (3, 2)", e.Message);
    }

    private static RecurrentSpec Spec(string cell, bool sequences, bool state, bool backwards) => new(
        cell switch
        {
            "lstm" => RecurrentCell.Lstm,
            "simple_rnn" => RecurrentCell.SimpleRnn,
            _ => RecurrentCell.Gru,
        },
        Batch,
        Steps,
        Features,
        Units,
        DenseActivation.Tanh,
        DenseActivation.Sigmoid,
        backwards,
        sequences,
        state,
        ResetAfter: cell == "gru");
}
