// Errors at the public boundary: each names the thing that is wrong, with the expected and received values.
using Dendrite.Models;
using Dendrite.Nn;
using Dendrite.Nn.Activations;
using Dendrite.Nn.Layers;
using Dendrite.Nn.Losses;
using Dendrite.Optimizers;
using Dendrite.Tensors;
using Dendrite.Training;
using Dendrite.Training.Callbacks;

namespace Dendrite.Tests.Training;

public sealed class BadInputTests
{
    private static Sequential Compiled(Loss? loss = null, int outputs = 1)
    {
        var model = new Sequential([new Input(new Shape(4)), new Dense(outputs, outputs > 1 ? Activation.Softmax : null)], name: "checked", seed: 1);
        model.Compile(new SGD(), loss ?? new MeanSquaredError());
        return model;
    }

    private static Tensor X(int rows) => TestData.Normal(1, rows, 4);

    private static Tensor Y(int rows) => TestData.Normal(2, rows, 1);

    [Fact]
    public void Fit_before_compile_says_to_compile()
    {
        var model = new Sequential([new Input(new Shape(4)), new Dense(1)], name: "raw", seed: 1);
        var e = Assert.Throws<InvalidOperationException>(() => model.Fit(X(5), Y(5), verbose: 0));
        Assert.Contains("Compile", e.Message, StringComparison.Ordinal);
        Assert.Contains("'raw'", e.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => model.Evaluate(X(5), Y(5)));
        Assert.Throws<InvalidOperationException>(() => model.TrainOnBatch(X(5), Y(5)));
    }

    [Fact]
    public void Row_counts_of_x_and_y_must_match()
    {
        var e = Assert.Throws<ShapeMismatchException>(() => Compiled().Fit(X(5), Y(4), verbose: 0));
        Assert.Contains("x has 5 rows", e.Message, StringComparison.Ordinal);
        Assert.Contains("y has 4 rows", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Wrong_feature_count_names_the_model_and_both_shapes()
    {
        var e = Assert.Throws<ShapeMismatchException>(() => Compiled().Fit(TestData.Normal(1, 6, 3), Y(6), verbose: 0));
        Assert.Contains("'checked'", e.Message, StringComparison.Ordinal);
        Assert.Contains("(None, 4)", e.Message, StringComparison.Ordinal);
        Assert.Contains("(6, 3)", e.Message, StringComparison.Ordinal);

        var p = Assert.Throws<ShapeMismatchException>(() => Compiled().Predict(TestData.Normal(1, 2, 5)));
        Assert.Contains("(2, 5)", p.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Dense_called_with_the_wrong_width_names_the_layer()
    {
        var dense = new Dense(2, name: "d");
        dense.Build(new Shape(-1, 3));
        var e = Assert.Throws<ShapeMismatchException>(() => dense.Call(TestData.Normal(1, 4, 5)));
        Assert.Contains("Dense 'd'", e.Message, StringComparison.Ordinal);
        Assert.Contains("3", e.Message, StringComparison.Ordinal);
        Assert.Contains("(4, 5)", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NaN_in_x_is_reported_by_row_and_column()
    {
        Tensor x = X(6);
        x[3, 2] = float.NaN;
        var e = Assert.Throws<NonFiniteValueException>(() => Compiled().Fit(x, Y(6), verbose: 0));
        Assert.Contains("Fit x", e.Message, StringComparison.Ordinal);
        Assert.Contains("NaN at row 3, column 2", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Infinity_in_y_is_reported()
    {
        Tensor y = Y(6);
        y[4, 0] = float.PositiveInfinity;
        var e = Assert.Throws<NonFiniteValueException>(() => Compiled().Fit(X(6), y, verbose: 0));
        Assert.Contains("Fit y", e.Message, StringComparison.Ordinal);
        Assert.Contains("+Infinity at row 4, column 0", e.Message, StringComparison.Ordinal);

        Tensor xv = X(3);
        xv[1, 1] = float.NegativeInfinity;
        var v = Assert.Throws<NonFiniteValueException>(() => Compiled().Fit(X(6), Y(6), validationData: (xv, Y(3)), verbose: 0));
        Assert.Contains("validationData x", v.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sparse_labels_out_of_range_name_the_sample()
    {
        Sequential model = Compiled(new SparseCategoricalCrossentropy(), outputs: 3);
        var e = Assert.Throws<InvalidTargetException>(() => model.Fit(X(4), new[] { 0, 2, 3, 1 }, verbose: 0));
        Assert.Contains("label 3 of sample 2", e.Message, StringComparison.Ordinal);
        Assert.Contains("[0, 2]", e.Message, StringComparison.Ordinal);

        var negative = Assert.Throws<InvalidTargetException>(() => model.Evaluate(X(2), new[] { 0, -1 }));
        Assert.Contains("sample 1", negative.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Binary_targets_outside_0_1_name_the_sample()
    {
        var model = new Sequential([new Input(new Shape(4)), new Dense(1, Activation.Sigmoid)], seed: 1);
        model.Compile(new SGD(), new BinaryCrossentropy());
        Tensor y = new float[,] { { 0 }, { 1 }, { 2 } };
        var e = Assert.Throws<InvalidTargetException>(() => model.Fit(X(3), y, verbose: 0));
        Assert.Contains("sample 2", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_layer_and_optimizer_hyperparameters_are_out_of_range()
    {
        var dense = Assert.Throws<ArgumentOutOfRangeException>(() => new Dense(units: -1));
        Assert.Equal("units", dense.ParamName);
        Assert.Contains("units >= 1", dense.Message, StringComparison.Ordinal);

        Assert.Contains("rate in [0, 1)", Assert.Throws<ArgumentOutOfRangeException>(() => new Dropout(1.0)).Message, StringComparison.Ordinal);
        Assert.Contains("rate in [0, 1)", Assert.Throws<ArgumentOutOfRangeException>(() => new Dropout(-0.1)).Message, StringComparison.Ordinal);

        var adam = Assert.Throws<ArgumentOutOfRangeException>(() => new Adam(learningRate: 0));
        Assert.Contains("Adam learning rate must be > 0", adam.Message, StringComparison.Ordinal);
        var sgd = Assert.Throws<ArgumentOutOfRangeException>(() => new SGD(learningRate: -1));
        Assert.Contains("SGD learning rate must be > 0", sgd.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => new SGD(momentum: 1.0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Adam(beta1: 1.0));
    }

    [Fact]
    public void Fit_rejects_batch_size_0()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Compiled().Fit(X(4), Y(4), batchSize: 0, verbose: 0));
        Assert.Equal("batchSize", e.ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => Compiled().Predict(X(4), batchSize: 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Compiled().Evaluate(X(4), Y(4), batchSize: 0));
    }

    [Theory]
    [InlineData(1.0)]
    [InlineData(-0.2)]
    public void Fit_rejects_validation_split_outside_0_to_1(double split)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Compiled().Fit(X(4), Y(4), validationSplit: split, verbose: 0));
        Assert.Equal("validationSplit", e.ParamName);
        Assert.Contains("[0, 1)", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fit_rejects_a_validation_split_that_leaves_no_validation_rows()
    {
        var e = Assert.Throws<ArgumentException>(() => Compiled().Fit(X(4), Y(4), validationSplit: 0.1, verbose: 0));
        Assert.Contains("validationSplit 0.1 of 4 samples", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fit_rejects_bad_epochs_verbose_and_sample_weights()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Compiled().Fit(X(4), Y(4), epochs: 2, initialEpoch: 3, verbose: 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Compiled().Fit(X(4), Y(4), verbose: 3));
        var w = Assert.Throws<ShapeMismatchException>(() => Compiled().Fit(X(4), Y(4), sampleWeight: Tensor.Ones(new Shape(3)), verbose: 0));
        Assert.Contains("sampleWeight", w.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SetWeights_with_a_wrong_shape_names_the_weight()
    {
        Sequential model = Compiled();
        var e = Assert.Throws<ArgumentException>(() => model.SetWeights([Tensor.Zeros(new Shape(3, 1)), Tensor.Zeros(new Shape(1))]));
        Assert.Contains(model.Weights[0].Name, e.Message, StringComparison.Ordinal);
        Assert.Contains("(4, 1)", e.Message, StringComparison.Ordinal);
        Assert.Contains("(3, 1)", e.Message, StringComparison.Ordinal);

        var count = Assert.Throws<ArgumentException>(() => model.SetWeights([Tensor.Zeros(new Shape(4, 1))]));
        Assert.Contains("has 2 weights", count.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EarlyStopping_on_a_missing_key_lists_the_available_keys()
    {
        var e = Assert.Throws<KeyNotFoundException>(() => Compiled().Fit(X(8), Y(8), epochs: 2, callbacks: [new EarlyStopping(monitor: "val_loss")], verbose: 0));
        Assert.Contains("'val_loss'", e.Message, StringComparison.Ordinal);
        Assert.Contains("Available: loss", e.Message, StringComparison.Ordinal);
    }
}
