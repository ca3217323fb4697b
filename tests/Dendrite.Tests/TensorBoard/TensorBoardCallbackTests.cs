// The TensorBoard callback in a real Fit: what it writes where (Keras' tags and steps), read back with the
// CRC-checking reader, and that a failed Fit leaves complete, closed files.
using Dendrite.Models;
using Dendrite.Nn.Activations;
using Dendrite.Nn.Layers;
using Dendrite.Nn.Losses;
using Dendrite.Optimizers;
using Dendrite.TensorBoard;
using Dendrite.TensorBoard.Protos;
using Dendrite.Tensors;
using Dendrite.Training;
using Dendrite.Training.Callbacks;
using TensorBoardCallback = Dendrite.TensorBoard.TensorBoard;

namespace Dendrite.Tests.TensorBoard;

public sealed class TensorBoardCallbackTests : IDisposable
{
    private readonly string _logDir = Directory.CreateTempSubdirectory("dendrite-tensorboard-").FullName;

    public void Dispose() => Directory.Delete(_logDir, recursive: true);

    private static Sequential Classifier()
    {
        var model = new Sequential([new Input(new Shape(3)), new Dense(4, Activation.Relu, name: "hidden"), new Dense(1, Activation.Sigmoid, name: "out")], seed: 9);
        model.Compile(new Adam(learningRate: 0.01), new BinaryCrossentropy(), metrics: ["accuracy"]);
        return model;
    }

    private static History FitWith(Sequential model, int epochs, params Callback[] callbacks)
    {
        (Tensor x, Tensor y) = TestData.Binary(90, 12);
        (Tensor xv, Tensor yv) = TestData.Binary(91, 6);
        return model.Fit(x, y, epochs: epochs, batchSize: 4, validationData: (xv, yv), callbacks: callbacks, verbose: 0);
    }

    private static List<(long Step, Summary.Types.Value Value)> Values(string directory) =>
        [.. EventFileReader.ReadDirectory(directory).Where(e => e.Summary is not null).SelectMany(e => e.Summary.Value.Select(v => (e.Step, v)))];

    private static float ScalarOf(Summary.Types.Value v) => BitConverter.ToSingle(v.Tensor.TensorContent.Span);

    [Fact]
    public void Writes_Keras_epoch_scalars_into_train_and_validation_runs()
    {
        History history = FitWith(Classifier(), 3, new GradientNorms(), new TensorBoardCallback(_logDir));
        var train = Values(Path.Combine(_logDir, "train"));
        var validation = Values(Path.Combine(_logDir, "validation"));
        Assert.Single(Directory.GetFiles(Path.Combine(_logDir, "train")));
        foreach (string key in new[] { "loss", "accuracy", "grad_norm/hidden", "grad_norm/out" })
        {
            var series = train.Where(t => t.Value.Tag == "epoch_" + key).ToList();
            Assert.Equal([0L, 1, 2], series.Select(t => t.Step));
            Assert.Equal(history[key].Select(v => (float)v), series.Select(t => ScalarOf(t.Value)));
        }

        Assert.All(train.Where(t => t.Value.Tag == "epoch_learning_rate"), t => Assert.Equal(0.01f, ScalarOf(t.Value)));
        var valLoss = validation.Where(t => t.Value.Tag == "epoch_loss").ToList();
        Assert.Equal(history["val_loss"].Select(v => (float)v), valLoss.Select(t => ScalarOf(t.Value)));
        Assert.DoesNotContain(validation, t => t.Value.Tag.Contains("val_", StringComparison.Ordinal));
        // Keras' evaluation_<key>_vs_iterations, at the optimizer's step count: 3 batches per epoch.
        Assert.Equal([3L, 6, 9], validation.Where(t => t.Value.Tag == "evaluation_loss_vs_iterations").Select(t => t.Step));
        Assert.DoesNotContain(train, t => t.Value.Tag.StartsWith("batch_", StringComparison.Ordinal)); // UpdateFrequency.Epoch
        Assert.DoesNotContain(train, t => t.Value.Histo is not null);                                     // histogramFreq 0
    }

    [Fact]
    public void Writes_batch_scalars_histograms_and_the_model_summary_on_request()
    {
        FitWith(Classifier(), 3, new TensorBoardCallback(_logDir, histogramFreq: 2, updateFreq: UpdateFrequency.EveryBatches(2)));
        var train = Values(Path.Combine(_logDir, "train"));
        Assert.Equal([2L, 4, 6, 8], train.Where(t => t.Value.Tag == "batch_loss").Select(t => t.Step)); // 9 batches, every 2nd

        var kernel = train.Where(t => t.Value.Tag == "hidden/kernel/histogram").ToList();
        Assert.Equal([0L, 2], kernel.Select(t => t.Step));
        Assert.All(kernel, t => Assert.Equal(12.0, t.Value.Histo.Num)); // 3 × 4 weights
        var gradient = train.Where(t => t.Value.Tag == "out/bias/gradient_histogram").ToList();
        Assert.Equal([0L, 2], gradient.Select(t => t.Step));
        Assert.All(gradient, t => Assert.Equal(1.0, t.Value.Histo.Num));

        var (step, text) = Assert.Single(train, t => t.Value.Tag == "model_summary");
        Assert.Equal(0, step);
        Assert.Equal("text", text.Metadata.PluginData.PluginName);
        Assert.Equal(DataType.DtString, text.Tensor.Dtype);
        string markdown = text.Tensor.StringVal[0].ToStringUtf8();
        Assert.Contains("hidden (Dense)", markdown, StringComparison.Ordinal);
        Assert.All(markdown.Split('\n'), line => Assert.StartsWith("    ", line, StringComparison.Ordinal)); // a Markdown code block
    }

    [Fact]
    public void Hyper_parameters_go_to_the_hparams_plugin_with_a_session_start_and_end()
    {
        var hparams = new Dictionary<string, object> { ["learning_rate"] = 0.01, ["optimizer"] = "adam", ["units"] = 4, ["shuffle"] = true };
        FitWith(Classifier(), 1, new TensorBoardCallback(_logDir, writeGraph: false, hparams: hparams));
        var root = Values(_logDir);
        Assert.Equal([Summaries.HParamsStartTag, Summaries.HParamsEndTag], root.Select(t => t.Value.Tag));
        Assert.All(root, t => Assert.Equal("hparams", t.Value.Metadata.PluginData.PluginName));
        HParamsPluginData start = HParamsPluginData.Parser.ParseFrom(root[0].Value.Metadata.PluginData.Content);
        Assert.Equal(0, start.Version);
        Assert.Equal(0.01, start.SessionStartInfo.Hparams["learning_rate"].NumberValue);
        Assert.Equal("adam", start.SessionStartInfo.Hparams["optimizer"].StringValue);
        Assert.Equal(4.0, start.SessionStartInfo.Hparams["units"].NumberValue);
        Assert.True(start.SessionStartInfo.Hparams["shuffle"].BoolValue);
        HParamsPluginData end = HParamsPluginData.Parser.ParseFrom(root[1].Value.Metadata.PluginData.Content);
        Assert.Equal(HParamsStatus.StatusSuccess, end.SessionEndInfo.Status);
        Assert.DoesNotContain(Values(Path.Combine(_logDir, "train")), t => t.Value.Tag == "model_summary"); // writeGraph: false
    }

    private sealed class FailAtEpoch(int epoch) : Callback
    {
        public override void OnEpochEnd(int e, Logs logs)
        {
            if (e == epoch)
            {
                throw new InvalidOperationException("disk on fire");
            }
        }
    }

    [Fact]
    public void A_failed_Fit_leaves_complete_closed_files_holding_every_finished_epoch()
    {
        var tensorBoard = new TensorBoardCallback(_logDir, updateFreq: UpdateFrequency.Batch);
        Assert.Throws<InvalidOperationException>(() => FitWith(Classifier(), 5, tensorBoard, new FailAtEpoch(2)));
        foreach (string file in tensorBoard.Files)
        {
            using (new FileStream(file, FileMode.Open, FileAccess.ReadWrite, FileShare.None))
            {
                // opening it exclusively proves no handle is left open
            }
        }

        var train = Values(Path.Combine(_logDir, "train"));
        Assert.Equal([0L, 1, 2], train.Where(t => t.Value.Tag == "epoch_loss").Select(t => t.Step)); // epoch 2 was flushed before the failing callback ran
        Assert.Equal(Enumerable.Range(1, 9).Select(i => (long)i), train.Where(t => t.Value.Tag == "batch_loss").Select(t => t.Step));
    }

    [Fact]
    public void Bad_settings_are_rejected_with_what_was_received()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new TensorBoardCallback(_logDir, histogramFreq: -1));
        Assert.StartsWith("TensorBoard histogramFreq must be >= 0 (0 = no histograms), received -1.", e.Message, StringComparison.Ordinal);
        var h = Assert.Throws<ArgumentException>(() => new TensorBoardCallback(_logDir, hparams: new Dictionary<string, object> { ["layers"] = new[] { 1, 2 } }));
        Assert.StartsWith("TensorBoard hparams['layers'] must be a finite number, a string or a bool, received Int32[] 'System.Int32[]'.", h.Message, StringComparison.Ordinal);
        var n = Assert.Throws<ArgumentOutOfRangeException>(() => UpdateFrequency.EveryBatches(0));
        Assert.StartsWith("UpdateFrequency.EveryBatches needs batches >= 1, received 0.", n.Message, StringComparison.Ordinal);
        Assert.Equal(UpdateFrequency.Epoch, default);
        Assert.Equal(1, UpdateFrequency.Batch.Batches);
    }
}
