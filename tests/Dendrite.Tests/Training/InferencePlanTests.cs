// Predict through the inference plan (reused buffers, layer steps) gives the values of the general path bit for
// bit — model.Call, and Predict with inputs by name, which never takes the plan — for every activation a step
// covers and those it does not, layers without a step in between, several inputs and outputs, masks, and batch
// sizes that split the data; and a plan made before the model or its weights changed is not used after.
using Dendrite.Models;
using Dendrite.Nn.Activations;
using Dendrite.Nn.Layers;
using Dendrite.Tensors;
using Dendrite.Training;

namespace Dendrite.Tests.Training;

public sealed class InferencePlanTests
{
    public static TheoryData<string> ActivationNames => ["linear", "relu", "sigmoid", "tanh", "softmax", "log_softmax", "gelu", "elu", "selu", "leaky_relu", "softplus", "hard_sigmoid", "step", "silu", "softsign"];

    private static Activation Named(string name) => ActivationRegistry.Get(name);

    private static void AssertBitIdentical(Tensor expected, Tensor actual, string what)
    {
        Assert.Equal(expected.Shape, actual.Shape);
        Assert.True(expected.AsSpan().SequenceEqual(actual.AsSpan()), $"{what}: Predict differs from the general path");
    }

    /// <summary>The general path: Predict with the input given by name, which the plan does not take.</summary>
    private static Tensor PredictByName(Model model, Tensor x, int batchSize) =>
        model.Predict(new Dictionary<string, Tensor> { [model.InputNames[0]] = x }, batchSize);

    [Theory]
    [MemberData(nameof(ActivationNames))]
    public void Dense_and_activation_layers_predict_as_the_general_path(string activation)
    {
        var model = new Sequential(
            [new Input([7]), new Dense(9, Named(activation)), new Dropout(0.5), new Dense(6), new ActivationLayer(Named(activation)), new GaussianNoise(0.3), new Dense(4, Named(activation))],
            seed: 21);
        Tensor x = TestData.Normal(22, 50, 7);
        foreach (int batchSize in new[] { 1, 3, 32, 50, 64 })
        {
            Tensor planned = model.Predict(x, batchSize);
            AssertBitIdentical(PredictByName(model, x, batchSize), planned, $"{activation}, batch {batchSize}");
        }

        AssertBitIdentical(model.Call(x.Rows(4, 1)), model.Predict(x.Rows(4, 1)), $"{activation}, one row");
    }

    [Fact]
    public void Layers_without_a_step_run_between_planned_ones()
    {
        var model = new Sequential([new Input([5]), new Dense(8, Activation.Relu), new LayerNormalization(), new BatchNormalization(), new Dense(3, Activation.Softmax)], seed: 23);
        Tensor x = TestData.Normal(24, 20, 5);
        AssertBitIdentical(model.Call(x), model.Predict(x), "one batch");
        AssertBitIdentical(PredictByName(model, x, 6), model.Predict(x, batchSize: 6), "batches of 6");
    }

    [Fact]
    public void Masked_sequences_predict_as_the_general_path()
    {
        var model = new Sequential([new Input([6]), new Embedding(10, 4, maskZero: true), new Dense(5, Activation.Tanh), new LSTM(3), new Dense(2, Activation.Softmax)], seed: 25);
        var ids = new float[,] { { 1, 2, 3, 0, 0, 0 }, { 4, 5, 6, 7, 8, 9 }, { 9, 0, 0, 0, 0, 0 } };
        Tensor x = ids;
        AssertBitIdentical(model.Call(x), model.Predict(x), "three sequences");
        AssertBitIdentical(model.Call(x.Rows(0, 1)), model.Predict(x.Rows(0, 1)), "one sequence");
    }

    [Fact]
    public void A_functional_model_with_two_inputs_and_two_outputs_predicts_as_its_call()
    {
        var a = new Input([4], name: "plan_a");
        var b = new Input([3], name: "plan_b");
        SymbolicTensor joined = new Concatenate().Apply([new Dense(6, Activation.Relu).Apply(a), b]);
        SymbolicTensor hidden = new Dense(5, Activation.Gelu).Apply(joined);
        SymbolicTensor sum = new Add().Apply([hidden, new Dense(5).Apply(b)]);
        var model = new Model([a, b], [new Dense(2, Activation.Softmax, name: "plan_class").Apply(sum), new Dense(1, name: "plan_value").Apply(hidden)], seed: 27);
        Tensor xa = TestData.Normal(28, 11, 4), xb = TestData.Normal(29, 11, 3);
        IReadOnlyList<Tensor> expected = model.Call([xa, xb]);
        foreach (int batchSize in new[] { 1, 4, 11, 32 })
        {
            IReadOnlyList<Tensor> planned = model.PredictOutputs([xa, xb], batchSize);
            Assert.Equal(2, planned.Count);
            AssertBitIdentical(expected[0], planned[0], $"output 0, batch {batchSize}");
            AssertBitIdentical(expected[1], planned[1], $"output 1, batch {batchSize}");
        }
    }

    [Fact]
    public void Each_call_returns_a_result_of_its_own()
    {
        var model = new Sequential([new Input([5]), new Dense(4, Activation.Relu), new Dense(3)], seed: 31);
        Tensor rowA = TestData.Normal(32, 1, 5), rowB = TestData.Normal(33, 1, 5);
        Tensor first = model.Predict(rowA);
        float[] firstValues = first.ToArray();
        Tensor other = model.Predict(rowB);
        Tensor again = model.Predict(rowA);
        Assert.NotSame(first, again);
        Assert.Equal(firstValues, first.ToArray()); // a later call did not write into an earlier result
        Assert.Equal(firstValues, again.ToArray());
        Assert.NotEqual(firstValues, other.ToArray());
    }

    [Fact]
    public void New_weights_are_used_by_the_next_call()
    {
        var model = new Sequential([new Input([5]), new Dense(4, Activation.Relu), new Dense(3, Activation.Softmax)], seed: 34);
        var donor = new Sequential([new Input([5]), new Dense(4, Activation.Relu), new Dense(3, Activation.Softmax)], seed: 35);
        Tensor x = TestData.Normal(36, 2, 5);
        Tensor before = model.Predict(x);
        model.SetWeights(donor.GetWeights());
        Tensor after = model.Predict(x);
        AssertBitIdentical(donor.Predict(x), after, "after SetWeights");
        Assert.NotEqual(before.ToArray(), after.ToArray());
    }

    [Fact]
    public void A_layer_added_after_a_prediction_takes_part_in_the_next()
    {
        var model = new Sequential([new Input([5]), new Dense(4, Activation.Relu)], seed: 37);
        Tensor x = TestData.Normal(38, 3, 5);
        Assert.Equal(new Shape(3, 4), model.Predict(x).Shape);
        model.Add(new Dense(2, Activation.Sigmoid));
        Tensor after = model.Predict(x);
        Assert.Equal(new Shape(3, 2), after.Shape);
        AssertBitIdentical(model.Call(x), after, "after Add");
    }

    [Fact]
    public void A_layer_rebuilt_for_another_width_is_not_run_from_the_old_plan()
    {
        var dense = new Dense(3, Activation.Relu);
        var model = new Sequential([dense], seed: 39);
        Tensor narrow = TestData.Normal(40, 2, 4);
        Assert.Equal(new Shape(2, 3), model.Predict(narrow).Shape);
        dense.Build(new Shape(-1, 6)); // the kernel is now (6, 3): the plan's step for width 4 must not run on it
        Assert.Throws<Dendrite.Nn.ShapeMismatchException>(() => model.Predict(narrow));
    }

    [Fact]
    public void Bad_rows_are_still_reported_by_row_and_column()
    {
        var model = new Sequential([new Input([3]), new Dense(2)], seed: 41);
        model.Predict(TestData.Normal(42, 1, 3)); // the plan exists
        Tensor x = TestData.Normal(43, 4, 3);
        x[2, 1] = float.NaN;
        var e = Assert.Throws<Dendrite.Nn.NonFiniteValueException>(() => model.Predict(x));
        Assert.Contains("row 2, column 1", e.Message);
        Assert.Throws<Dendrite.Nn.ShapeMismatchException>(() => model.Predict(TestData.Normal(44, 1, 4)));
    }
}
