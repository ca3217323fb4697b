// PlotsCallback inside a real Fit: at the end it writes the learning curves, the weight histograms and, given a
// source of gradient norms, their plot into its folder. DecisionBoundaryPlot draws a trained model and a perceptron.
using Dendrite.Models;
using Dendrite.Nn.Activations;
using Dendrite.Nn.Layers;
using Dendrite.Nn.Losses;
using Dendrite.Optimizers;
using Dendrite.Plots;
using Dendrite.Tensors;
using Dendrite.Training;
using Dendrite.Training.Callbacks;

namespace Dendrite.Tests.Plots;

public class PlotsCallbackTests
{
    private static readonly Tensor s_x = new float[,] { { 0, 0 }, { 0, 1 }, { 1, 0 }, { 1, 1 } };
    private static readonly Tensor s_y = new float[,] { { 0 }, { 1 }, { 1 }, { 0 } };

    [Fact]
    public void Fit_WritesTheRunsPlotsAtTheEnd()
    {
        using var files = new ImageFiles();
        var model = new Sequential([new Input([2]), new Dense(4, Activation.Tanh), new Dense(1, Activation.Sigmoid)], seed: 7);
        model.Compile(new Adam(learningRate: 0.05), new BinaryCrossentropy(), metrics: ["accuracy"]);
        var plots = new PlotsCallback(files.Folder);
        model.Fit(s_x, s_y, epochs: 3, batchSize: 4, verbose: 0, callbacks: [new GradientNorms(), plots]);
        Assert.Equal(["learning_curves.png", "weights.png", "gradient_norms.png"], plots.Files.Select(Path.GetFileName));
        Assert.Equal((1200, 450), ImageFiles.PngSize(plots.Files[0])); // accuracy and loss panels, 600 × 450 each: no panel per grad_norm/<layer> key
        Assert.Equal((1000, 375), ImageFiles.PngSize(plots.Files[1])); // two Dense layers, 500 × 375 each
        Assert.Equal(3, Directory.GetFiles(files.Folder).Length);
    }

    [Fact]
    public void Constructor_RejectsAnUnknownFormat()
    {
        var error = Assert.Throws<ArgumentException>(() => new PlotsCallback("runs", format: "jpg"));
        Assert.StartsWith("PlotsCallback writes 'png' or 'svg', received 'jpg'.", error.Message);
    }

    [Fact]
    public void DecisionBoundary_DrawsAModelAndAPerceptron()
    {
        using var files = new ImageFiles();
        var model = new Sequential([new Input([2]), new Dense(1, Activation.Sigmoid)], seed: 3);
        string modelPath = DecisionBoundaryPlot.Save(model, s_x, s_y, files.PathOf("model.png"), resolution: 20, width: 300, height: 200);
        Assert.Equal((300, 200), ImageFiles.PngSize(modelPath));
        var perceptron = new Perceptron(inputs: 2);
        perceptron.Fit(s_x, new float[] { 0, 0, 0, 1 }, maxEpochs: 20);
        string perceptronPath = DecisionBoundaryPlot.Save(perceptron, s_x, new float[] { 0, 0, 0, 1 }, files.PathOf("and.svg"), classNames: ["0", "1"], resolution: 20);
        Assert.Equal("800", ImageFiles.SvgRoot(perceptronPath).Attribute("width")!.Value);
    }
}
