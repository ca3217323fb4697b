// End to end: recurrent models learn small synthetic sequence tasks with Compile / Fit on rank-3 inputs.
using Dendrite.Models;
using Dendrite.Nn.Activations;
using Dendrite.Nn.Layers;
using Dendrite.Nn.Losses;
using Dendrite.Optimizers;
using Dendrite.Tensors;
using Dendrite.Training;
using Dendrite.Training.Callbacks;

namespace Dendrite.Tests.Training;

public sealed class SequenceTrainingTests
{
    [Fact]
    public void An_LSTM_learns_the_sign_of_the_sum_of_a_sequence()
    {
        (Tensor x, Tensor y) = SignOfSum(seed: 11, n: 512);
        (Tensor xTest, Tensor yTest) = SignOfSum(seed: 12, n: 256);
        var model = new Sequential([new Input([10, 1]), new LSTM(8), new Dense(1, Activation.Sigmoid)], seed: 3);
        model.Compile(new Adam(learningRate: 0.02), new BinaryCrossentropy(), metrics: ["accuracy"]);
        History history = model.Fit(x, y, epochs: 8, batchSize: 32, verbose: 0);
        Assert.True(history["loss"][^1] < history["loss"][0] / 2, $"loss {history["loss"][0]} → {history["loss"][^1]}");
        double accuracy = model.Evaluate(xTest, yTest)["accuracy"];
        Assert.True(accuracy >= 0.93, $"test accuracy {accuracy}");
    }

    [Fact]
    public void A_GRU_over_masked_embeddings_learns_which_token_comes_first()
    {
        // Sequences of tokens 1 and 2 padded with 0 at the end (random lengths 2 to 6): the label is 1 when the
        // first token is 2. The padding would blur the answer if it were not masked.
        var random = new RandomGenerator(21);
        const int n = 384, steps = 6;
        Tensor x = Tensor.Zeros(new Shape(n, steps)), y = Tensor.Zeros(new Shape(n, 1));
        for (int i = 0; i < n; i++)
        {
            int length = 2 + random.NextInt(5);
            for (int t = 0; t < length; t++)
            {
                x[i, t] = 1 + random.NextInt(2);
            }

            y[i, 0] = x[i, 0] == 2 ? 1 : 0;
        }

        var model = new Sequential([new Input([steps]), new Embedding(3, 4, maskZero: true), new GRU(6, goBackwards: true), new Dense(1, Activation.Sigmoid)], seed: 4);
        model.Compile(new Adam(learningRate: 0.02), new BinaryCrossentropy(), metrics: ["accuracy"]);
        History history = model.Fit(x, y, epochs: 6, batchSize: 32, verbose: 0);
        Assert.True(history["accuracy"][^1] >= 0.95, $"accuracy {history["accuracy"][^1]}");
    }

    private static (Tensor X, Tensor Y) SignOfSum(int seed, int n)
    {
        Tensor x = TestData.Normal(seed, n, 10, 1);
        Tensor y = Tensor.Zeros(new Shape(n, 1));
        for (int i = 0; i < n; i++)
        {
            double sum = 0;
            for (int t = 0; t < 10; t++)
            {
                sum += x[i, t, 0];
            }

            y[i, 0] = sum > 0 ? 1 : 0;
        }

        return (x, y);
    }
}
