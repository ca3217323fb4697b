// Bad input fails at the public boundary with a message naming the plot, what it expected and what it received.
using Dendrite.Models;
using Dendrite.Nn.Activations;
using Dendrite.Nn.Layers;
using Dendrite.Plots;
using Dendrite.Tensors;
using Dendrite.Training.Callbacks;

namespace Dendrite.Tests.Plots;

public class PlotArgumentsTests
{
    [Fact]
    public void LearningCurves_RejectsAnEmptyHistory()
    {
        var error = Assert.Throws<ArgumentException>(() => LearningCurves.Save(new History(), "x.png"));
        Assert.Equal("LearningCurves needs at least one epoch of at least one log key, received 0 keys and 0 epochs. (Parameter 'values')", error.Message);
    }

    [Fact]
    public void LearningCurves_RejectsMismatchedLengthsAndUnknownMonitors()
    {
        var ragged = new Dictionary<string, IReadOnlyList<double>> { ["loss"] = [1, 0.5], ["val_loss"] = [1] };
        Assert.Contains("'epochs' and 'val_loss' of the same length, received 2 and 1", Assert.Throws<ArgumentException>(() => LearningCurves.Save(ragged, "x.png")).Message);
        var plain = new Dictionary<string, IReadOnlyList<double>> { ["loss"] = [1, 0.5] };
        var error = Assert.Throws<ArgumentException>(() => LearningCurves.Save(plain, "x.png", monitor: "val_accuracy"));
        Assert.Contains("cannot mark the best epoch of 'val_accuracy': it was never logged. Logged keys: loss.", error.Message);
        Assert.Contains("mode must be 'auto', 'min' or 'max', received 'up'", Assert.Throws<ArgumentException>(() => LearningCurves.Save(plain, "x.png", mode: "up")).Message);
    }

    [Fact]
    public void BestIndex_IsTheFirstMinimumOrMaximumIgnoringNaN()
    {
        double[] values = [0.5, double.NaN, 0.2, 0.9, 0.2, 0.9];
        Assert.Equal(2, LearningCurves.BestIndex(values, higherIsBetter: false)); // np.nanargmin: first of the ties
        Assert.Equal(3, LearningCurves.BestIndex(values, higherIsBetter: true));
        Assert.Null(LearningCurves.BestIndex([double.NaN], higherIsBetter: false));
    }

    [Fact]
    public void DecisionBoundary_RejectsAModelThatDoesNotTakeTwoFeatures()
    {
        var model = new Sequential([new Input([3]), new Dense(1, Activation.Sigmoid)], seed: 1);
        var x = new Tensor(new float[,] { { 0, 0, 0 } });
        var error = Assert.Throws<ArgumentException>(() => DecisionBoundaryPlot.Save(model, x, new float[] { 0 }, "b.png"));
        Assert.StartsWith("DecisionBoundaryPlot needs a model with 2 input features, shape (batch, 2); model ", error.Message);
        Assert.EndsWith("has input (None, 3). (Parameter 'model')", error.Message);
        Assert.Contains("needs a perceptron with 2 inputs, received one with 3", Assert.Throws<ArgumentException>(() => DecisionBoundaryPlot.Save(new Perceptron(inputs: 3), x, new float[] { 0 }, "b.png")).Message);
    }

    [Fact]
    public void DecisionBoundary_RejectsPointsAndLabelsThatDoNotMatch()
    {
        Func<Tensor, Tensor> predict = grid => Tensor.Zeros(new Shape(grid.Shape[0], 1));
        var threeColumns = new Tensor(new float[,] { { 0, 0, 1 } });
        Assert.Contains("points with 2 features, shape (n, 2) with n ≥ 1; received (1, 3)", Assert.Throws<ArgumentException>(() => DecisionBoundaryPlot.Save(predict, threeColumns, new float[] { 0 }, "b.png")).Message);
        var points = new Tensor(new float[,] { { 0, 0 }, { 1, 1 } });
        Assert.Contains("expects 2 labels (one per point) or one-hot rows, received shape (3,)", Assert.Throws<ArgumentException>(() => DecisionBoundaryPlot.Save(predict, points, new float[] { 0, 1, 1 }, "b.png")).Message);
        Func<Tensor, Tensor> wrong = _ => Tensor.Zeros(new Shape(3));
        Assert.Contains("has shape (3,); expected (400,)", Assert.Throws<ArgumentException>(() => DecisionBoundaryPlot.Save(wrong, points, new float[] { 0, 1 }, "b.png", resolution: 20)).Message);
    }

    [Fact]
    public void ConfusionMatrix_RejectsNonSquareEmptyAndMisnamedMatrices()
    {
        Assert.Contains("square, non-empty count matrix, received 2 × 3", Assert.Throws<ArgumentException>(() => ConfusionMatrixPlot.Save(new int[2, 3], "c.png")).Message);
        Assert.Contains("at least one counted sample", Assert.Throws<ArgumentException>(() => ConfusionMatrixPlot.Save(new int[2, 2], "c.png")).Message);
        Assert.Contains("expects 2 class names for a 2 × 2 matrix, received 3", Assert.Throws<ArgumentException>(() => ConfusionMatrixPlot.Save(new[,] { { 1, 0 }, { 0, 1 } }, "c.png", ["a", "b", "c"])).Message);
    }

    [Fact]
    public void RegressionAndGradientPlots_RejectMismatchedOrInvalidValues()
    {
        Assert.Contains("'actual' and 'predicted' of the same length, received 2 and 1", Assert.Throws<ArgumentException>(() => RegressionPlots.SaveResiduals([1, 2], [1], "r.png")).Message);
        Assert.Contains("one value per sample, shape (n,) or (n, 1), received (2, 2)", Assert.Throws<ArgumentException>(() => RegressionPlots.Column(Tensor.Zeros(new Shape(2, 2)))).Message);
        var negative = new Dictionary<string, IReadOnlyList<double>> { ["dense"] = [0.1, -1] };
        Assert.Contains("norms ≥ 0, received a negative norm for layer 'dense'", Assert.Throws<ArgumentException>(() => GradientNormPlot.Save(negative, "g.png")).Message);
        var ragged = new Dictionary<string, IReadOnlyList<double>> { ["dense"] = [0.1, 0.2], ["dense_1"] = [0.3] };
        Assert.Contains("'dense' and 'dense_1' of the same length, received 2 and 1", Assert.Throws<ArgumentException>(() => GradientNormPlot.Save(ragged, "g.png")).Message);
    }

    [Fact]
    public void ClassCurves_RejectShapesThatDoNotMatch()
    {
        var probabilities = Tensor.Zeros(new Shape(4, 3));
        Assert.Contains("expects 4 labels or one-hot targets of shape (4, 3), received shape (3,)", Assert.Throws<ArgumentException>(() => RocCurvePlot.Save(new float[] { 0, 1, 2 }, probabilities, "r.png")).Message);
        Assert.Contains("class labels in [0, 3), received 5 at row 1", Assert.Throws<ArgumentException>(() => PrecisionRecallPlot.Save(new float[] { 0, 5, 1, 2 }, probabilities, "p.png")).Message);
    }
}
