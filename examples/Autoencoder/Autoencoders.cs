// The three autoencoders of the example, each a functional graph x → code → x̂ with a sigmoid output (pixels are in
// [0, 1]), as in Keras' tutorial "Building Autoencoders in Keras" (keras.io blog, F. Chollet):
//   dense       784-128-32-128-784, ReLU inside: a 32-number code per image;
//   conv        Conv2D(16, 3×3, same)-MaxPool(2)-Conv2D(8, 3×3, same)-MaxPool(2) → a 7×7×8 = 392-number code, then
//               Conv2DTranspose(8, 3×3, stride 2)-Conv2DTranspose(16, 3×3, stride 2)-Conv2D(1, 3×3, sigmoid) back to 28×28
//               (the tutorial's decoder upsamples with UpSampling2D + Conv2D; transposed convolutions learn the upsampling);
//   bottleneck  784-256-64-2-64-256-784: a 2-number code (a linear layer named "code") that can be plotted.
using Dendrite.Models;
using Dendrite.Nn.Activations;
using Dendrite.Nn.Layers;

namespace Dendrite.Examples.Autoencoder;

/// <summary>One autoencoder of the example: its key, its description, whether it takes images, and how to build it.</summary>
/// <param name="Key">A short name for files and metrics: dense, conv or bottleneck.</param>
/// <param name="Title">What it is, for the report.</param>
/// <param name="TakesImages">True for (n, 28, 28, 1) inputs, false for (n, 784).</param>
/// <param name="CodeSize">The number of values in its code.</param>
/// <param name="Build">Builds the untrained model from a seed.</param>
internal sealed record AutoencoderSpec(string Key, string Title, bool TakesImages, int CodeSize, Func<int, Model> Build);

/// <summary>The example's three autoencoders.</summary>
internal static class Autoencoders
{
    /// <summary>The name of the bottleneck autoencoder's 2-D code layer, from which its encoder is taken.</summary>
    public const string CodeLayer = "code";

    /// <summary>Dense, convolutional, then the 2-D bottleneck.</summary>
    public static IReadOnlyList<AutoencoderSpec> All { get; } =
    [
        new("dense", "Dense autoencoder 784-128-32-128-784", false, 32, Dense),
        new("conv", "Convolutional autoencoder (Conv2D/MaxPool, Conv2DTranspose)", true, 7 * 7 * 8, Convolutional),
        new("bottleneck", "Bottleneck autoencoder 784-256-64-2-64-256-784", false, 2, Bottleneck),
    ];

    private static Model Dense(int seed) => Chain(new Input([784], name: "pixels"), "dense_autoencoder", seed,
        new Dense(128, Activation.Relu), new Dense(32, Activation.Relu, name: "dense_code"), new Dense(128, Activation.Relu), new Dense(784, Activation.Sigmoid));

    private static Model Convolutional(int seed) => Chain(new Input([28, 28, 1], name: "image"), "conv_autoencoder", seed,
        new Conv2D(16, 3, padding: Padding.Same, activation: Activation.Relu),
        new MaxPooling2D(2),
        new Conv2D(8, 3, padding: Padding.Same, activation: Activation.Relu),
        new MaxPooling2D(2, name: "conv_code"),
        new Conv2DTranspose(8, 3, strides: 2, padding: Padding.Same, activation: Activation.Relu),
        new Conv2DTranspose(16, 3, strides: 2, padding: Padding.Same, activation: Activation.Relu),
        new Conv2D(1, 3, padding: Padding.Same, activation: Activation.Sigmoid));

    private static Model Bottleneck(int seed) => Chain(new Input([784], name: "pixels"), "bottleneck_autoencoder", seed,
        new Dense(256, Activation.Relu), new Dense(64, Activation.Relu), new Dense(2, name: CodeLayer),
        new Dense(64, Activation.Relu), new Dense(256, Activation.Relu), new Dense(784, Activation.Sigmoid));

    // The layers applied one after another to the input: a functional graph, so sub-models can be taken from it.
    private static Model Chain(Input input, string name, int seed, params Layer[] layers)
    {
        SymbolicTensor x = input;
        foreach (Layer layer in layers)
        {
            x = layer.Apply(x);
        }

        return new Model(input, x, name: name, seed: seed);
    }
}
