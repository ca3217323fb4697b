// Import checked against TensorFlow.js itself: tests/tfjs/make_models.js builds a Sequential and a functional
// model in tfjs (dense with tfjs' activations, batch and layer normalization, dropout, noise, LeakyReLU, ELU,
// Softmax, flatten and merge layers), a convolution net and a recurrent net over a masking Embedding, trains each for three epochs so no weight is at its initial value,
// saves it as model.json + shards, and writes 1,024 rows with tfjs' predictions. LoadTfjs must rebuild the
// same architecture and predict the same within 1e-5.
using System.Text.Json.Nodes;
using Dendrite.Models;
using Dendrite.Nn.Layers;
using Dendrite.Tensors;
using Dendrite.Tests.Models.Saving;

namespace Dendrite.Tests.Models.Interop;

[Collection("tfjs")]
public sealed class TfjsImportTests
{
    [NodeFact]
    public void Models_built_and_trained_by_tfjs_import_and_predict_the_same()
    {
        using var dir = new TempDirectory();
        TfjsNode.Run("make_models.js", dir.Path);

        Model sequential = AssertPredictsAsTfjs(dir.Path, "sequential");
        Assert.IsType<Sequential>(sequential);
        Assert.Equal("tfjs_sequential", sequential.Name);
        Assert.Equal(["hidden_relu_input"], sequential.InputNames);
        Assert.Contains(sequential.Layers, l => l is BatchNormalization);
        Assert.Contains(sequential.Layers, l => l is ActivationLayer { Activation: Dendrite.Nn.Activations.LeakyRelu { NegativeSlope: 0.1 } });

        Model functional = AssertPredictsAsTfjs(dir.Path, "functional");
        Assert.Equal(["features", "grid"], functional.InputNames);
        Assert.Equal(["regression", "probability"], functional.OutputNames);
        Assert.Contains(functional.Layers, l => l is Concatenate);

        Model conv = AssertPredictsAsTfjs(dir.Path, "conv");
        Assert.Equal(
            [typeof(Conv2D), typeof(MaxPooling2D), typeof(ZeroPadding2D), typeof(Conv2DTranspose), typeof(Cropping2D), typeof(UpSampling2D), typeof(AveragePooling2D), typeof(Conv2D), typeof(Reshape),
             typeof(Conv1D), typeof(MaxPooling1D), typeof(AveragePooling1D), typeof(GlobalAveragePooling1D), typeof(Dense), typeof(RepeatVector), typeof(Permute), typeof(GlobalMaxPooling1D), typeof(Dense)],
            conv.Layers.Where(l => l is not Input).Select(l => l.GetType()));

        Model recurrent = AssertPredictsAsTfjs(dir.Path, "recurrent");
        Assert.True(recurrent.Layers.OfType<Embedding>().Single().MaskZero);
        Assert.Equal([typeof(LSTM), typeof(GRU)], recurrent.Layers.OfType<Bidirectional>().Select(b => b.Forward.GetType()));
        Assert.Equal(BidirectionalMerge.Ave, recurrent.Layers.OfType<Bidirectional>().Last().MergeMode);
        Assert.True(recurrent.Layers.OfType<SimpleRNN>().Single().GoBackwards);
        Assert.False(recurrent.Layers.OfType<GRU>().Single().ResetAfter);
        Assert.IsType<Dense>(recurrent.Layers.OfType<TimeDistributed>().Single().Layer);
    }

    private static Model AssertPredictsAsTfjs(string root, string name)
    {
        Model model = Model.LoadTfjs(Path.Combine(root, name));
        string data = Path.Combine(root, name + "-data");
        JsonNode meta = JsonNode.Parse(File.ReadAllText(Path.Combine(data, "meta.json")))!;
        var inputs = meta["inputs"]!.AsArray().Select((s, i) => new Tensor(TfjsTestData.Read(Path.Combine(data, $"x{i}.bin")), new Shape([.. s!.AsArray().Select(d => d!.GetValue<int>())]))).ToList();
        IReadOnlyList<Tensor> outputs = model.Call(inputs);
        Assert.Equal(meta["outputs"]!.AsArray().Count, outputs.Count);
        for (int i = 0; i < outputs.Count; i++)
        {
            Assert.Equal(TfjsTestData.Rows, outputs[i].Shape[0]);
            double difference = TfjsTestData.MaxAbsDifference(TfjsTestData.Read(Path.Combine(data, $"y{i}.bin")), outputs[i].ToArray());
            Assert.True(difference <= 1e-5, $"{name} output {i}: max |tfjs − Dendrite| = {difference:G3} > 1e-5");
        }

        return model;
    }
}
