using System.Text.RegularExpressions;
using Dendrite.Models;
using Dendrite.Nn.Activations;
using Dendrite.Nn.Layers;
using Dendrite.Nn.Losses;
using Dendrite.Optimizers;
using Dendrite.Tensors;
using Dendrite.Training;
using Dendrite.Training.Callbacks;

namespace Dendrite.Tests.Training.Callbacks;

public sealed class ProgressBarTests
{
    private const string Metrics = @" - accuracy: \d\.\d{4} - loss: \d\.\d{4}( - val_accuracy: \d\.\d{4} - val_loss: \d\.\d{4})?$";

    /// <summary>Trains 3 epochs of 4 steps (16 samples, batch 4) with <paramref name="bar"/> as the only output.</summary>
    internal static void FitWith(Callback bar, bool validation = true, int verbose = 0)
    {
        (Tensor x, Tensor y) = TestData.Binary(40, 16);
        (Tensor xv, Tensor yv) = TestData.Binary(41, 6);
        var model = new Sequential([new Input(new Shape(3)), new Dense(4, Activation.Relu), new Dense(1, Activation.Sigmoid)], seed: 1);
        model.Compile(new Adam(learningRate: 0.01), new BinaryCrossentropy(), metrics: ["accuracy"]);
        model.Fit(x, y, epochs: 3, batchSize: 4, validationData: validation ? (xv, yv) : null, callbacks: [bar], verbose: verbose);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Verbose_1_without_dynamic_display_prints_one_bar_line_per_epoch(bool validation)
    {
        using var writer = new StringWriter();
        FitWith(new ProgressBar(verbose: 1, output: writer, dynamicDisplay: false), validation);
        string[] lines = writer.ToString().Split('\n');

        Assert.Equal(7, lines.Length);
        Assert.Equal(string.Empty, lines[6]);
        for (int epoch = 0; epoch < 3; epoch++)
        {
            Assert.Equal($"Epoch {epoch + 1}/3", lines[2 * epoch]);
            Assert.Matches(@"^\s*4/4 ━{20} \d+s \d+(s|ms|us)/step" + Metrics, lines[(2 * epoch) + 1]);
            Assert.Equal(validation, lines[(2 * epoch) + 1].Contains("val_loss", StringComparison.Ordinal));
        }

        Assert.DoesNotContain('\r', writer.ToString());
        Assert.DoesNotContain('\u001b', writer.ToString());
    }

    [Fact]
    public void Verbose_2_prints_steps_seconds_and_step_time_per_epoch()
    {
        using var writer = new StringWriter();
        FitWith(new ProgressBar(verbose: 2, output: writer, dynamicDisplay: false));
        string[] lines = writer.ToString().Split('\n');

        Assert.Equal(7, lines.Length);
        for (int epoch = 0; epoch < 3; epoch++)
        {
            Assert.Equal($"Epoch {epoch + 1}/3", lines[2 * epoch]);
            Assert.Matches(@"^4/4 - \d+s - \d+(s|ms|us)/step" + Metrics, lines[(2 * epoch) + 1]);
        }
    }

    [Fact]
    public void Dynamic_display_redraws_with_carriage_returns_and_colour()
    {
        using var writer = new StringWriter();
        FitWith(new ProgressBar(verbose: 1, output: writer, dynamicDisplay: true));
        string text = writer.ToString();

        Assert.Contains('\r', text);
        Assert.Contains("\u001b[32m", text, StringComparison.Ordinal);
        string[] lines = text.Split('\n');
        Assert.Equal(7, lines.Length);
        string finalDraw = lines[1][(lines[1].LastIndexOf('\r') + 1)..];
        string plain = Regex.Replace(finalDraw, "\u001b\\[[0-9;]*m", string.Empty);
        Assert.Matches(@"^\s*4/4 ━{20} \d+s \d+(s|ms|us)/step" + Metrics, plain.TrimEnd());
    }

    [Fact]
    public void Verbose_outside_1_and_2_is_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ProgressBar(verbose: 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ProgressBar(verbose: 3));
    }

    [Theory]
    [InlineData(2.4, " 2s/step")]
    [InlineData(0.015, " 15ms/step")]
    [InlineData(0.00034, " 340us/step")]
    public void Step_time_uses_keras_units(double seconds, string expected)
    {
        Assert.Equal(expected, ProgressBar.FormatStepTime(seconds));
    }
}
