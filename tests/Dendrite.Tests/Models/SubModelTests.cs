// Sub-models from a trained graph, as in Keras' autoencoder tutorial (keras.io/examples, "Building Autoencoders in
// Keras"): encoder = keras.Model(autoencoder.inputs, autoencoder.get_layer("code").output) holds the same layer
// objects, so the encoder's weights ARE the autoencoder's (Keras' layer sharing), not copies.
using Dendrite.Autodiff;
using Dendrite.Models;
using Dendrite.Nn.Activations;
using Dendrite.Nn.Layers;
using Dendrite.Nn.Losses;
using Dendrite.Optimizers;
using Dendrite.Tensors;
using Dendrite.Training;

namespace Dendrite.Tests.Models;

public class SubModelTests
{
    private static readonly Tensor s_x = new(new float[,]
    {
        { 0.1f, 0.9f, 0.2f, 0.8f }, { 0.7f, 0.3f, 0.6f, 0.4f }, { 0.0f, 1.0f, 0.5f, 0.5f }, { 0.9f, 0.1f, 0.9f, 0.1f },
        { 0.3f, 0.3f, 0.3f, 0.3f }, { 0.6f, 0.8f, 0.1f, 0.2f }, { 0.2f, 0.4f, 0.8f, 0.6f }, { 1.0f, 0.0f, 0.0f, 1.0f },
    });

    private static Model Autoencoder()
    {
        var input = new Input([4], name: "pixels");
        SymbolicTensor hidden = new Dense(3, Activation.Relu, name: "hidden").Apply(input);
        SymbolicTensor code = new Dense(2, name: "code").Apply(hidden);
        var autoencoder = new Model(input, new Dense(4, Activation.Sigmoid, name: "decoded").Apply(code), name: "autoencoder", seed: 7);
        autoencoder.Compile(new Adam(learningRate: 0.01), new MeanSquaredError());
        autoencoder.Fit(s_x, s_x, epochs: 2, batchSize: 4, shuffle: false, verbose: 0);
        return autoencoder;
    }

    // code = relu(x·W₁ + b₁)·W₂ + b₂, from the autoencoder's own layers.
    private static float[] CodeByHand(Model autoencoder)
    {
        var hidden = (Dense)autoencoder.GetLayer("hidden");
        var code = (Dense)autoencoder.GetLayer("code");
        Tensor h = Ops.Relu(Ops.Add(Ops.MatMul(s_x, hidden.Kernel!.Value), hidden.Bias!.Value));
        return Ops.Add(Ops.MatMul(h, code.Kernel!.Value), code.Bias!.Value).ToArray();
    }

    [Fact]
    public void AnEncoderTakenFromATrainedAutoencoderSharesItsLayersAndWeights()
    {
        Model autoencoder = Autoencoder();
        float[] reconstruction = autoencoder.Predict(s_x).ToArray();

        var encoder = new Model(autoencoder.Inputs, [autoencoder.GetLayer("code").Output], name: "encoder");

        Assert.Equal(reconstruction, autoencoder.Predict(s_x).ToArray()); // building the encoder redrew no weight
        Assert.Equal(["pixels", "hidden", "code"], encoder.Layers.Select(l => l.Name));
        Assert.Same(autoencoder.GetLayer("hidden"), encoder.GetLayer("hidden"));
        Assert.All(encoder.Weights.Zip(autoencoder.Weights), pair => Assert.Same(pair.Second, pair.First));
        Assert.Equal(new Shape(8, 2), encoder.Predict(s_x).Shape);
        Assert.Equal(CodeByHand(autoencoder), encoder.Predict(s_x).ToArray());

        // Training the autoencoder moves the encoder with it: the weights are shared, not copied.
        float[] codeBefore = encoder.Predict(s_x).ToArray();
        autoencoder.Fit(s_x, s_x, epochs: 1, batchSize: 4, shuffle: false, verbose: 0);
        Assert.NotEqual(codeBefore, encoder.Predict(s_x).ToArray());
        Assert.Equal(CodeByHand(autoencoder), encoder.Predict(s_x).ToArray());
    }

    [Fact]
    public void ADecoderAppliesTheTrainedLayersToANewInputAndEncoderThenDecoderIsTheAutoencoder()
    {
        Model autoencoder = Autoencoder();
        var encoder = new Model(autoencoder.Inputs, [autoencoder.GetLayer("code").Output]);
        var codeInput = new Input([2], name: "code_in");
        Layer decodedLayer = autoencoder.GetLayer("decoded");
        var decoder = new Model(codeInput, decodedLayer.Apply(codeInput), name: "decoder");

        Assert.Equal(autoencoder.Predict(s_x).ToArray(), decoder.Predict(encoder.Predict(s_x)).ToArray());
        var error = Assert.Throws<InvalidOperationException>(() => decodedLayer.Output); // now applied twice
        Assert.Equal("Dense 'decoded' was applied 2 times, so its output is ambiguous; pick one from SymbolicOutputs[0…1].", error.Message);
    }

    [Fact]
    public void AnEncoderSavesAndLoadsOnItsOwn()
    {
        Model autoencoder = Autoencoder();
        var encoder = new Model(autoencoder.Inputs, [autoencoder.GetLayer("code").Output], name: "encoder");
        string path = Path.Combine(Directory.CreateTempSubdirectory("dendrite-encoder-").FullName, "encoder.dendrite");
        try
        {
            encoder.Save(path);
            Model loaded = Model.Load(path);
            Assert.Equal(encoder.Predict(s_x).ToArray(), loaded.Predict(s_x).ToArray());
            Assert.Equal(["pixels", "hidden", "code"], loaded.Layers.Select(l => l.Name));
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
        }
    }

    [Fact]
    public void MissingLayersAndMissingGraphsAreNamedInTheErrors()
    {
        Model autoencoder = Autoencoder();
        var noLayer = Assert.Throws<ArgumentException>(() => autoencoder.GetLayer("bottleneck"));
        Assert.StartsWith("Model 'autoencoder' has no layer named 'bottleneck'; its layers are pixels, hidden, code, decoded.", noLayer.Message);

        var never = Assert.Throws<InvalidOperationException>(() => new Dense(2, name: "lonely").Output);
        Assert.StartsWith("Dense 'lonely' has no symbolic output: it was never applied in a functional graph", never.Message);

        var sequential = new Sequential([new Input([4]), new Dense(2, name: "seq_code")], name: "stack", seed: 1);
        Assert.Same(sequential.Layers[1], sequential.GetLayer("seq_code"));
        var noGraph = Assert.Throws<InvalidOperationException>(() => sequential.Inputs);
        Assert.Equal("Model 'stack' (Sequential) has no symbolic graph, so no Inputs: build it with the functional API, new Model(input, output), to take sub-models from its layers.", noGraph.Message);
        Assert.Throws<InvalidOperationException>(() => sequential.Outputs);
        Assert.Throws<InvalidOperationException>(() => sequential.GetLayer("seq_code").Output);
    }
}
