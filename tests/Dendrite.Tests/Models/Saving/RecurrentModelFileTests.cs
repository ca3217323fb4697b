// The sequence layers in the .dendrite file: a Sequential stack of every one of them, and a functional graph
// whose LSTM takes its initial states as inputs, round-trip (config, weights, predictions, summary).
using Dendrite.Models;
using Dendrite.Nn.Activations;
using Dendrite.Nn.Layers;
using Dendrite.Nn.Losses;
using Dendrite.Optimizers;
using Dendrite.Tensors;
using Dendrite.Training;
using Dendrite.Training.Callbacks;

namespace Dendrite.Tests.Models.Saving;

public sealed class RecurrentModelFileTests
{
    [Fact]
    public void A_Sequential_model_of_sequence_layers_round_trips()
    {
        using var dir = new TempDirectory();
        var model = new Sequential(
            [
                new Input([5]),
                new Embedding(8, 4, maskZero: true),
                new Bidirectional(new LSTM(3, returnSequences: true), BidirectionalMerge.Ave),
                new TimeDistributed(new Dense(2, Activation.Relu)),
                new GRU(3, resetAfter: false, goBackwards: true),
                new Dense(1, Activation.Sigmoid),
            ],
            seed: 5);
        model.Compile(new Adam(learningRate: 0.01), new BinaryCrossentropy());
        Tensor x = new(new float[] { 1, 2, 3, 0, 0, 4, 5, 6, 7, 1, 7, 0, 0, 0, 0, 2, 2, 3, 3, 4 }, new Shape(4, 5));
        Tensor y = new(new float[] { 1, 0, 1, 0 }, new Shape(4, 1));
        model.Fit(x, y, epochs: 2, batchSize: 2, verbose: 0);
        model.Save(dir.File("seq.dendrite"));

        Model loaded = Model.Load(dir.File("seq.dendrite"));
        Assert.Equal(model.SummaryText(), loaded.SummaryText());
        Assert.Equal(model.Predict(x).ToArray(), loaded.Predict(x).ToArray());
        Assert.Equal(model.Fit(x, y, epochs: 1, batchSize: 2, verbose: 0)["loss"], loaded.Fit(x, y, epochs: 1, batchSize: 2, verbose: 0)["loss"]);
    }

    [Fact]
    public void Summary_shows_Keras_output_shapes_and_parameter_counts()
    {
        var model = new Sequential([new Input([28, 28]), new LSTM(16), new Dense(10)], seed: 1);
        string[] lines = model.SummaryText().Split('\n');
        Assert.Matches(@"^│ lstm\S* \(LSTM\) +│ \(None, 16\) +│ +2,880 │$", lines[4]);           // 4·(16·(28 + 16) + 16)
        var gru = new Sequential([new Input([7, 3]), new GRU(4, returnSequences: true), new SimpleRNN(2)], seed: 1);
        string text = gru.SummaryText();
        Assert.Matches(@"│ gru\S* \(GRU\) +│ \(None, 7, 4\) +│ +108 │", text);                    // 3·(4·(3 + 4) + 2·4)
        Assert.Matches(@"│ simple_rnn\S* \(SimpleRNN\) +│ \(None, 2\) +│ +14 │", text);           // 2·(4 + 2) + 2
    }

    [Fact]
    public void A_functional_LSTM_with_initial_states_as_inputs_round_trips()
    {
        using var dir = new TempDirectory();
        var sequence = new Input([4, 2]);
        var h0 = new Input([3]);
        var c0 = new Input([3]);
        SymbolicTensor encoded = new LSTM(3).Apply([sequence, h0, c0]);
        var model = new Model([sequence, h0, c0], [new Dense(1).Apply(encoded)], seed: 2);
        model.Compile(new SGD(learningRate: 0.1), new MeanSquaredError());
        Tensor[] x = [TestData.Normal(1, 6, 4, 2), TestData.Normal(2, 6, 3), TestData.Normal(3, 6, 3)];
        Tensor[] zeroStates = [x[0], Tensor.Zeros(new Shape(6, 3)), Tensor.Zeros(new Shape(6, 3))];
        Assert.NotEqual(model.Predict(x).ToArray(), model.Predict(zeroStates).ToArray());
        model.Save(dir.File("graph.dendrite"));
        Model loaded = Model.Load(dir.File("graph.dendrite"));
        Assert.Equal(model.Predict(x).ToArray(), loaded.Predict(x).ToArray());
    }
}
