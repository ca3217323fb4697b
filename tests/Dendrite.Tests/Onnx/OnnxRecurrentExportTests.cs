// SimpleRNN, LSTM and GRU (resetAfter both ways), Bidirectional (every merge mode), Embedding, TimeDistributed and
// Masking exported and run by ONNX Runtime predict what Dendrite predicts on 1,000 random rows and on one (max abs
// difference ≤ 1e-5): returnSequences and goBackwards, non-zero biases, initial states as graph inputs; a recurrent
// layer that would read a mask is refused, naming it and the mask's maker.
using Dendrite.Models;
using Dendrite.Nn.Activations;
using Dendrite.Nn.Initializers;
using Dendrite.Nn.Layers;
using Dendrite.Onnx;
using Dendrite.Tensors;
using Dendrite.Training;

namespace Dendrite.Tests.Onnx;

public class OnnxRecurrentExportTests
{
    [Theory]
    [InlineData("rnn", false, false)]
    [InlineData("rnn", true, true)]
    [InlineData("lstm", false, false)]
    [InlineData("lstm", true, false)]
    [InlineData("lstm", false, true)]
    [InlineData("lstm", true, true)]
    [InlineData("gru", false, false)]
    [InlineData("gru", true, true)]
    [InlineData("gru_reset_before", false, true)]
    [InlineData("gru_reset_before", true, false)]
    public void RecurrentLayer_MatchesPredict(string cell, bool returnSequences, bool goBackwards)
    {
        var bias = new RandomNormal(0.0, 0.5);
        Recurrent layer = cell switch
        {
            "rnn" => new SimpleRNN(4, Activation.Relu, biasInitializer: bias, returnSequences: returnSequences, goBackwards: goBackwards),
            "lstm" => new LSTM(4, biasInitializer: bias, returnSequences: returnSequences, goBackwards: goBackwards),
            "gru" => new GRU(4, biasInitializer: bias, returnSequences: returnSequences, goBackwards: goBackwards),
            _ => new GRU(4, recurrentActivation: Activation.Tanh, biasInitializer: bias, resetAfter: false, returnSequences: returnSequences, goBackwards: goBackwards),
        };
        Layer[] tail = returnSequences ? [new Flatten(), new Dense(2)] : [new Dense(2)];
        var model = new Sequential([new Input(new Shape(5, 3)), layer, .. tail], seed: 101);

        OnnxRuntimeCheck.AssertMatchesPredict(model, stddev: 1.0);
        OnnxRuntimeCheck.AssertMatchesPredict(model, rows: 1, seed: 10, stddev: 1.0);
    }

    [Theory]
    [InlineData(BidirectionalMerge.Concat, true)]
    [InlineData(BidirectionalMerge.Concat, false)]
    [InlineData(BidirectionalMerge.Sum, true)]
    [InlineData(BidirectionalMerge.Mul, false)]
    [InlineData(BidirectionalMerge.Ave, true)]
    public void Bidirectional_MatchesPredict(BidirectionalMerge merge, bool returnSequences)
    {
        Recurrent inner = merge == BidirectionalMerge.Sum ? new GRU(3, returnSequences: returnSequences) : new LSTM(3, returnSequences: returnSequences);
        Layer[] tail = returnSequences ? [new Flatten(), new Dense(2)] : [new Dense(2)];
        var model = new Sequential([new Input(new Shape(6, 2)), new Bidirectional(inner, merge), .. tail], seed: 102);

        OnnxRuntimeCheck.AssertMatchesPredict(model, stddev: 1.0);
    }

    [Fact]
    public void EmbeddingLstmTimeDistributed_MatchesPredict()
    {
        var model = new Sequential(
            [new Input(new Shape(7)), new Embedding(10, 4), new LSTM(5, returnSequences: true), new TimeDistributed(new Dense(3, Activation.Relu)), new Flatten(), new Dense(2)],
            seed: 103);
        var random = new RandomGenerator(104);
        float[] indices = [.. random.UniformTensor(new Shape(1000, 7), 0, 10).ToArray().Select(v => MathF.Min(MathF.Floor(v), 9))];

        OnnxRuntimeCheck.AssertMatchesPredict(model, [new Tensor(indices, new Shape(1000, 7))]);
    }

    [Fact]
    public void TimeDistributedOfAConvolution_MatchesPredict()
    {
        var model = new Sequential([new Input(new Shape(4, 6, 3)), new TimeDistributed(new Conv1D(2, 3, activation: Activation.Tanh)), new Flatten(), new Dense(2)], seed: 105);

        OnnxRuntimeCheck.AssertMatchesPredict(model);
    }

    [Fact]
    public void MaskingWhoseMaskNoRecurrentLayerReads_MatchesPredict()
    {
        var model = new Sequential([new Input(new Shape(5, 3)), new Masking(), new TimeDistributed(new Dense(2)), new GlobalAveragePooling1D()], seed: 106);
        float[] x = new RandomGenerator(107).NormalTensor(new Shape(1000, 5, 3)).ToArray();
        for (int sample = 0; sample < 1000; sample += 3)
        {
            x.AsSpan((sample * 15) + 6, 3).Clear(); // step 2 of every third sample is all mask value
        }

        OnnxRuntimeCheck.AssertMatchesPredict(model, [new Tensor(x, new Shape(1000, 5, 3))]);
    }

    [Fact]
    public void InitialStatesAsGraphInputs_MatchPredict()
    {
        var x = new Input(new Shape(5, 3), name: "x");
        var h = new Input(new Shape(4), name: "h0");
        var c = new Input(new Shape(4), name: "c0");
        SymbolicTensor y = new Dense(2).Apply(new LSTM(4, goBackwards: true).Apply([x.Output, h.Output, c.Output]));
        var model = new Model([x.Output, h.Output, c.Output], [y], seed: 108);

        OnnxRuntimeCheck.AssertMatchesPredict(model, stddev: 1.0);
    }

    [Theory]
    [InlineData(false, "LSTM 'lstm' reads the mask of Masking 'masking'")]
    [InlineData(true, "Bidirectional 'both' reads the mask of Embedding 'embedding'")]
    public void ARecurrentLayerReadingAMask_IsRefusedNamingBoth(bool embedding, string message)
    {
        Layer[] layers = embedding
            ? [new Input(new Shape(5)), new Embedding(6, 3, maskZero: true, name: "embedding"), new Bidirectional(new GRU(2), name: "both")]
            : [new Input(new Shape(5, 3)), new Masking(name: "masking"), new LSTM(2, name: "lstm")];
        var model = new Sequential(layers, name: "masked", seed: 109);

        var error = Assert.Throws<NotSupportedException>(() => model.ToOnnx());

        Assert.StartsWith($"Model 'masked' cannot be exported to ONNX: {message}", error.Message, StringComparison.Ordinal);
    }
}
