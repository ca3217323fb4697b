// SimpleRNN, LSTM, GRU: hand-computed values for one unit over two steps (x = 1, 2; computed from the Keras 3
// cell formulas in keras/src/layers/rnn/{simple_rnn,lstm,gru}.py with Python's math module), Keras defaults
// and parameter counts, states, goBackwards, masks, and gradient checks of the layers in double precision.
using Dendrite.Autodiff;
using Dendrite.Nn;
using Dendrite.Nn.Activations;
using Dendrite.Nn.Initializers;
using Dendrite.Nn.Layers;
using Dendrite.Tensors;

namespace Dendrite.Tests.Nn.Layers;

public sealed class RecurrentLayerTests
{
    private static readonly Tensor s_twoSteps = new(new float[] { 1, 2 }, new Shape(1, 2, 1));

    [Fact]
    public void SimpleRNN_feeds_the_previous_state_back_as_context()
    {
        // h1 = tanh(0.5·1 + 0.1) ; h2 = tanh(0.5·2 − h1 + 0.1)
        var rnn = new SimpleRNN(1, returnSequences: true);
        Set(rnn, [0.5], [-1], [0.1]);
        Assert.Equal([0.5370495669980353, 0.5101632506598709], rnn.Apply(s_twoSteps).ToDoubleArray(), new Tolerance(1e-6));
    }

    [Fact]
    public void LSTM_gates_are_i_f_c_o_with_the_unit_forget_bias()
    {
        var lstm = new LSTM(1, returnSequences: true, returnState: true);
        lstm.Build(new Shape(-1, 2, 1));
        Assert.Equal([0f, 1f, 0f, 0f], lstm.Bias!.Value.ToArray()); // unitForgetBias: the f block starts at 1
        Set(lstm, [0.5, -0.3, 0.8, 0.2], [0.1, 0.4, -0.6, 0.3], null);
        IReadOnlyList<Tensor> result = lstm.CallWithStates(s_twoSteps);
        Assert.Equal(3, result.Count);
        Assert.Equal([0.2151508492926171, 0.44503605558883413], result[0].ToDoubleArray(), new Tolerance(1e-6));
        Assert.Equal([0.44503605558883413], result[1].ToDoubleArray(), new Tolerance(1e-6));
        Assert.Equal([0.9174860783008649], result[2].ToDoubleArray(), new Tolerance(1e-6));
    }

    [Theory]
    [InlineData(true, 0.32460325515927, 0.49002004171543895)]
    [InlineData(false, 0.29540025278057, 0.4554628024491416)]
    public void GRU_gates_are_z_r_h_with_reset_after_or_before(bool resetAfter, double h1, double h2)
    {
        var gru = new GRU(1, resetAfter: resetAfter, returnSequences: true);
        Set(gru, [0.5, -0.4, 0.9], [0.2, 0.3, -0.7], resetAfter ? [0.1, 0.2, 0.3, -0.1, 0.05, 0.2] : [0.1, 0.2, 0.3]);
        Assert.Equal(resetAfter ? new Shape(2, 3) : new Shape(3), gru.Bias!.Shape);
        Assert.Equal([h1, h2], gru.Apply(s_twoSteps).ToDoubleArray(), new Tolerance(1e-6));
    }

    [Fact]
    public void Go_backwards_reads_the_steps_last_to_first_and_keeps_the_output_reversed()
    {
        var forward = new SimpleRNN(1, returnSequences: true);
        var backward = new SimpleRNN(1, returnSequences: true, goBackwards: true);
        Set(forward, [0.5], [-1], [0.1]);
        Set(backward, [0.5], [-1], [0.1]);
        Tensor reversed = new(new float[] { 2, 1 }, new Shape(1, 2, 1));
        Assert.Equal(forward.Apply(reversed).ToArray(), backward.Apply(s_twoSteps).ToArray());
    }

    [Fact]
    public void Defaults_and_parameter_counts_are_Keras()
    {
        var lstm = new LSTM(8);
        var gru = new GRU(8);
        var rnn = new SimpleRNN(8);
        Assert.Equal(("tanh", "sigmoid", true, false, false, false), (ActivationRegistry.Serialize(lstm.Activation), ActivationRegistry.Serialize(lstm.RecurrentActivation), lstm.UnitForgetBias, lstm.ReturnSequences, lstm.ReturnState, lstm.GoBackwards));
        Assert.Equal(("glorot_uniform", "orthogonal", "zeros"), (lstm.KernelInitializer.Name, lstm.RecurrentInitializer.Name, lstm.BiasInitializer.Name));
        Assert.True(gru.ResetAfter);
        Assert.Equal("tanh", ActivationRegistry.Serialize(rnn.Activation));
        lstm.Build(new Shape(-1, 5, 3));
        gru.Build(new Shape(-1, 5, 3));
        rnn.Build(new Shape(-1, 5, 3));
        Assert.Equal(4 * ((8 * (3 + 8)) + 8), lstm.CountParams());
        Assert.Equal(3 * ((8 * (3 + 8)) + (2 * 8)), gru.CountParams());
        Assert.Equal((8 * (3 + 8)) + 8, rnn.CountParams());
        var before = new GRU(8, resetAfter: false);
        before.Build(new Shape(-1, 5, 3));
        Assert.Equal(3 * ((8 * (3 + 8)) + 8), before.CountParams());
        Tensor u = lstm.RecurrentKernel!.Value; // Orthogonal (8, 32): orthonormal rows
        Assert.Equal(1.0, Ops.Sum(Ops.Multiply(Ops.Slice(u, 0, 0, 1), Ops.Slice(u, 0, 0, 1))).ToScalar(), 5);
    }

    [Fact]
    public void Return_state_gives_the_last_output_as_h_and_shapes_follow_the_options()
    {
        var gru = new GRU(3, returnState: true);
        Tensor x = TestData.Normal(5, 2, 4, 2);
        gru.Build(x.Shape.With(0, -1));
        IReadOnlyList<Tensor> result = gru.CallWithStates(x);
        Assert.Equal(2, result.Count);
        Assert.Equal(new Shape(2, 3), result[0].Shape);
        Assert.Equal(result[0].ToArray(), result[1].ToArray());
        Assert.Equal(new Shape(-1, 4, 3), new LSTM(3, returnSequences: true).ComputeOutputShape(new Shape(-1, 4, 2)));
        Assert.Equal(new Shape(-1, 3), new LSTM(3).ComputeOutputShape(new Shape(-1, 4, 2)));
    }

    [Fact]
    public void Initial_states_change_the_output_and_are_checked()
    {
        var lstm = new LSTM(2);
        Tensor x = TestData.Normal(6, 3, 4, 2);
        lstm.Build(x.Shape.With(0, -1));
        Tensor zeros = lstm.Call(x);
        Tensor fromStates = lstm.CallWithStates(x, [TestData.Normal(7, 3, 2), TestData.Normal(8, 3, 2)])[0];
        Assert.NotEqual(zeros.ToArray(), fromStates.ToArray());
        Assert.Equal(zeros.ToArray(), lstm.CallWithStates(x, [Tensor.Zeros(new Shape(3, 2)), Tensor.Zeros(new Shape(3, 2))])[0].ToArray());
        var e = Assert.Throws<ShapeMismatchException>(() => lstm.CallWithStates(x, [Tensor.Zeros(new Shape(3, 2))]));
        Assert.Contains("expects 2 initial state tensor(s), received 1", e.Message);
        e = Assert.Throws<ShapeMismatchException>(() => lstm.CallWithStates(x, [Tensor.Zeros(new Shape(3, 5)), Tensor.Zeros(new Shape(3, 5))]));
        Assert.Contains("initial states of shape (3, 2), received shape (3, 5)", e.Message);
    }

    [Fact]
    public void Bad_inputs_and_settings_are_rejected_with_their_names()
    {
        var e = Assert.Throws<ShapeMismatchException>(() => new LSTM(2, name: "enc").Apply(TestData.Normal(1, 4, 3)));
        Assert.Equal("LSTM 'enc' expects input of shape (batch, steps, features), received shape (None, 3).", e.Message);
        var a = Assert.Throws<ArgumentException>(() => new GRU(2, activation: Activation.Gelu, name: "g"));
        Assert.Contains("GRU 'g' supports the activations linear, relu, sigmoid and tanh, received gelu", a.Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => new SimpleRNN(0));
        var rnn = new SimpleRNN(2);
        rnn.Build(new Shape(-1, 3, 2));
        var m = Assert.Throws<ShapeMismatchException>(() => rnn.Call(TestData.Normal(1, 2, 3, 2), Tensor.Zeros(new Shape(2, 4))));
        Assert.Contains("mask of shape (2, 3), received shape (2, 4)", m.Message);
    }

    public static TheoryData<string> GradientCases => ["simple_rnn_sequences_backwards", "lstm_masked", "lstm_sequences_masked_backwards", "gru_masked_sequences", "gru_reset_before_backwards"];

    [Theory]
    [MemberData(nameof(GradientCases))]
    public void Layer_gradients_match_central_differences(string name)
    {
        Recurrent layer = name switch
        {
            "simple_rnn_sequences_backwards" => new SimpleRNN(3, returnSequences: true, goBackwards: true),
            "lstm_masked" => new LSTM(3),
            "lstm_sequences_masked_backwards" => new LSTM(2, returnSequences: true, goBackwards: true),
            "gru_masked_sequences" => new GRU(2, returnSequences: true),
            _ => new GRU(3, resetAfter: false, goBackwards: true),
        };
        layer.Random = new RandomGenerator(3);
        Tensor x = TestData.Normal(4, 2, 5, 3);
        Tensor? mask = name.Contains("masked", StringComparison.Ordinal) ? new Tensor(new float[] { 1, 1, 0, 1, 0, 0, 1, 1, 1, 0 }, new Shape(2, 5)) : null;
        layer.Build(x.Shape.With(0, -1));
        if (layer.Bias is { } bias)
        {
            bias.Assign(new RandomGenerator(5).UniformTensor(bias.Shape)); // nonzero, so its gradient is exercised fully
        }

        GradientCheckResult result = GradientCheck.Check(t => layer.Call(t, mask, training: true), x, layer.TrainableVariables);
        Assert.True(result.Passed, result.ToString());
    }

    private static void Set(Recurrent layer, double[] kernel, double[] recurrent, double[]? bias)
    {
        if (!layer.Built)
        {
            layer.Build(new Shape(-1, 2, 1));
        }

        layer.Kernel!.Assign(Of(kernel, layer.Kernel.Shape));
        layer.RecurrentKernel!.Assign(Of(recurrent, layer.RecurrentKernel.Shape));
        if (bias is not null)
        {
            layer.Bias!.Assign(Of(bias, layer.Bias.Shape));
        }

        static Tensor Of(double[] values, Shape shape) => new(values.Select(v => (float)v).ToArray(), shape);
    }

    private sealed class Tolerance(double epsilon) : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) <= epsilon;

        public int GetHashCode(double obj) => 0;
    }
}
