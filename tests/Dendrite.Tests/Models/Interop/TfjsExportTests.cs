// Export checked by TensorFlow.js itself: each Dendrite model is saved with SaveTfjs, loaded under Node by
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

    private static void AssertTfjsPredictsTheSame(Model model)
    {
        using var dir = new TempDirectory();
        string folder = Path.Combine(dir.Path, "model");
        model.SaveTfjs(folder);
        List<Tensor> inputs = TfjsTestData.Inputs(model, 100);
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
