using Dendrite.Metrics;

namespace Dendrite.Tests.Metrics;

public class ClassificationReportTests
{
    // scikit-learn classification_report docstring: y_true [0, 1, 2, 2, 2], y_pred [0, 0, 2, 2, 1],
    // target_names ['class 0', 'class 1', 'class 2'] — the printed text, line for line.
    private static readonly int[] s_yTrue = [0, 1, 2, 2, 2];
    private static readonly int[] s_yPred = [0, 0, 2, 2, 1];
    private static readonly string[] s_names = ["class 0", "class 1", "class 2"];

    private const string SklearnText =
        "              precision    recall  f1-score   support\n" +
        "\n" +
        "     class 0       0.50      1.00      0.67         1\n" +
        "     class 1       0.00      0.00      0.00         1\n" +
        "     class 2       1.00      0.67      0.80         3\n" +
        "\n" +
        "    accuracy                           0.60         5\n" +
        "   macro avg       0.50      0.56      0.49         5\n" +
        "weighted avg       0.70      0.60      0.61         5\n";

    [Fact]
    public void Scikit_learn_docstring_text()
    {
        ClassificationReport report = ClassificationReport.FromLabels(s_yTrue, s_yPred, s_names);
        Assert.Equal(SklearnText, report.ToString());
    }

    [Fact]
    public void The_same_numbers_as_data()
    {
        ClassificationReport report = ClassificationReport.FromLabels(s_yTrue, s_yPred, s_names);
        ClassificationReportRow class2 = report.Classes[2];
        Assert.Equal("class 2", class2.Name);
        Assert.Equal(1.0, class2.Precision, 12);
        Assert.Equal(2.0 / 3, class2.Recall, 12);
        Assert.Equal(0.8, class2.F1Score, 12);
        Assert.Equal(3, class2.Support);
        Assert.Equal(0.6, report.Accuracy, 12);
        Assert.Equal(5, report.Support);
        Assert.Equal((1 + (2.0 / 3)) / 3, report.MacroAverage.Recall, 12);
        Assert.Equal(((2.0 / 3) + (3 * 0.8)) / 5, report.WeightedAverage.F1Score, 12);
        Assert.Equal("weighted avg", report.WeightedAverage.Name);
    }

    [Fact]
    public void From_a_confusion_matrix_metric_gives_the_same_report()
    {
        var cm = new ConfusionMatrix();
        cm.UpdateLabels(s_yTrue, s_yPred);
        Assert.Equal(SklearnText, ClassificationReport.FromConfusionMatrix(cm, s_names).ToString());
        Assert.Equal(SklearnText, ClassificationReport.FromConfusionMatrix(cm.Matrix, s_names).ToString());
    }

    [Fact]
    public void Digits_and_default_names()
    {
        // No target names: the labels that occur, sorted (scikit-learn's unique_labels); 5 and 9 here.
        string text = ClassificationReport.FromLabels([9, 5, 9], [9, 9, 9]).ToString(digits: 4);
        string[] lines = text.Split('\n');
        Assert.Equal("           5     0.0000    0.0000    0.0000         1", lines[2]);
        Assert.Equal("           9     0.6667    1.0000    0.8000         2", lines[3]);
        Assert.Equal("    accuracy                         0.6667         3", lines[5]);
    }

    [Fact]
    public void Long_names_widen_the_first_column()
    {
        string text = ClassificationReport.FromLabels([0, 1], [0, 1], ["a rather long name", "b"]).ToString();
        Assert.StartsWith(new string(' ', 19) + " precision", text, StringComparison.Ordinal);
        Assert.Contains("\na rather long name       1.00      1.00      1.00         1\n", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.125, 2, "0.12")] // an exact binary tie: Python rounds half to even, .NET's "F2" alone gives 0.13
    [InlineData(0.375, 2, "0.38")]
    [InlineData(0.665, 2, "0.67")] // 0.665 is stored as 0.66500000000000003…, not a tie
    [InlineData(2.675, 2, "2.67")] // stored as 2.67499999999999982…
    [InlineData(0.5, 0, "0")]
    [InlineData(2.5, 0, "2")]
    [InlineData(1.5, 0, "2")]
    [InlineData(2.0 / 3, 4, "0.6667")]
    public void Numbers_round_as_Python_format(double value, int digits, string expected)
        => Assert.Equal(expected, ClassificationReport.FormatFixed(value, digits));

    [Fact]
    public void Bad_inputs_throw()
    {
        var names = Assert.Throws<ArgumentException>(() => ClassificationReport.FromLabels(s_yTrue, s_yPred, ["a", "b"]));
        Assert.Contains("3 classes (0, 1, 2)", names.Message);
        Assert.Contains("2 target names", names.Message);
        Assert.Throws<ArgumentException>(() => ClassificationReport.FromLabels([0, 1], [0]));
        Assert.Throws<ArgumentException>(() => ClassificationReport.FromConfusionMatrix(new int[2, 3]));
        Assert.Throws<ArgumentException>(() => ClassificationReport.FromConfusionMatrix(new[,] { { 1, -1 }, { 0, 1 } }));
        Assert.Throws<ArgumentOutOfRangeException>(() => ClassificationReport.FromLabels([0], [0]).ToString(digits: -1));
    }
}
