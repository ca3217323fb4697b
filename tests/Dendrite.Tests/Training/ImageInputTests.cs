// Inputs of every rank through Fit / Evaluate / Predict: a tiny CNN learns which quadrant of an 8×8 image is
// bright (rank-4 input), a Conv1D model trains on (batch, steps, features) sequences (rank 3), batching
// slices the first axis of any rank, a saved CNN predicts bit-identically after loading, and wrong ranks get
// errors naming the expected layout.
using Dendrite.Models;
using Dendrite.Nn;
using Dendrite.Nn.Activations;
using Dendrite.Nn.Layers;
using Dendrite.Nn.Losses;
using Dendrite.Optimizers;
using Dendrite.Tensors;
using Dendrite.Tests.Models.Saving;
using Dendrite.Training;
using Dendrite.Training.Callbacks;

namespace Dendrite.Tests.Training;

public sealed class ImageInputTests
{
    [Fact]
    public void A_tiny_cnn_learns_the_bright_quadrant_and_round_trips_through_the_model_file()
    {
        var (xTrain, yTrain) = Quadrants(256, seed: 1);
        var (xTest, yTest) = Quadrants(128, seed: 2);
        Sequential model = Cnn(seed: 3);
        History history = model.Fit(xTrain, yTrain, epochs: 6, batchSize: 16, verbose: 0);
        Assert.True(history["loss"][^1] < history["loss"][0] / 2, $"loss {history["loss"][0]} → {history["loss"][^1]}");

        Logs test = model.Evaluate(xTest, yTest, batchSize: 32);
        Assert.True(test["accuracy"] >= 0.95, $"test accuracy {test["accuracy"]}");

        using var dir = new TempDirectory();
        string path = Path.Combine(dir.Path, "cnn.dendrite");
        model.Save(path);
        Model loaded = Model.Load(path);
        Assert.Equal(model.SummaryText(), loaded.SummaryText());
        Assert.Equal(model.Predict(xTest).ToArray(), loaded.Predict(xTest).ToArray());
    }

    [Fact]
    public void Predict_batches_slice_the_first_axis_of_a_rank_4_input()
    {
        var (x, _) = Quadrants(23, seed: 4);
        Sequential model = Cnn(seed: 5);
        Tensor whole = model.Predict(x, batchSize: 64);
        Tensor batched = model.Predict(x, batchSize: 5);
        Assert.Equal(new Shape(23, 4), batched.Shape);
        float[] a = whole.ToArray(), b = batched.ToArray();
        for (int i = 0; i < a.Length; i++)
        {
            Assert.True(Math.Abs(a[i] - b[i]) <= 1e-6, $"element {i}: {a[i]} vs {b[i]}");
        }
    }

    [Fact]
    public void A_conv1d_model_trains_on_rank_3_sequences()
    {
        // label = whether the sequence's first feature rises (last step > first step)
        var rng = new RandomGenerator(6);
        Tensor x = rng.NormalTensor(new Shape(96, 10, 2));
        var y = new int[96];
        for (int i = 0; i < 96; i++)
        {
            y[i] = x[i, 9, 0] > x[i, 0, 0] ? 1 : 0;
        }

        var model = new Sequential([new Input([10, 2]), new Conv1D(8, 3, padding: Padding.Same, activation: Activation.Relu), new MaxPooling1D(), new Flatten(), new Dense(2, Activation.Softmax)], seed: 7);
        model.Compile(new Adam(learningRate: 0.01), new SparseCategoricalCrossentropy(), ["accuracy"]);
        History history = model.Fit(x, y, epochs: 5, batchSize: 16, verbose: 0);
        Assert.True(history["loss"][^1] < history["loss"][0], $"loss {history["loss"][0]} → {history["loss"][^1]}");
        Assert.Equal(new Shape(96, 2), model.Predict(x).Shape);
    }

    [Fact]
    public void A_wrong_rank_names_the_expected_layout()
    {
        Sequential model = Cnn(seed: 8);
        var e = Assert.Throws<ShapeMismatchException>(() => model.Fit(Tensor.Zeros(new Shape(32, 64)), new int[32], verbose: 0));
        Assert.Contains("expects Fit x of shape (None, 8, 8, 1) (batch, height, width, channels), received shape (32, 64)", e.Message);

        var unbuilt = new Sequential([new Conv2D(4, 3, name: "conv2d_first"), new Flatten(), new Dense(2)], seed: 9);
        unbuilt.Compile(new Adam(), new SparseCategoricalCrossentropy());
        e = Assert.Throws<ShapeMismatchException>(() => unbuilt.Fit(Tensor.Zeros(new Shape(32, 784)), new int[32], verbose: 0));
        Assert.Equal("Conv2D 'conv2d_first' expects input of rank 4 (batch, height, width, channels); received (None, 784).", e.Message);

        var sequences = new Sequential([new Input([10, 2]), new Conv1D(2, 3)], seed: 10);
        sequences.Compile(new Adam(), new MeanSquaredError());
        e = Assert.Throws<ShapeMismatchException>(() => sequences.Predict(Tensor.Zeros(new Shape(4, 20))));
        Assert.Contains("(batch, steps, features)", e.Message);
    }

    private static Sequential Cnn(int seed)
    {
        var model = new Sequential(
        [
            new Input([8, 8, 1]),
            new Conv2D(4, 3, padding: Padding.Same, activation: Activation.Relu),
            new MaxPooling2D(),
            new Conv2D(8, 3, padding: Padding.Same, activation: Activation.Relu),
            new GlobalMaxPooling2D(),
            new Dense(4, Activation.Softmax),
        ], seed: seed);
        model.Compile(new Adam(learningRate: 0.02), new SparseCategoricalCrossentropy(), ["accuracy"]);
        return model;
    }

    /// <summary>8×8 images of noise in [0, 0.3) with one 4×4 quadrant brightened by 0.7; the label is the quadrant (0..3).</summary>
    private static (Tensor X, int[] Y) Quadrants(int n, int seed)
    {
        var rng = new RandomGenerator((ulong)seed);
        var x = new float[n * 64];
        var y = new int[n];
        for (int i = 0; i < n; i++)
        {
            y[i] = (int)(rng.NextDouble() * 4);
            for (int r = 0; r < 8; r++)
            {
                for (int c = 0; c < 8; c++)
                {
                    int quadrant = (r / 4 * 2) + (c / 4);
                    x[(i * 64) + (r * 8) + c] = (float)((rng.NextDouble() * 0.3) + (quadrant == y[i] ? 0.7 : 0));
                }
            }
        }

        return (new Tensor(x, new Shape(n, 8, 8, 1)), y);
    }
}
