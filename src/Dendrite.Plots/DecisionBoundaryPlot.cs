// DecisionBoundaryPlot: what a classifier over two features does everywhere in the plane — scikit-learn's
// DecisionBoundaryDisplay (response_method "predict_proba", plot_method "pcolormesh") with the training points on top.
// A resolution × resolution grid spans the points' range plus a margin (10% of each range, at least 0.25) and is
// predicted in one batch; each cell is coloured by its output:
//   one output column (a probability of class 1, or a 0/1 class): white at 0.5 shading to the class-0 colour at 0
//   and the class-1 colour at 1, so the decision boundary p = 0.5 shows as the pale band between the two;
//   k columns (class probabilities): the colour of the argmax class, paler where the model is less sure (max p near 1/k).
// Points carry their true class colour with a dark outline. Colours are Category10's blue, orange, green, … .
using Dendrite.Models;
using Dendrite.Tensors;
using Dendrite.Training;
using ScottPlot;

namespace Dendrite.Plots;

/// <summary>Plots a classifier's decision regions over two features, with the training points on top.</summary>
public static partial class DecisionBoundaryPlot
{
    private const string Owner = nameof(DecisionBoundaryPlot);

    /// <summary>Writes the decision regions of a model with two input features to a PNG or SVG file.</summary>
    /// <param name="model">A built model whose input has exactly 2 features and whose output is one probability column or one column per class.</param>
    /// <param name="x">The points to draw, shape (n, 2).</param>
    /// <param name="y">Their classes: labels (n,) or (n, 1), or one-hot rows (n, classes).</param>
    /// <param name="path">The file to write, ending in <c>.png</c> or <c>.svg</c>; its folder is created if needed.</param>
    /// <param name="title">The plot's title; default <c>Decision boundary</c>.</param>
    /// <param name="featureNames">The two features' names for the axes; default null = <c>x₁</c>, <c>x₂</c>.</param>
    /// <param name="classNames">A name per class for the legend; default null = <c>class 0</c>, <c>class 1</c>, ….</param>
    /// <param name="resolution">Grid cells per axis, 10 to 1000; default 200.</param>
    /// <param name="width">The image width in pixels; default 800.</param>
    /// <param name="height">The image height in pixels; default 600.</param>
    /// <returns>The full path of the file written.</returns>
    /// <exception cref="ArgumentException">The model does not take 2 features, the data do not match, or the path is not .png / .svg.</exception>
    public static string Save(Model model, Tensor x, Tensor y, string path, string title = "Decision boundary", IReadOnlyList<string>? featureNames = null, IReadOnlyList<string>? classNames = null, int resolution = 200, int width = 800, int height = 600)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (model.InputShape is not Shape input || input.Rank != 2 || input[1] != 2)
        {
            string received = model.InputShape is Shape s ? s.ToString() : "an unbuilt model";
            throw new ArgumentException($"{Owner} needs a model with 2 input features, shape (batch, 2); model '{model.Name}' has input {received}.", nameof(model));
        }

        return Save(grid => model.Predict(grid, batchSize: 4096), x, y, path, title, featureNames, classNames, resolution, width, height);
    }

    /// <summary>Writes the decision regions of a two-input perceptron to a PNG or SVG file.</summary>
    /// <param name="perceptron">A perceptron with 2 inputs.</param>
    /// <param name="x">The points to draw, shape (n, 2).</param>
    /// <param name="y">Their classes, 0 or 1: shape (n,) or (n, 1).</param>
    /// <param name="path">The file to write, ending in <c>.png</c> or <c>.svg</c>; its folder is created if needed.</param>
    /// <param name="title">The plot's title; default <c>Decision boundary</c>.</param>
    /// <param name="featureNames">The two features' names for the axes; default null = <c>x₁</c>, <c>x₂</c>.</param>
    /// <param name="classNames">A name per class for the legend; default null = <c>class 0</c>, <c>class 1</c>.</param>
    /// <param name="resolution">Grid cells per axis, 10 to 1000; default 200.</param>
    /// <param name="width">The image width in pixels; default 800.</param>
    /// <param name="height">The image height in pixels; default 600.</param>
    /// <returns>The full path of the file written.</returns>
    /// <exception cref="ArgumentException">The perceptron does not take 2 inputs, the data do not match, or the path is not .png / .svg.</exception>
    public static string Save(Perceptron perceptron, Tensor x, Tensor y, string path, string title = "Decision boundary", IReadOnlyList<string>? featureNames = null, IReadOnlyList<string>? classNames = null, int resolution = 200, int width = 800, int height = 600)
    {
        ArgumentNullException.ThrowIfNull(perceptron);
        if (perceptron.Weights.Count != 2)
        {
            throw new ArgumentException($"{Owner} needs a perceptron with 2 inputs, received one with {perceptron.Weights.Count}.", nameof(perceptron));
        }

        return Save(grid => Tensor.FromLabels(perceptron.Predict(grid)), x, y, path, title, featureNames, classNames, resolution, width, height);
    }

    /// <summary>Writes the decision regions of any classifier over two features, given as a prediction function, to a PNG or SVG file.</summary>
    /// <param name="predict">Maps grid points (m, 2) to probabilities of class 1 or 0/1 classes, (m,) or (m, 1), or to class probabilities (m, classes).</param>
    /// <param name="x">The points to draw, shape (n, 2).</param>
    /// <param name="y">Their classes: labels (n,) or (n, 1), or one-hot rows (n, classes).</param>
    /// <param name="path">The file to write, ending in <c>.png</c> or <c>.svg</c>; its folder is created if needed.</param>
    /// <param name="title">The plot's title; default <c>Decision boundary</c>.</param>
    /// <param name="featureNames">The two features' names for the axes; default null = <c>x₁</c>, <c>x₂</c>.</param>
    /// <param name="classNames">A name per class for the legend; default null = <c>class 0</c>, <c>class 1</c>, ….</param>
    /// <param name="resolution">Grid cells per axis, 10 to 1000; default 200.</param>
    /// <param name="width">The image width in pixels; default 800.</param>
    /// <param name="height">The image height in pixels; default 600.</param>
    /// <returns>The full path of the file written.</returns>
    /// <exception cref="ArgumentException">The data or the predictions do not have the shapes above, or the path is not .png / .svg.</exception>
    public static string Save(Func<Tensor, Tensor> predict, Tensor x, Tensor y, string path, string title = "Decision boundary", IReadOnlyList<string>? featureNames = null, IReadOnlyList<string>? classNames = null, int resolution = 200, int width = 800, int height = 600)
    {
        ArgumentNullException.ThrowIfNull(predict);
        int[] classes = CheckData(x, y, featureNames, resolution);
        var (xRange, yRange) = (Range(x, 0), Range(x, 1));
        Tensor grid = Grid(xRange, yRange, resolution);
        Tensor output = predict(grid);
        int columns = output.Rank >= 2 ? output.Shape[^1] : 1;
        if (output.Size != resolution * resolution * columns)
        {
            throw new ArgumentException($"{Owner}: the prediction of {resolution * resolution} grid points has shape {output.Shape}; expected ({resolution * resolution},), ({resolution * resolution}, 1) or ({resolution * resolution}, classes).", nameof(predict));
        }

        int classCount = Math.Max(Math.Max(columns, 2), classes.Max() + 1);
        if (classNames is not null && classNames.Count != classCount)
        {
            throw new ArgumentException($"{Owner} expects {classCount} class names, received {classNames.Count}.", nameof(classNames));
        }

        Plot plot = Charts.Create(title, featureNames?[0] ?? "x₁", featureNames?[1] ?? "x₂");
        plot.Add.ImageRect(Regions(output, columns, resolution), new CoordinateRect(xRange.Low, xRange.High, yRange.Low, yRange.High));
        AddPoints(plot, x, classes, classCount, classNames);
        plot.Axes.SetLimits(xRange.Low, xRange.High, yRange.Low, yRange.High);
        Charts.ShowLegend(plot, Alignment.UpperRight);
        return ChartFile.Save(plot, path, width, height, Owner);
    }
}
