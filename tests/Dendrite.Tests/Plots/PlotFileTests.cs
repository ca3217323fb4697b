// Every plot writes a real PNG of the requested size (signature + IHDR) or an SVG document, through a temporary
// file renamed into place: no .tmp file is left behind and an existing file is replaced whole.
using Dendrite.Metrics;
using Dendrite.Plots;
using Dendrite.Tensors;

namespace Dendrite.Tests.Plots;

public class PlotFileTests
{
    private static readonly Dictionary<string, IReadOnlyList<double>> s_history = new()
    {
        ["accuracy"] = [0.5, 0.7, 0.8],
        ["loss"] = [0.9, 0.6, 0.5],
        ["val_accuracy"] = [0.4, 0.75, 0.7],
        ["val_loss"] = [1.0, 0.55, 0.6],
    };

    [Fact]
    public void LearningCurves_WritesOnePanelPerQuantityTwoToARow()
    {
        using var files = new ImageFiles();
        string path = LearningCurves.Save(s_history, files.PathOf("curves.png"), panelWidth: 300, panelHeight: 200);
        Assert.Equal((600, 200), ImageFiles.PngSize(path)); // accuracy and loss side by side; val_ keys share their panels
        Assert.Equal([Path.GetFileName(path)], Directory.GetFiles(files.Folder).Select(Path.GetFileName));
    }

    [Fact]
    public void Svg_IsAnSvgDocumentWithTheTextAsText()
    {
        using var files = new ImageFiles();
        string path = LearningCurves.Save(s_history, files.PathOf("curves.svg"), panelWidth: 300, panelHeight: 200);
        var root = ImageFiles.SvgRoot(path);
        Assert.Equal("600", root.Attribute("width")!.Value);
        Assert.Contains("best epoch 2", File.ReadAllText(path));
    }

    [Fact]
    public void Save_ReplacesAnExistingFileAndLeavesNoTemporaryFile()
    {
        using var files = new ImageFiles();
        string path = files.PathOf("cm.png");
        File.WriteAllText(path, "old");
        ConfusionMatrixPlot.Save(new[,] { { 5, 1 }, { 2, 7 } }, path, ["no", "yes"], width: 320, height: 240);
        Assert.Equal((320, 240), ImageFiles.PngSize(path));
        Assert.Single(Directory.GetFiles(files.Folder));
    }

    [Fact]
    public void Save_CreatesTheFolderAndRejectsOtherExtensions()
    {
        using var files = new ImageFiles();
        string nested = Path.Combine(files.Folder, "a", "b", "roc.png");
        RocCurvePlot.Save([0.1, 0.4, 0.35, 0.8], [0, 0, 1, 1], nested, width: 200, height: 150);
        Assert.Equal((200, 150), ImageFiles.PngSize(nested));
        var error = Assert.Throws<ArgumentException>(() => RocCurvePlot.Save([0.1, 0.8], [0, 1], files.PathOf("roc.jpg")));
        Assert.Contains(".png or .svg file; received the path", error.Message);
        Assert.False(File.Exists(files.PathOf("roc.jpg")));
    }

    [Fact]
    public void EveryPlot_WritesAPngOfTheRequestedSize()
    {
        using var files = new ImageFiles();
        var metric = new ConfusionMatrix(numClasses: 3);
        metric.UpdateLabels([0, 1, 2, 2], [0, 2, 2, 1]);
        Tensor labels = Tensor.FromLabels([0, 1, 2, 2, 1, 0]);
        var probabilities = new Tensor(new float[,] { { .7f, .2f, .1f }, { .2f, .5f, .3f }, { .1f, .3f, .6f }, { .2f, .2f, .6f }, { .3f, .4f, .3f }, { .5f, .4f, .1f } });
        string[] written =
        [
            ConfusionMatrixPlot.Save(metric, files.PathOf("cm.png"), ["a", "b", "c"], normalize: true, width: 400, height: 300),
            RocCurvePlot.Save(labels, probabilities, files.PathOf("roc.png"), width: 400, height: 300),
            PrecisionRecallPlot.Save(labels, probabilities, files.PathOf("pr.png"), width: 400, height: 300),
            PrecisionRecallPlot.Save([0.1, 0.4, 0.35, 0.8], [0, 0, 1, 1], files.PathOf("pr2.png"), width: 400, height: 300),
            RegressionPlots.SavePredictedVsActual([1, 2, 3], [1.1, 1.9, 3.2], files.PathOf("pva.png"), width: 400, height: 300),
            RegressionPlots.SaveResiduals([1, 2, 3], [1.1, 1.9, 3.2], files.PathOf("res.png"), width: 400, height: 300),
            WeightHistograms.Save([new("dense", [0.1, -0.2, 0.3]), new("dense_1", [0.5])], files.PathOf("w.png"), panelWidth: 200, panelHeight: 150),
            GradientNormPlot.Save(new Dictionary<string, IReadOnlyList<double>> { ["dense"] = [1e-4, 0], ["dense_1"] = [0.1, 0.2] }, files.PathOf("g.png"), panelWidth: 200, panelHeight: 150),
        ];
        foreach (string path in written[..6])
        {
            Assert.Equal((400, 300), ImageFiles.PngSize(path));
        }

        Assert.Equal((400, 150), ImageFiles.PngSize(written[6]));
        Assert.Equal((400, 150), ImageFiles.PngSize(written[7]));
    }

    [Fact]
    public void RunPlots_WritesTheClassificationAndRegressionSets()
    {
        using var files = new ImageFiles();
        Tensor yTrue = new float[] { 0, 1, 1, 0, 1 };
        Tensor yPred = new float[] { 0.2f, 0.9f, 0.4f, 0.6f, 0.7f };
        var classification = RunPlots.WriteClassification(files.Folder, yTrue, yPred, ["benign", "malignant"]);
        Assert.Equal(["confusion_matrix.png", "roc_curve.png", "precision_recall.png"], classification.Select(Path.GetFileName));
        var regression = RunPlots.WriteRegression(files.Folder, yTrue, yPred, format: "svg");
        Assert.Equal(["predicted_vs_actual.svg", "residuals.svg"], regression.Select(Path.GetFileName));
        Assert.All(classification, p => ImageFiles.PngSize(p));
        Assert.All(regression, p => ImageFiles.SvgRoot(p));
    }
}
