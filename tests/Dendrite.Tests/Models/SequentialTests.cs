using Dendrite.Models;
using Dendrite.Nn.Activations;
using Dendrite.Nn.Layers;
using Dendrite.Nn.Losses;
using Dendrite.Optimizers;
using Dendrite.Tensors;
using Dendrite.Training;

namespace Dendrite.Tests.Models;

public sealed class SequentialTests
{
    /// <summary>The course's worked example: inputs (2, 3), hidden weights (1, 1) and (−1, 1), output weights (2, −1), no biases.</summary>
    private static Sequential WorkedExample()
    {
        var model = new Sequential([new Input(new Shape(2)), new Dense(2, name: "hidden"), new Dense(1, name: "output")], seed: 1);
        model.SetWeights(
        [
            new float[,] { { 1, -1 }, { 1, 1 } }, // column j holds hidden unit j's weights
            Tensor.Zeros(new Shape(2)),
            new float[,] { { 2 }, { -1 } },
            Tensor.Zeros(new Shape(1)),
        ]);
        return model;
    }

    [Fact]
    public void Worked_forward_propagation_example_gives_hidden_5_1_and_output_9()
    {
        Sequential model = WorkedExample();
        Tensor x = new float[,] { { 2, 3 } };

        Tensor hidden = model.Layers[1].Call(x);
        Assert.Equal(new float[] { 5, 1 }, hidden.ToArray());
        Assert.Equal(new Shape(1, 1), model.Predict(x).Shape);
        Assert.Equal(9f, model.Predict(x).ToScalar());
        Assert.Equal(9f, model.Call(x).ToScalar());
        Assert.Equal(9f, model.Layers[2].Call(hidden).ToScalar());
    }

    [Fact]
    public void Worked_example_weights_read_back_in_layer_order()
    {
        Sequential model = WorkedExample();
        IReadOnlyList<Tensor> w = model.GetWeights();
        Assert.Equal(["hidden/kernel", "hidden/bias", "output/kernel", "output/bias"], model.Weights.Select(v => v.Name));
        Assert.Equal(new float[] { 1, -1, 1, 1 }, w[0].ToArray());
        Assert.Equal(new float[] { 2, -1 }, w[2].ToArray());
    }

    private static Sequential XorModel(int seed) => new(
        [new Input(new Shape(2)), new Dense(4, Activation.Relu, name: "dense"), new Dense(1, Activation.Sigmoid, name: "dense_1")],
        seed: seed);

    [Fact]
    public void Xor_is_learned_by_a_2_4_1_network()
    {
        (Tensor x, Tensor y) = TestData.Xor();
        Sequential model = XorModel(seed: 3);
        model.Compile(new Adam(learningRate: 0.05), new BinaryCrossentropy(), metrics: ["accuracy"]);
        var history = model.Fit(x, y, epochs: 300, batchSize: 4, verbose: 0);

        float[] p = model.Predict(x).ToArray();
        Assert.True(p[0] < 0.5 && p[1] > 0.5 && p[2] > 0.5 && p[3] < 0.5, $"predictions {string.Join(", ", p)}");
        Assert.Equal(1.0, history["accuracy"][^1]);
        Assert.True(history["loss"][^1] < history["loss"][0] / 2, $"loss {history["loss"][0]} → {history["loss"][^1]}");
    }

    [Fact]
    public void Summary_has_the_keras_table_layout()
    {
        string text = XorModel(seed: 3).SummaryText();
        string[] lines = text.Split('\n');

        Assert.Equal("Model: \"sequential\"", lines[0]);
        Assert.Matches(@"^┏━+┳━+┳━+┓$", lines[1]);
        Assert.Matches(@"^┃ Layer \(type\) +┃ Output Shape +┃ +Param # ┃$", lines[2]);
        Assert.Matches(@"^│ dense \(Dense\) +│ \(None, 4\) +│ +12 │$", lines[4]);
        Assert.Matches(@"^│ dense_1 \(Dense\) +│ \(None, 1\) +│ +5 │$", lines[6]);
        Assert.Matches(@"^└─+┴─+┴─+┘$", lines[7]);
        Assert.Contains(" Total params: 17 (68.00 B)", lines, StringComparer.Ordinal);
        Assert.Contains(" Trainable params: 17 (68.00 B)", lines, StringComparer.Ordinal);
        Assert.Contains(" Non-trainable params: 0 (0.00 B)", lines, StringComparer.Ordinal);
        Assert.Equal(lines[1].Length, lines[2].Length);
        Assert.Equal(lines[1].Length, lines[4].Length);
    }

    [Fact]
    public void Summary_writes_to_the_given_writer()
    {
        Sequential model = XorModel(seed: 3);
        using var writer = new StringWriter();
        model.Summary(writer);
        Assert.Equal(model.SummaryText(), writer.ToString());
    }

    [Fact]
    public void Summary_counts_dropout_and_flatten_rows_with_zero_params()
    {
        var model = new Sequential([new Input(new Shape(2, 3)), new Flatten(name: "flatten"), new Dropout(0.5, name: "dropout"), new Dense(2, name: "dense")], seed: 1);
        string text = model.SummaryText();
        Assert.Matches(@"│ flatten \(Flatten\) +│ \(None, 6\) +│ +0 │", text);
        Assert.Matches(@"│ dropout \(Dropout\) +│ \(None, 6\) +│ +0 │", text);
        Assert.Matches(@"│ dense \(Dense\) +│ \(None, 2\) +│ +14 │", text);
        Assert.Contains("Total params: 14 ", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Same_seed_builds_the_same_weights_and_different_seeds_do_not()
    {
        float[] a = XorModel(seed: 5).GetWeights()[0].ToArray();
        Assert.Equal(a, XorModel(seed: 5).GetWeights()[0].ToArray());
        Assert.NotEqual(a, XorModel(seed: 6).GetWeights()[0].ToArray());
    }

    [Fact]
    public void Layers_after_an_Input_are_built_as_they_are_added()
    {
        var model = new Sequential([new Input(new Shape(3))], seed: 8);
        model.Add(new Dense(4));
        Assert.True(model.Layers[1].Built);
        Assert.Equal(new Shape(-1, 4), model.OutputShape);
        model.Add(new Dense(2));
        Assert.Equal(new Shape(-1, 2), model.OutputShape);

        var atOnce = new Sequential([new Input(new Shape(3)), new Dense(4), new Dense(2)], seed: 8);
        Assert.Equal(atOnce.GetWeights().SelectMany(w => w.ToArray()), model.GetWeights().SelectMany(w => w.ToArray()));
    }

    [Fact]
    public void A_model_built_from_data_rejects_more_layers()
    {
        var model = new Sequential([new Dense(2, name: "first")], seed: 1);
        model.Build(new Shape(-1, 3));
        var e = Assert.Throws<InvalidOperationException>(() => model.Add(new Dense(1, name: "late")));
        Assert.Contains("'late'", e.Message, StringComparison.Ordinal);
    }
}
