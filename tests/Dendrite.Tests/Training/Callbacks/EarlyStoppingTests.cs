using Dendrite.Models;
using Dendrite.Nn.Layers;
using Dendrite.Nn.Losses;
using Dendrite.Optimizers;
using Dendrite.Tensors;
using Dendrite.Training;
using Dendrite.Training.Callbacks;

namespace Dendrite.Tests.Training.Callbacks;

public sealed class EarlyStoppingTests
{
    /// <summary>A one-weight model whose kernel is set to 10 + epoch before each scripted epoch end.</summary>
    private static Sequential TinyModel() => new([new Input(new Shape(1)), new Dense(1, useBias: false)], seed: 1);

    private static float Kernel(Model model) => model.GetWeights()[0].ToArray()[0];

    /// <summary>Feeds <paramref name="values"/> of <paramref name="key"/> through the hooks as Fit would; returns the epochs run.</summary>
    private static int Script(EarlyStopping es, Model model, string key, params double[] values)
    {
        es.Model = model;
        model.StopTraining = false;
        es.OnTrainBegin(new Logs());
        int epoch = 0;
        for (; epoch < values.Length && !model.StopTraining; epoch++)
        {
            model.SetWeights([new float[,] { { 10 + epoch } }]);
            es.OnEpochBegin(epoch);
            es.OnEpochEnd(epoch, new Logs { ["loss"] = 1.0, [key] = values[epoch] });
        }

        es.OnTrainEnd(new Logs());
        return epoch;
    }

    [Fact]
    public void Stops_after_patience_epochs_without_improvement()
    {
        Sequential model = TinyModel();
        var es = new EarlyStopping(patience: 2);
        int epochs = Script(es, model, "val_loss", 1.0, 0.9, 0.95, 0.96, 0.97, 0.98);
        Assert.Equal(4, epochs);
        Assert.Equal(3, es.StoppedEpoch);
        Assert.True(model.StopTraining);
        Assert.Equal(0.9, es.Best);
        Assert.Equal(1, es.BestEpoch);
    }

    [Fact]
    public void Patience_zero_stops_at_the_first_non_improvement()
    {
        var es = new EarlyStopping(patience: 0);
        Assert.Equal(3, Script(es, TinyModel(), "val_loss", 1.0, 0.9, 0.9, 0.5));
        Assert.Equal(2, es.StoppedEpoch);
    }

    [Fact]
    public void Keeps_going_while_the_value_improves()
    {
        var es = new EarlyStopping(patience: 1);
        Sequential model = TinyModel();
        Assert.Equal(5, Script(es, model, "val_loss", 1.0, 0.8, 0.6, 0.4, 0.2));
        Assert.Equal(0, es.StoppedEpoch);
        Assert.False(model.StopTraining);
    }

    [Fact]
    public void Changes_smaller_than_min_delta_are_not_improvements()
    {
        var strict = new EarlyStopping(minDelta: 0.1, patience: 1);
        Assert.Equal(2, Script(strict, TinyModel(), "val_loss", 1.0, 0.95, 0.93, 0.5));
        Assert.Equal(1, strict.StoppedEpoch);
        Assert.Equal(1.0, strict.Best);

        var lenient = new EarlyStopping(minDelta: 0.0, patience: 1);
        Assert.Equal(4, Script(lenient, TinyModel(), "val_loss", 1.0, 0.95, 0.93, 0.5));
    }

    [Theory]
    [InlineData("val_loss", "min")]
    [InlineData("loss", "min")]
    [InlineData("val_accuracy", "max")]
    [InlineData("accuracy", "max")]
    [InlineData("val_binary_accuracy", "max")]
    public void Auto_mode_is_max_for_accuracies_and_min_otherwise(string monitor, string mode)
    {
        Assert.Equal(mode, new EarlyStopping(monitor: monitor).Mode);
    }

    [Fact]
    public void Max_mode_treats_rising_values_as_improvement()
    {
        var max = new EarlyStopping(monitor: "val_accuracy", patience: 2);
        Assert.Equal(4, Script(max, TinyModel(), "val_accuracy", 0.5, 0.6, 0.55, 0.58, 0.7));
        Assert.Equal(3, max.StoppedEpoch);
        Assert.Equal(0.6, max.Best);

        var min = new EarlyStopping(monitor: "val_accuracy", mode: "min", patience: 2);
        Assert.Equal(3, Script(min, TinyModel(), "val_accuracy", 0.5, 0.6, 0.55, 0.58, 0.7));
        Assert.Equal(2, min.StoppedEpoch);
    }

    [Fact]
    public void Improvements_that_miss_the_baseline_do_not_reset_the_wait()
    {
        var withBaseline = new EarlyStopping(patience: 2, baseline: 0.5);
        Assert.Equal(3, Script(withBaseline, TinyModel(), "val_loss", 1.0, 0.9, 0.95, 0.96, 0.97));
        Assert.Equal(2, withBaseline.StoppedEpoch);

        var without = new EarlyStopping(patience: 2);
        Assert.Equal(4, Script(without, TinyModel(), "val_loss", 1.0, 0.9, 0.95, 0.96, 0.97));

        var beaten = new EarlyStopping(patience: 2, baseline: 0.95);
        Assert.Equal(4, Script(beaten, TinyModel(), "val_loss", 1.0, 0.9, 0.95, 0.96, 0.97));
    }

    [Fact]
    public void Epochs_before_start_from_epoch_are_ignored()
    {
        var warm = new EarlyStopping(patience: 1, startFromEpoch: 2);
        Assert.Equal(4, Script(warm, TinyModel(), "val_loss", 0.1, 0.2, 1.0, 1.1, 1.2));
        Assert.Equal(3, warm.StoppedEpoch);
        Assert.Equal(1.0, warm.Best);
        Assert.Equal(2, warm.BestEpoch);

        var cold = new EarlyStopping(patience: 1);
        Assert.Equal(2, Script(cold, TinyModel(), "val_loss", 0.1, 0.2, 1.0, 1.1, 1.2));
    }

    [Fact]
    public void Restore_best_weights_puts_back_the_best_epoch_weights()
    {
        Sequential model = TinyModel();
        var es = new EarlyStopping(patience: 2, restoreBestWeights: true);
        Script(es, model, "val_loss", 1.0, 0.5, 0.7, 0.8, 0.9);
        Assert.Equal(3, es.StoppedEpoch);
        Assert.Equal(1, es.BestEpoch);
        Assert.Equal(11f, Kernel(model));
    }

    [Fact]
    public void Without_restore_the_last_weights_stay()
    {
        Sequential model = TinyModel();
        Script(new EarlyStopping(patience: 2), model, "val_loss", 1.0, 0.5, 0.7, 0.8, 0.9);
        Assert.Equal(13f, Kernel(model));
    }

    [Fact]
    public void Restore_best_weights_restores_even_when_training_was_not_stopped()
    {
        Sequential model = TinyModel();
        var es = new EarlyStopping(patience: 5, restoreBestWeights: true);
        Script(es, model, "val_loss", 1.0, 0.5, 0.7);
        Assert.Equal(0, es.StoppedEpoch);
        Assert.Equal(11f, Kernel(model));
    }

    [Fact]
    public void Verbose_reports_stopping_and_restoring_on_the_given_writer()
    {
        using var writer = new StringWriter();
        var es = new EarlyStopping(patience: 1, restoreBestWeights: true, verbose: 1, output: writer);
        Script(es, TinyModel(), "val_loss", 1.0, 0.5, 0.7);
        Assert.Equal("Epoch 3: early stopping\nRestoring model weights from the end of the best epoch: 2.\n", writer.ToString().ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_missing_monitor_key_lists_the_available_keys()
    {
        var es = new EarlyStopping(monitor: "val_los") { Model = TinyModel() };
        es.OnTrainBegin(new Logs());
        var e = Assert.Throws<KeyNotFoundException>(() => es.OnEpochEnd(0, new Logs { ["loss"] = 1, ["val_loss"] = 2 }));
        Assert.Contains("'val_los'", e.Message, StringComparison.Ordinal);
        Assert.Contains("Available: loss, val_loss", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-1, 0.0, "auto")]
    [InlineData(0, -0.1, "auto")]
    [InlineData(0, 0.0, "maximum")]
    public void Invalid_settings_are_rejected(int patience, double minDelta, string mode)
    {
        Assert.ThrowsAny<ArgumentException>(() => new EarlyStopping(patience: patience, minDelta: minDelta, mode: mode));
    }

    [Fact]
    public void Fit_stops_early_and_history_has_fewer_epochs()
    {
        (Tensor x, Tensor y) = TestData.Linear(30, 32);
        var model = new Sequential([new Input(new Shape(3)), new Dense(1)], seed: 2);
        model.Compile(new SGD(learningRate: 0.05), new MeanSquaredError());
        // Full-batch gradient descent lowers the loss every epoch; in max mode that never counts as improvement.
        var es = new EarlyStopping(monitor: "loss", mode: "max", patience: 1);
        History history = model.Fit(x, y, epochs: 20, batchSize: 32, shuffle: false, callbacks: [es], verbose: 0);

        Assert.Equal([0, 1], history.Epochs);
        Assert.Equal(2, history["loss"].Count);
        Assert.True(history["loss"][1] < history["loss"][0]);
        Assert.Equal(1, es.StoppedEpoch);
        Assert.True(model.StopTraining);
    }

    [Fact]
    public void Fit_with_restore_best_weights_ends_on_the_best_epoch_weights()
    {
        (Tensor x, Tensor y) = TestData.Linear(31, 32);
        var model = new Sequential([new Input(new Shape(3)), new Dense(1)], seed: 2);
        model.Compile(new SGD(learningRate: 0.05), new MeanSquaredError());
        var snapshots = new SnapshotCallback();
        var es = new EarlyStopping(monitor: "loss", mode: "max", patience: 2, restoreBestWeights: true);
        model.Fit(x, y, epochs: 10, batchSize: 32, shuffle: false, callbacks: [snapshots, es], verbose: 0);

        Assert.Equal(2, es.StoppedEpoch);
        Assert.Equal(0, es.BestEpoch);
        Assert.Equal(snapshots.Weights[0], model.GetWeights().SelectMany(w => w.ToArray()).ToArray());
        Assert.NotEqual(snapshots.Weights[^1], snapshots.Weights[0]);
    }

    private sealed class SnapshotCallback : Callback
    {
        public List<float[]> Weights { get; } = [];

        public override void OnEpochEnd(int epoch, Logs logs) => Weights.Add(Model!.GetWeights().SelectMany(w => w.ToArray()).ToArray());
    }
}
