// Export checked by TensorFlow.js itself (dense, normalization, merging, convolution and recurrent models, the
// last over a masking Embedding or Masking layer): each Dendrite model is saved with SaveTfjs, loaded under Node by
// tf.loadLayersModel (strict: every weight set, none left over; tests/tfjs/predict.js), and both predict
// on 1,024 seeded rows; the largest absolute difference must be ≤ 1e-5.
using Dendrite.Models;
using Dendrite.Nn.Activations;
using Dendrite.Nn.Initializers;
using Dendrite.Nn.Layers;
using Dendrite.Nn.Losses;
using Dendrite.Optimizers;
using Dendrite.Tensors;
using Dendrite.Tests.Models.Saving;
using Dendrite.Training;

namespace Dendrite.Tests.Models.Interop;

[Collection("tfjs")]
public sealed class TfjsExportTests
{
    [NodeFact]
    public void Sequential_mlp_with_every_exportable_activation_predicts_the_same_in_tfjs()
    {
        var model = new Sequential(
        [
            new Input(new Shape(6)),
            new Dense(16, Activation.Relu, name: "relu"),
            new Dense(12, Activation.Sigmoid, name: "sigmoid"),
            new Dropout(0.3),
            new Dense(12, Activation.Tanh, name: "tanh"),
            new Dense(10, Activation.Elu, name: "elu"),
            new GaussianNoise(0.2),
            new Dense(10, Activation.Selu, name: "selu"),
            new AlphaDropout(0.1),
            new Dense(10, Activation.Gelu, name: "gelu"),
            new Dense(10, Activation.Silu, name: "silu"),
            new GaussianDropout(0.2),
            new Dense(10, Activation.Softplus, name: "softplus"),
            new Dense(8, Activation.Softsign, name: "softsign"),
            new Dense(8, name: "linear"),
            new ActivationLayer(new LeakyRelu(0.1), name: "leaky"),
            new Flatten(),
            new Dense(8, Activation.LogSoftmax, name: "log_softmax"),
            new ActivationLayer(Activation.Tanh, name: "act_tanh"),
            new Dense(5, kernelInitializer: new HeNormal(seed: 3), name: "logits"),
            new ActivationLayer(new Softmax(), name: "probabilities"),
        ], seed: 11);

        AssertTfjsPredictsTheSame(model);
    }

    [NodeFact]
    public void Batch_normalization_after_training_predicts_the_same_in_tfjs()
    {
        var model = new Sequential([new Input(new Shape(5)), new Dense(8, Activation.Relu), new BatchNormalization(momentum: 0.8), new Dense(3)], seed: 5);
        Tensor x = TfjsTestData.Uniform(new Shape(128, 5), 1);
        Tensor y = TfjsTestData.Uniform(new Shape(128, 3), 2);
        model.Compile(new Adam(learningRate: 0.01), new MeanSquaredError());
        model.Fit(x, y, epochs: 3, batchSize: 32, verbose: 0);
        var bn = (BatchNormalization)model.Layers[2];
        Assert.NotEqual(0f, bn.MovingMean!.Value.ToArray().Select(Math.Abs).Max()); // the moving statistics moved

        AssertTfjsPredictsTheSame(model);
    }

    [NodeFact]
    public void Layer_normalization_after_a_flatten_predicts_the_same_in_tfjs()
    {
        var model = new Sequential(
        [
            new Input(new Shape(2, 4)),
            new Flatten(),
            new Dense(6, Activation.Tanh),
            new LayerNormalization(betaInitializer: new RandomNormal(stddev: 0.5, seed: 1), gammaInitializer: new RandomNormal(mean: 1, stddev: 0.5, seed: 2)),
            new Dense(2),
        ], seed: 9);

        AssertTfjsPredictsTheSame(model);
    }

    [NodeFact]
    public void Functional_model_with_two_inputs_two_outputs_and_merges_predicts_the_same_in_tfjs()
    {
        var a = new Input(new Shape(4), name: "a");
        var b = new Input(new Shape(3), name: "b");
        SymbolicTensor ha = new Dense(8, Activation.Relu).Apply(a);
        SymbolicTensor hb = new Dense(8, Activation.Tanh).Apply(b);
        SymbolicTensor joined = new Concatenate().Apply([ha, hb]);
        SymbolicTensor merged = new Concatenate().Apply([new Add().Apply([ha, hb]), new Multiply().Apply([ha, hb]), new Average().Apply([ha, hb]), new Maximum().Apply([ha, hb])]);
        SymbolicTensor regression = new Dense(2, name: "regression").Apply(joined);
        SymbolicTensor classes = new Dense(3, Activation.Softmax, name: "classes").Apply(new BatchNormalization().Apply(merged));
        var model = new Model([a, b], [regression, classes], seed: 21);

        AssertTfjsPredictsTheSame(model);
    }

    [NodeFact]
    public void Convolution_net_with_pooling_padding_and_reshaping_predicts_the_same_in_tfjs()
    {
        static RandomNormal Bias(int seed) => new(stddev: 0.3, seed: seed);
        var image = new Input(new Shape(12, 12, 3), name: "image");
        SymbolicTensor trunk = new Conv2D(6, 3, padding: Padding.Same, activation: Activation.Relu, biasInitializer: Bias(1)).Apply(image);
        trunk = new MaxPooling2D().Apply(trunk);
        trunk = new ZeroPadding2D(1, 0, 2, 1).Apply(trunk);
        trunk = new Conv2DTranspose(4, 3, strides: 2, padding: Padding.Same, activation: Activation.Tanh, biasInitializer: Bias(2)).Apply(trunk);
        trunk = new Cropping2D(2, 2, 3, 1).Apply(trunk);
        trunk = new UpSampling2D((2, 1)).Apply(trunk);
        trunk = new AveragePooling2D(3, strides: 2, padding: Padding.Same).Apply(trunk);
        trunk = new Conv2D(4, 2, dilationRate: 2, activation: Activation.Sigmoid, biasInitializer: Bias(3)).Apply(trunk);
        SymbolicTensor steps = new Reshape(new Shape(-1, 4)).Apply(trunk);
        steps = new Conv1D(5, 3, padding: Padding.Same, dilationRate: 2, biasInitializer: Bias(4)).Apply(steps);
        steps = new MaxPooling1D(2, padding: Padding.Same).Apply(steps);
        steps = new AveragePooling1D(3, strides: 2, padding: Padding.Same).Apply(steps);
        steps = new Permute([2, 1]).Apply(new RepeatVector(3).Apply(new Dense(6, biasInitializer: Bias(5)).Apply(new GlobalMaxPooling1D().Apply(steps))));
        SymbolicTensor sequenceOut = new Dense(2, Activation.Softmax, name: "sequence_out").Apply(new GlobalAveragePooling1D().Apply(steps));
        SymbolicTensor pooled = new Concatenate().Apply([new GlobalAveragePooling2D().Apply(trunk), new GlobalMaxPooling2D().Apply(trunk)]);
        var model = new Model([image], [sequenceOut, new Dense(3, name: "pooled_out").Apply(pooled)], seed: 31);

        AssertTfjsPredictsTheSame(model);
    }

    [NodeFact]
    public void Recurrent_net_over_a_masking_embedding_predicts_the_same_in_tfjs()
    {
        static RandomNormal Bias(int seed) => new(stddev: 0.3, seed: seed);
        var model = new Sequential(
        [
            new Input(new Shape(10)),
            new Embedding(20, 6, maskZero: true),
            new Bidirectional(new LSTM(8, biasInitializer: Bias(1), returnSequences: true)),
            new TimeDistributed(new Dense(6, Activation.Tanh, biasInitializer: Bias(2))),
            new Bidirectional(new GRU(5, biasInitializer: Bias(3), resetAfter: false, returnSequences: true), BidirectionalMerge.Sum),
            new SimpleRNN(4, biasInitializer: Bias(4), returnSequences: true, goBackwards: true),
            new Bidirectional(new SimpleRNN(3, Activation.Relu, biasInitializer: Bias(5), returnSequences: true), BidirectionalMerge.Mul),
            new GRU(5, biasInitializer: Bias(6), resetAfter: false, goBackwards: true),
            new Dense(3, Activation.Softmax),
        ], seed: 32);

        AssertTfjsPredictsTheSame(model);
    }

    [NodeFact]
    public void Masking_layer_before_an_lstm_predicts_the_same_in_tfjs()
    {
        var model = new Sequential([new Input(new Shape(6, 3)), new Masking(0.0), new LSTM(4, returnSequences: true, unitForgetBias: false), new Bidirectional(new LSTM(3), BidirectionalMerge.Ave), new Dense(2)], seed: 33);
        Tensor x = TfjsTestData.Uniform(new Shape(TfjsTestData.Rows, 6, 3), 5);
        float[] values = x.ToArray();
        for (int row = 0; row < TfjsTestData.Rows; row++)
        {
            int padded = row % 4;  // 0 to 3 trailing all-zero steps
            Array.Clear(values, ((row * 6) + 6 - padded) * 3, padded * 3);
        }

        AssertTfjsPredictsTheSame(model, [new Tensor(values, x.Shape)]);
    }

    private static void AssertTfjsPredictsTheSame(Model model, List<Tensor>? given = null)
    {
        using var dir = new TempDirectory();
        string folder = Path.Combine(dir.Path, "model");
        model.SaveTfjs(folder);
        List<Tensor> inputs = given ?? TfjsLayerCases.Inputs(model, 100, TfjsTestData.Rows);
        IReadOnlyList<Tensor> expected = model.Call(inputs);
        var inputFiles = inputs.Select((x, i) => dir.File($"x{i}.bin")).ToList();
        var outputFiles = expected.Select((_, i) => dir.File($"y{i}.bin")).ToList();
        for (int i = 0; i < inputs.Count; i++)
        {
            TfjsTestData.Write(inputFiles[i], inputs[i]);
        }

        string job = dir.File("job.json");
        File.WriteAllText(job, new System.Text.Json.Nodes.JsonObject
        {
            ["model"] = folder,
            ["rows"] = TfjsTestData.Rows,
            ["inputs"] = new System.Text.Json.Nodes.JsonArray([.. inputFiles.Select(f => (System.Text.Json.Nodes.JsonNode)f)]),
            ["outputs"] = new System.Text.Json.Nodes.JsonArray([.. outputFiles.Select(f => (System.Text.Json.Nodes.JsonNode)f)]),
        }.ToJsonString());
        TfjsNode.Run("predict.js", job);

        for (int i = 0; i < expected.Count; i++)
        {
            double difference = TfjsTestData.MaxAbsDifference(expected[i].ToArray(), TfjsTestData.Read(outputFiles[i]));
            Assert.True(difference <= 1e-5, $"output {i} ({model.OutputNames[i]}): max |Dendrite − tfjs| = {difference:G3} > 1e-5");
        }
    }
}
