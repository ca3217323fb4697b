// BackupAndRestore: training interrupted at epoch 3 and run again with the same callback resumes at epoch 3
// and ends with the same weights and History, bit for bit, as a run that was never interrupted — whether
// the second run uses a fresh model (a new process) or the same model, interrupted mid-epoch.
using Dendrite.Models;
using Dendrite.Tensors;
using Dendrite.Tests.Models.Saving;
using Dendrite.Training;
using Dendrite.Training.Callbacks;

namespace Dendrite.Tests.Training.Callbacks;

public sealed class BackupAndRestoreTests
{
    private const int Epochs = 6;

    [Fact]
    public void A_fresh_model_resumes_at_the_interrupted_epoch_with_identical_results()
    {
        using var dir = new TempDirectory();
        (Tensor x, Tensor y) = TestData.Binary(50, 48);
        var (expectedWeights, expected) = Uninterrupted(x, y);

        var backup = new BackupAndRestore(Path.Combine(dir.Path, "backup"));
        var before = new History();
        Sequential first = SavingTestModels.Compiled(seed: 10);
        Assert.Throws<InterruptedException>(() => Fit(first, x, y, [before, backup, new Interrupt(epoch: 3, batch: null)]));
        Assert.True(File.Exists(backup.BackupPath));

        Sequential second = SavingTestModels.Compiled(seed: 10);
        History after = Fit(second, x, y, [backup]);

        Assert.Equal([0, 1, 2], before.Epochs);
        Assert.Equal([3, 4, 5], after.Epochs);
        foreach (string key in expected.Values.Keys)
        {
            Assert.Equal(expected[key], [.. before[key], .. after[key]]);
        }

        Assert.Equal(expectedWeights, SavingTestModels.FlatWeights(second));
        Assert.False(Directory.Exists(backup.BackupDir));
    }

    [Fact]
    public void The_same_model_interrupted_mid_epoch_rolls_back_and_resumes_identically()
    {
        using var dir = new TempDirectory();
        (Tensor x, Tensor y) = TestData.Binary(51, 48);
        var (expectedWeights, expected) = Uninterrupted(x, y);

        var backup = new BackupAndRestore(dir.Path, deleteCheckpoint: false);
        Sequential model = SavingTestModels.Compiled(seed: 10);
        Assert.Throws<InterruptedException>(() => Fit(model, x, y, [backup, new Interrupt(epoch: 4, batch: 2)]));
        History after = Fit(model, x, y, [backup]);

        Assert.Equal([4, 5], after.Epochs);
        Assert.Equal(expected["val_loss"].Skip(4), after["val_loss"]);
        Assert.Equal(expectedWeights, SavingTestModels.FlatWeights(model));
        Assert.True(File.Exists(backup.BackupPath));
    }

    [Fact]
    public void A_backup_of_another_architecture_is_refused_naming_the_weight()
    {
        using var dir = new TempDirectory();
        (Tensor x, Tensor y) = TestData.Binary(52, 16);
        var backup = new BackupAndRestore(dir.Path);
        Assert.Throws<InterruptedException>(() => Fit(SavingTestModels.Compiled(seed: 1), x, y, [backup, new Interrupt(epoch: 1, batch: null)]));
        Sequential wider = SavingTestModels.Compiled(seed: 1, hidden: 5);
        var e = Assert.Throws<Dendrite.Models.Saving.ModelFileException>(() => Fit(wider, x, y, [backup]));
        Assert.Contains($"weight '{wider.Layers[1].Name}/kernel' has shape (3, 8) in the file", e.Message, StringComparison.Ordinal);
        Assert.Contains("the model expects (3, 5)", e.Message, StringComparison.Ordinal);
    }

    private static (float[] Weights, History History) Uninterrupted(Tensor x, Tensor y)
    {
        Sequential model = SavingTestModels.Compiled(seed: 10);
        History history = Fit(model, x, y, []);
        return (SavingTestModels.FlatWeights(model), history);
    }

    private static History Fit(Model model, Tensor x, Tensor y, IReadOnlyList<Callback> callbacks) =>
        model.Fit(x, y, epochs: Epochs, batchSize: 8, validationSplit: 0.25, callbacks: callbacks, verbose: 0);

    private sealed class InterruptedException() : Exception("interrupted");

    private sealed class Interrupt(int epoch, int? batch) : Callback
    {
        private int _epoch;

        public override void OnEpochBegin(int e)
        {
            _epoch = e;
            if (e == epoch && batch is null)
            {
                throw new InterruptedException();
            }
        }

        public override void OnTrainBatchEnd(int b, Logs logs)
        {
            if (_epoch == epoch && b == batch)
            {
                throw new InterruptedException();
            }
        }
    }
}
