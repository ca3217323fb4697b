using Dendrite.Models;
using Dendrite.Nn.Activations;
using Dendrite.Nn.Layers;
using Dendrite.Nn.Losses;
using Dendrite.Optimizers;
using Dendrite.Tensors;
using Dendrite.Training;
using Dendrite.Training.Callbacks;

namespace Dendrite.Tests.Training;

public sealed class FitTests
{
    private static Sequential Classifier(int seed)
    {
        var model = new Sequential([new Input(new Shape(3)), new Dense(5, Activation.Relu), new Dense(1, Activation.Sigmoid)], seed: seed);
        model.Compile(new Adam(learningRate: 0.01), new BinaryCrossentropy(), metrics: ["accuracy"]);
        return model;
    }

    private static Sequential Regressor(int seed, double learningRate = 0.05)
    {
        var model = new Sequential([new Input(new Shape(3)), new Dense(1)], seed: seed);
        model.Compile(new SGD(learningRate: learningRate), new MeanSquaredError());
        return model;
    }

    private static float[] Flat(Model model) => model.GetWeights().SelectMany(w => w.ToArray()).ToArray();

    [Fact]
    public void Log_keys_are_metrics_then_loss_then_the_same_with_val_prefix()
    {
        (Tensor x, Tensor y) = TestData.Binary(1, 20);
        var recorder = new RecordingCallback();
        History history = Classifier(1).Fit(x, y, epochs: 2, batchSize: 8, validationSplit: 0.25, callbacks: [recorder], verbose: 0);

        Assert.All(recorder.EpochLogs, logs => Assert.Equal(["accuracy", "loss", "val_accuracy", "val_loss"], logs.Keys));
        Assert.Equal(["accuracy", "loss", "val_accuracy", "val_loss"], history.Values.Keys.Order(StringComparer.Ordinal));
        Assert.Equal([0, 1], history.Epochs);
        Assert.All(history.Values.Values, list => Assert.Equal(2, list.Count));
        Assert.Equal(recorder.EpochLogs[1]["val_loss"], history["val_loss"][1]);
    }

    [Fact]
    public void Without_validation_there_are_no_val_keys()
    {
        (Tensor x, Tensor y) = TestData.Binary(1, 20);
        History history = Classifier(1).Fit(x, y, epochs: 1, verbose: 0);
        Assert.Equal(["accuracy", "loss"], history.Values.Keys.Order(StringComparer.Ordinal));
        var e = Assert.Throws<KeyNotFoundException>(() => history["val_loss"]);
        Assert.Contains("accuracy, loss", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validation_split_holds_out_the_last_rows_before_shuffling()
    {
        (Tensor x, Tensor y) = TestData.Linear(2, 12);
        // 12 × (1 − 0.25) = 9 training rows; rows 9..11 are validation.
        History split = Regressor(seed: 4).Fit(x, y, epochs: 3, batchSize: 4, validationSplit: 0.25, shuffle: true, verbose: 0);
        Sequential explicitModel = Regressor(seed: 4);
        History explicitRun = explicitModel.Fit(x.Rows(0, 9), y.Rows(0, 9), epochs: 3, batchSize: 4, validationData: (x.Rows(9, 3), y.Rows(9, 3)), shuffle: true, verbose: 0);

        Assert.Equal(explicitRun["loss"], split["loss"]);
        Assert.Equal(explicitRun["val_loss"], split["val_loss"]);
        double firstRows = explicitModel.Evaluate(x.Rows(0, 3), y.Rows(0, 3))["loss"];
        Assert.NotEqual(firstRows, split["val_loss"][^1]);
    }

    [Fact]
    public void Initial_epoch_resumes_numbering_and_trains_only_the_remaining_epochs()
    {
        (Tensor x, Tensor y) = TestData.Linear(2, 10);
        Sequential model = Regressor(seed: 4);
        var recorder = new RecordingCallback();
        History history = model.Fit(x, y, epochs: 5, batchSize: 4, initialEpoch: 3, callbacks: [recorder], verbose: 0);

        Assert.Equal([3, 4], history.Epochs);
        Assert.Equal(["EpochBegin(3)", "EpochBegin(4)"], recorder.Calls.Where(c => c.StartsWith("EpochBegin", StringComparison.Ordinal)));
        Assert.Equal(2 * 3, model.Optimizer!.Iterations);
        Assert.Equal(5, recorder.Params!.Epochs);
    }

    [Fact]
    public void Callback_hooks_come_in_keras_order_with_ceil_n_over_batch_steps()
    {
        (Tensor x, Tensor y) = TestData.Binary(3, 10);
        (Tensor xv, Tensor yv) = TestData.Binary(4, 5);
        var recorder = new RecordingCallback();
        Classifier(2).Fit(x, y, epochs: 2, batchSize: 4, validationData: (xv, yv), callbacks: [recorder], verbose: 0);

        var expected = new List<string> { "TrainBegin" };
        for (int epoch = 0; epoch < 2; epoch++)
        {
            expected.Add($"EpochBegin({epoch})");
            for (int step = 0; step < 3; step++)
            {
                expected.Add($"TrainBatchBegin({step})");
                expected.Add($"TrainBatchEnd({step})");
            }

            expected.AddRange(["TestBegin", "TestBatchBegin(0)", "TestBatchEnd(0)", "TestBatchBegin(1)", "TestBatchEnd(1)", "TestEnd", $"EpochEnd({epoch})"]);
        }

        expected.Add("TrainEnd");
        Assert.Equal(expected, recorder.Calls);
        Assert.Equal(new TrainingParams(2, 3, 0, true), recorder.Params);
    }

    [Fact]
    public void Without_validation_no_test_hooks_are_called()
    {
        (Tensor x, Tensor y) = TestData.Binary(3, 8);
        var recorder = new RecordingCallback();
        Classifier(2).Fit(x, y, epochs: 1, batchSize: 8, callbacks: [recorder], verbose: 0);
        Assert.Equal(["TrainBegin", "EpochBegin(0)", "TrainBatchBegin(0)", "TrainBatchEnd(0)", "EpochEnd(0)", "TrainEnd"], recorder.Calls);
    }

    [Fact]
    public void Evaluate_gives_the_last_epoch_validation_loss_on_the_same_data()
    {
        (Tensor x, Tensor y) = TestData.Binary(5, 24);
        (Tensor xv, Tensor yv) = TestData.Binary(6, 10);
        Sequential model = Classifier(3);
        History history = model.Fit(x, y, epochs: 3, batchSize: 8, validationData: (xv, yv), verbose: 0);
        Logs evaluation = model.Evaluate(xv, yv, batchSize: 8);

        Assert.Equal(["accuracy", "loss"], evaluation.Keys);
        Assert.Equal(history["val_loss"][^1], evaluation["loss"]);
        Assert.Equal(history["val_accuracy"][^1], evaluation["accuracy"]);
    }

    [Fact]
    public void Epoch_loss_is_the_sample_mean_of_batch_losses()
    {
        // Full-batch evaluation and batches of 3 + 3 + 1 rows report the same per-sample mean (up to float32 rounding).
        (Tensor x, Tensor y) = TestData.Linear(7, 7);
        Sequential model = Regressor(seed: 1);
        double whole = model.Evaluate(x, y, batchSize: 7)["loss"];
        double batched = model.Evaluate(x, y, batchSize: 3)["loss"];
        Assert.Equal(whole, batched, tolerance: 1e-6 * whole);
    }

    [Fact]
    public void Predict_in_batches_equals_one_call()
    {
        Sequential model = Classifier(4);
        Tensor x = TestData.Normal(9, 50, 3);
        float[] small = model.Predict(x, batchSize: 7).ToArray();
        Assert.Equal(new Shape(50, 1), model.Predict(x, batchSize: 7).Shape);
        Assert.Equal(small, model.Predict(x, batchSize: 1000).ToArray());
        Assert.Equal(small, model.Call(x).ToArray());
        Assert.Equal(small, model.PredictOnBatch(x).ToArray());
    }

    [Fact]
    public void TrainOnBatch_reports_the_loss_before_its_update_and_lowers_it()
    {
        (Tensor x, Tensor y) = TestData.Linear(3, 8);
        Sequential model = Regressor(seed: 2);
        Logs before = model.TestOnBatch(x, y);
        Logs trained = model.TrainOnBatch(x, y);
        Logs after = model.TestOnBatch(x, y);

        Assert.Equal(["loss"], before.Keys);
        Assert.Equal(before["loss"], trained["loss"]);
        Assert.True(after["loss"] < before["loss"], $"loss {before["loss"]} → {after["loss"]}");
        Assert.Equal(1, model.Optimizer!.Iterations);
        Assert.Equal(model.Evaluate(x, y, batchSize: 8)["loss"], after["loss"]);
    }

    [Fact]
    public void Sample_weights_scale_each_loss_and_divide_by_the_batch_size()
    {
        var model = new Sequential([new Input(new Shape(2)), new Dense(1)], seed: 1);
        model.SetWeights([new float[,] { { 1 }, { -1 } }, new float[] { 0.5f }]);
        model.Compile(new SGD(), new MeanSquaredError());
        Tensor x = new float[,] { { 1, 2 }, { 3, 1 }, { 0, 0 }, { -1, 1 } };
        // predictions: −0.5, 2.5, 0.5, −1.5
        Tensor y = new float[,] { { 0.5f }, { 2.5f }, { 2.5f }, { -3.5f } };
        // squared errors: 1, 0, 4, 4
        Tensor w = new float[] { 1, 7, 0, 0.5f };
        // Keras sum_over_batch_size: (1·1 + 7·0 + 0·4 + 0.5·4) / 4 = 0.75
        Assert.Equal(0.75, model.Evaluate(x, y, sampleWeight: w)["loss"], 6);
        Assert.Equal(0.75, model.TestOnBatch(x, y, w)["loss"], 6);
        Assert.Equal(2.25, model.Evaluate(x, y)["loss"], 6);
    }

    [Fact]
    public void A_zero_sample_weight_removes_the_sample_from_training()
    {
        (Tensor x, Tensor y) = TestData.Linear(8, 8);
        Tensor wild = y.Clone();
        wild.SetFlat(5, 1000);
        Tensor w = Tensor.Ones(new Shape(8));
        w.SetFlat(5, 0);

        Sequential a = Regressor(seed: 3);
        Sequential b = Regressor(seed: 3);
        History ha = a.Fit(x, y, epochs: 2, batchSize: 4, sampleWeight: w, verbose: 0);
        History hb = b.Fit(x, wild, epochs: 2, batchSize: 4, sampleWeight: w, verbose: 0);
        Assert.Equal(Flat(a), Flat(b));
        Assert.Equal(ha["loss"], hb["loss"]);

        Sequential c = Regressor(seed: 3);
        c.Fit(x, wild, epochs: 2, batchSize: 4, verbose: 0);
        Assert.NotEqual(Flat(a), Flat(c));
    }

    [Fact]
    public void Training_lowers_the_loss_of_a_linear_problem()
    {
        (Tensor x, Tensor y) = TestData.Linear(10, 64);
        History history = Regressor(seed: 1).Fit(x, y, epochs: 20, batchSize: 16, verbose: 0);
        Assert.True(history["loss"][^1] < 0.05 * history["loss"][0], $"loss {history["loss"][0]} → {history["loss"][^1]}");
    }
}
