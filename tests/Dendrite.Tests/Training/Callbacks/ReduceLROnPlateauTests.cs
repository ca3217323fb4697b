using Dendrite.Models;
using Dendrite.Nn.Layers;
using Dendrite.Nn.Losses;
using Dendrite.Optimizers;
using Dendrite.Tensors;
using Dendrite.Training;
using Dendrite.Training.Callbacks;

namespace Dendrite.Tests.Training.Callbacks;

public sealed partial class ReduceLROnPlateauTests
{
    /// <summary>A tiny model compiled with SGD at learning rate 1, for scripted epochs.</summary>
    private static Sequential Compiled(double learningRate = 1.0)
    {
        var model = new Sequential([new Input(new Shape(1)), new Dense(1)], seed: 1);
        model.Compile(new SGD(learningRate: learningRate), new MeanSquaredError());
        return model;
    }

    /// <summary>Feeds <paramref name="values"/> of <paramref name="key"/> to the epoch hooks as Fit would; returns the rate after each epoch.</summary>
    private static double[] Script(ReduceLROnPlateau callback, Model model, string key, params double[] values)
    {
        callback.Model = model;
        callback.OnTrainBegin(new Logs());
        var rates = new double[values.Length];
        for (int epoch = 0; epoch < values.Length; epoch++)
        {
            callback.OnEpochEnd(epoch, new Logs { ["loss"] = 1.0, [key] = values[epoch] });
            rates[epoch] = model.Optimizer!.LearningRate;
        }

        return rates;
    }

    [Fact]
    public void Reduces_after_patience_epochs_without_improvement_and_counts_again()
    {
        // best 0.9 at epoch 1; epochs 2, 3 do not improve → reduce at 3; epochs 4, 5 → reduce at 5.
        var callback = new ReduceLROnPlateau(factor: 0.5, patience: 2, minDelta: 0);
        double[] rates = Script(callback, Compiled(), "val_loss", 1.0, 0.9, 0.95, 0.96, 0.97, 0.98, 0.99);
        Assert.Equal([1, 1, 1, 0.5, 0.5, 0.25, 0.25], rates);
        Assert.Equal(0.9, callback.Best);
        Assert.Equal(1, callback.Wait);
    }

    [Fact]
    public void Patience_zero_reduces_at_every_epoch_without_improvement()
    {
        double[] rates = Script(new ReduceLROnPlateau(factor: 0.5, patience: 0, minDelta: 0), Compiled(), "val_loss", 1.0, 1.0, 0.5, 0.6);
        Assert.Equal([1, 0.5, 0.5, 0.25], rates);
    }

    [Fact]
    public void Cooldown_rests_after_each_reduction()
    {
        // Constant values: epoch 0 sets best; reduce at 1; cooldown 2 → epochs 2 and 3 count down, and
        // epoch 3, no longer cooling, waits 1 ≥ patience → reduce; the same at 5 (Keras: "every other epoch").
        var callback = new ReduceLROnPlateau(factor: 0.5, patience: 1, cooldown: 2, minDelta: 0);
        double[] rates = Script(callback, Compiled(), "val_loss", 1, 1, 1, 1, 1, 1, 1);
        Assert.Equal([1, 0.5, 0.5, 0.25, 0.25, 0.125, 0.125], rates);
        Assert.Equal(1, callback.CooldownCounter);

        double[] without = Script(new ReduceLROnPlateau(factor: 0.5, patience: 1, minDelta: 0), Compiled(), "val_loss", 1, 1, 1, 1);
        Assert.Equal([1, 0.5, 0.25, 0.125], without);
    }

    [Fact]
    public void Improvements_smaller_than_min_delta_do_not_count()
    {
        // 0.95 + 0.1 is not < 1.0: no improvement → reduce; 0.85 + 0.1 < 1.0: improvement.
        var strict = new ReduceLROnPlateau(factor: 0.5, patience: 1, minDelta: 0.1);
        Assert.Equal([1, 0.5, 0.5], Script(strict, Compiled(), "val_loss", 1.0, 0.95, 0.85));
        Assert.Equal(0.85, strict.Best);

        var lenient = new ReduceLROnPlateau(factor: 0.5, patience: 1, minDelta: 0);
        Assert.Equal([1, 1, 1], Script(lenient, Compiled(), "val_loss", 1.0, 0.95, 0.85));
    }

    [Fact]
    public void The_rate_never_goes_below_min_lr_and_waiting_continues_at_the_floor()
    {
        // 1 → 0.1 → max(0.01, 0.05) = 0.05, then 0.05 is not > minLr: no change (Keras keeps counting wait).
        var callback = new ReduceLROnPlateau(factor: 0.1, patience: 0, minDelta: 0, minLr: 0.05);
        double[] rates = Script(callback, Compiled(), "val_loss", 1, 1, 1, 1, 1);
        Assert.Equal([1, 0.1, 0.05, 0.05, 0.05], rates, (a, b) => Math.Abs(a - b) < 1e-15);
        Assert.Equal(2, callback.Wait);
    }

    [Fact]
    public void Max_mode_treats_rising_values_as_improvement()
    {
        var max = new ReduceLROnPlateau(monitor: "val_accuracy", factor: 0.5, patience: 2, minDelta: 0);
        Assert.Equal("max", max.Mode);
        Assert.Equal([1, 1, 1, 0.5], Script(max, Compiled(), "val_accuracy", 0.5, 0.6, 0.6, 0.6));

        var min = new ReduceLROnPlateau(monitor: "val_accuracy", factor: 0.5, patience: 2, minDelta: 0, mode: "min");
        Assert.Equal([1, 1, 0.5, 0.5], Script(min, Compiled(), "val_accuracy", 0.5, 0.6, 0.6, 0.6));
    }

    [Theory]
    [InlineData("val_loss", "min")]
    [InlineData("loss", "min")]
    [InlineData("val_mean_absolute_error", "min")]
    [InlineData("accuracy", "max")]
    [InlineData("val_binary_accuracy", "max")]
    [InlineData("val_auc", "max")]
    [InlineData("f1_score", "max")]
    public void Auto_mode_is_max_for_accuracy_like_metrics_and_min_otherwise(string monitor, string mode)
    {
        Assert.Equal(mode, new ReduceLROnPlateau(monitor: monitor).Mode);
    }

    [Fact]
    public void Logs_the_rate_the_epoch_ran_with_before_reducing()
    {
        Sequential model = Compiled();
        var callback = new ReduceLROnPlateau(factor: 0.5, patience: 0, minDelta: 0) { Model = model };
        callback.OnTrainBegin(new Logs());
        var first = new Logs { ["val_loss"] = 1.0 };
        var second = new Logs { ["val_loss"] = 1.0 };
        callback.OnEpochEnd(0, first);
        callback.OnEpochEnd(1, second);
        Assert.Equal(["val_loss", "learning_rate"], second.Keys);
        Assert.Equal(1.0, first["learning_rate"]);
        Assert.Equal(1.0, second["learning_rate"]);
        Assert.Equal(0.5, model.Optimizer!.LearningRate);
    }

    [Fact]
    public void Train_begin_resets_best_wait_and_cooldown_for_reuse()
    {
        Sequential model = Compiled();
        var callback = new ReduceLROnPlateau(factor: 0.5, patience: 1, cooldown: 3, minDelta: 0);
        Script(callback, model, "val_loss", 0.1, 0.2);
        Assert.Equal(3, callback.CooldownCounter);
        Assert.Equal(0.1, callback.Best);

        callback.OnTrainBegin(new Logs());
        Assert.Equal(double.PositiveInfinity, callback.Best);
        Assert.Equal(0, callback.Wait);
        Assert.Equal(0, callback.CooldownCounter);
    }

    [Fact]
    public void Verbose_prints_keras_message_on_the_given_writer()
    {
        using var writer = new StringWriter();
        var callback = new ReduceLROnPlateau(factor: 0.5, patience: 0, minDelta: 0, verbose: 1, output: writer);
        Script(callback, Compiled(), "val_loss", 1.0, 1.0, 0.5);
        Assert.Equal("\nEpoch 2: ReduceLROnPlateau reducing learning rate to 0.5.\n", writer.ToString().ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_missing_monitor_key_lists_the_available_keys()
    {
        var callback = new ReduceLROnPlateau(monitor: "val_los") { Model = Compiled() };
        callback.OnTrainBegin(new Logs());
        var e = Assert.Throws<KeyNotFoundException>(() => callback.OnEpochEnd(0, new Logs { ["loss"] = 1, ["val_loss"] = 2 }));
        Assert.Contains("'val_los'", e.Message, StringComparison.Ordinal);
        Assert.Contains("Available: loss, val_loss, learning_rate", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_compiled_model_it_says_what_is_missing()
    {
        var callback = new ReduceLROnPlateau();
        var e = Assert.Throws<InvalidOperationException>(() => callback.OnEpochEnd(0, new Logs { ["val_loss"] = 1 }));
        Assert.Contains("compiled model", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1.0, 0, 0, 0.0, 0.0, "auto", "factor")]
    [InlineData(0.0, 0, 0, 0.0, 0.0, "auto", "factor")]
    [InlineData(-0.5, 0, 0, 0.0, 0.0, "auto", "factor")]
    [InlineData(0.1, -1, 0, 0.0, 0.0, "auto", "patience")]
    [InlineData(0.1, 0, -1, 0.0, 0.0, "auto", "cooldown")]
    [InlineData(0.1, 0, 0, -1e-4, 0.0, "auto", "minDelta")]
    [InlineData(0.1, 0, 0, 0.0, -1.0, "auto", "minLr")]
    [InlineData(0.1, 0, 0, 0.0, 0.0, "maximum", "mode")]
    public void Invalid_settings_are_rejected_naming_the_parameter(double factor, int patience, int cooldown, double minDelta, double minLr, string mode, string parameter)
    {
        var e = Assert.ThrowsAny<ArgumentException>(() => new ReduceLROnPlateau(factor: factor, patience: patience, cooldown: cooldown, minDelta: minDelta, minLr: minLr, mode: mode));
        Assert.Equal(parameter, e.ParamName);
    }

    [Fact]
    public void Factor_error_says_the_range_and_the_value()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new ReduceLROnPlateau(factor: 1.5));
        Assert.Contains("factor must be in (0, 1)", e.Message, StringComparison.Ordinal);
        Assert.Contains("received 1.5", e.Message, StringComparison.Ordinal);
    }
}
