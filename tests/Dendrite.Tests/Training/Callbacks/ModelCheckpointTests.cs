// ModelCheckpoint, with Keras' semantics: file names from the pattern, saveBestOnly by the monitored value
// (mode min / max / auto), weights-only files, saving every n batches.
using System.Globalization;
using Dendrite.Models;
using Dendrite.Tensors;
using Dendrite.Tests.Models.Saving;
using Dendrite.Training;
using Dendrite.Training.Callbacks;

namespace Dendrite.Tests.Training.Callbacks;

public sealed class ModelCheckpointTests
{
    [Fact]
    public void Every_epoch_is_saved_under_the_formatted_name_and_loads()
    {
        using var dir = new TempDirectory();
        var model = SavingTestModels.Compiled(seed: 8);
        (Tensor x, Tensor y) = TestData.Binary(40, 40);
        var checkpoint = new ModelCheckpoint(Path.Combine(dir.Path, "ckpt", "model-{epoch:02d}-{val_loss:.3f}.dendrite"));
        History history = model.Fit(x, y, epochs: 3, batchSize: 8, validationSplit: 0.25, callbacks: [checkpoint], verbose: 0);

        string[] expected = [.. Enumerable.Range(0, 3).Select(e => string.Create(CultureInfo.InvariantCulture, $"model-{e + 1:00}-{history["val_loss"][e]:F3}.dendrite"))];
        Assert.Equal(expected, Directory.GetFiles(Path.Combine(dir.Path, "ckpt")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(SavingTestModels.FlatWeights(model), SavingTestModels.FlatWeights(Model.Load(Path.Combine(dir.Path, "ckpt", expected[2]))));
    }

    [Fact]
    public void SaveBestOnly_saves_improvements_of_the_monitored_value()
    {
        using var dir = new TempDirectory();
        var output = new StringWriter();
        var checkpoint = new ModelCheckpoint(Path.Combine(dir.Path, "m-{epoch}.dendrite"), saveBestOnly: true, verbose: 1, output: output) { Model = SavingTestModels.Compiled(seed: 1) };
        double[] valLoss = [0.5, 0.7, 0.4, 0.4];
        for (int e = 0; e < valLoss.Length; e++)
        {
            checkpoint.OnEpochEnd(e, new Logs { ["loss"] = 1, ["val_loss"] = valLoss[e] });
        }

        Assert.Equal(["m-1.dendrite", "m-3.dendrite"], Directory.GetFiles(dir.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(0.4, checkpoint.Best);
        string[] lines = output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal($"Epoch 1: val_loss improved from inf to 0.50000, saving model to {Path.Combine(dir.Path, "m-1.dendrite")}", lines[0]);
        Assert.Equal("Epoch 2: val_loss did not improve from 0.50000", lines[1]);
        Assert.Equal("Epoch 4: val_loss did not improve from 0.40000", lines[3]);
    }

    [Fact]
    public void Mode_auto_maximizes_accuracy_and_max_mode_keeps_the_highest()
    {
        using var dir = new TempDirectory();
        Assert.Equal("max", new ModelCheckpoint(dir.File("a.dendrite"), monitor: "val_accuracy").Mode);
        Assert.Equal("min", new ModelCheckpoint(dir.File("a.dendrite"), monitor: "val_loss").Mode);
        var checkpoint = new ModelCheckpoint(Path.Combine(dir.Path, "m-{epoch}.dendrite"), monitor: "val_accuracy", saveBestOnly: true, initialValueThreshold: 0.6) { Model = SavingTestModels.Compiled(seed: 1) };
        double[] accuracy = [0.5, 0.7, 0.65, 0.9];
        for (int e = 0; e < accuracy.Length; e++)
        {
            checkpoint.OnEpochEnd(e, new Logs { ["val_accuracy"] = accuracy[e] });
        }

        Assert.Equal(["m-2.dendrite", "m-4.dendrite"], Directory.GetFiles(dir.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Weights_only_checkpoints_load_with_LoadWeights()
    {
        using var dir = new TempDirectory();
        var model = SavingTestModels.Trained(seed: 4);
        var checkpoint = new ModelCheckpoint(dir.File("w.safetensors"), saveWeightsOnly: true) { Model = model };
        checkpoint.OnEpochEnd(0, new Logs { ["val_loss"] = 1 });
        var other = SavingTestModels.Create(seed: 5);
        other.LoadWeights(dir.File("w.safetensors"));
        Assert.Equal(SavingTestModels.FlatWeights(model), SavingTestModels.FlatWeights(other));
    }

    [Fact]
    public void SaveFreq_counts_batches_across_epochs_as_Keras()
    {
        using var dir = new TempDirectory();
        var checkpoint = new ModelCheckpoint(Path.Combine(dir.Path, "m-{epoch}-{batch}.dendrite"), saveFreq: 3) { Model = SavingTestModels.Compiled(seed: 1) };
        for (int epoch = 0; epoch < 2; epoch++)
        {
            checkpoint.OnEpochBegin(epoch);
            for (int batch = 0; batch < 4; batch++)
            {
                checkpoint.OnTrainBatchEnd(batch, new Logs { ["loss"] = 1 });
            }

            checkpoint.OnEpochEnd(epoch, new Logs { ["loss"] = 1 });
        }

        // 8 batches, a save after every 3rd: epoch 1 batch 3, epoch 2 batch 2.
        Assert.Equal(["m-1-3.dendrite", "m-2-2.dendrite"], Directory.GetFiles(dir.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Bad_settings_are_rejected()
    {
        Assert.Contains("ending in '.dendrite'", Assert.Throws<ArgumentException>(() => new ModelCheckpoint("model.h5")).Message, StringComparison.Ordinal);
        Assert.Contains("ending in '.safetensors'", Assert.Throws<ArgumentException>(() => new ModelCheckpoint("model.dendrite", saveWeightsOnly: true)).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new ModelCheckpoint("m.dendrite", mode: "largest"));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ModelCheckpoint("m.dendrite", saveFreq: 0));
        var checkpoint = new ModelCheckpoint("m-{val_auc}.dendrite") { Model = SavingTestModels.Compiled(seed: 1) };
        Assert.Throws<KeyNotFoundException>(() => checkpoint.OnEpochEnd(0, new Logs { ["loss"] = 1 }));
    }
}
