using Dendrite.Models;
using Dendrite.Nn.Activations;
using Dendrite.Nn.Layers;
using Dendrite.Nn.Losses;
using Dendrite.Optimizers;
using Dendrite.Tensors;
using Dendrite.Training;
using Dendrite.Training.Callbacks;

namespace Dendrite.Tests.Training.Callbacks;

public sealed class CsvLoggerTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("dendrite-csvlogger-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string PathOf(string name) => Path.Combine(_folder, name);

    private static Sequential Classifier()
    {
        var model = new Sequential([new Input(new Shape(3)), new Dense(4, Activation.Relu), new Dense(1, Activation.Sigmoid)], seed: 9);
        model.Compile(new Adam(learningRate: 0.01), new BinaryCrossentropy(), metrics: ["accuracy"]);
        return model;
    }

    private static History FitWith(Sequential model, int epochs, Callback[] callbacks, int initialEpoch = 0)
    {
        (Tensor x, Tensor y) = TestData.Binary(90, 12);
        (Tensor xv, Tensor yv) = TestData.Binary(91, 6);
        return model.Fit(x, y, epochs: epochs, batchSize: 4, validationData: (xv, yv), callbacks: callbacks, verbose: 0, initialEpoch: initialEpoch);
    }

    /// <summary>Reads the file even while the logger still holds it open.</summary>
    private static string ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    [Fact]
    public void Writes_a_header_of_sorted_keys_and_one_row_per_epoch_with_the_history_values()
    {
        string path = PathOf("log.csv");
        History history = FitWith(Classifier(), 3, [new CsvLogger(path)]);
        string[] lines = File.ReadAllText(path).Split("\r\n");

        Assert.Equal(5, lines.Length);
        Assert.Equal("epoch,accuracy,loss,val_accuracy,val_loss", lines[0]);
        Assert.Equal(string.Empty, lines[4]);
        for (int epoch = 0; epoch < 3; epoch++)
        {
            string[] fields = lines[epoch + 1].Split(',');
            Assert.Equal(epoch.ToString(System.Globalization.CultureInfo.InvariantCulture), fields[0]);
            string[] keys = ["accuracy", "loss", "val_accuracy", "val_loss"];
            for (int k = 0; k < keys.Length; k++)
            {
                Assert.Equal(PythonFloat.Repr(history[keys[k]][epoch]), fields[k + 1]);
            }
        }
    }

    [Fact]
    public void The_learning_rate_logged_by_an_earlier_callback_becomes_a_sorted_column()
    {
        string path = PathOf("lr.csv");
        FitWith(Classifier(), 2, [new LearningRateScheduler((e, _) => e == 0 ? 0.5 : 0.25), new CsvLogger(path)]);
        string[] lines = File.ReadAllLines(path);
        Assert.Equal("epoch,accuracy,learning_rate,loss,val_accuracy,val_loss", lines[0]);
        Assert.Equal("0.5", lines[1].Split(',')[2]);
        Assert.Equal("0.25", lines[2].Split(',')[2]);
    }

    [Fact]
    public void Append_continues_the_file_without_repeating_the_header()
    {
        string path = PathOf("resume.csv");
        Sequential model = Classifier();
        FitWith(model, 2, [new CsvLogger(path, append: true)]);
        FitWith(model, 4, [new CsvLogger(path, append: true)], initialEpoch: 2);
        string[] lines = File.ReadAllLines(path);
        Assert.Equal(5, lines.Length);
        Assert.Equal("epoch,accuracy,loss,val_accuracy,val_loss", lines[0]);
        Assert.Equal(["0", "1", "2", "3"], lines[1..].Select(l => l.Split(',')[0]));
    }

    [Fact]
    public void Without_append_a_new_run_overwrites_the_file()
    {
        string path = PathOf("overwrite.csv");
        File.WriteAllText(path, "old,content\r\n1,2\r\n3,4\r\n5,6\r\n7,8\r\n");
        FitWith(Classifier(), 2, [new CsvLogger(path)]);
        string[] lines = File.ReadAllLines(path);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("epoch,", lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Appending_to_an_empty_file_writes_the_header()
    {
        string path = PathOf("empty.csv");
        File.WriteAllText(path, string.Empty);
        var logger = new CsvLogger(path, append: true);
        logger.OnTrainBegin(new Logs());
        logger.OnEpochEnd(0, new Logs { ["loss"] = 0.5 });
        logger.OnTrainEnd(new Logs());
        Assert.Equal("epoch,loss\r\n0,0.5\r\n", File.ReadAllText(path));
    }

    [Fact]
    public void Values_are_written_as_python_prints_them_and_missing_keys_as_NA()
    {
        string path = PathOf("values.csv");
        var logger = new CsvLogger(path, separator: ';');
        logger.OnTrainBegin(new Logs());
        logger.OnEpochEnd(0, new Logs { ["loss"] = 0.25, ["learning_rate"] = 1e-05, ["count"] = 3, ["bad"] = double.NaN });
        logger.OnEpochEnd(1, new Logs { ["loss"] = double.PositiveInfinity, ["extra"] = 1 });
        logger.OnTrainEnd(new Logs());
        Assert.Equal("epoch;bad;count;learning_rate;loss\r\n0;nan;3.0;1e-05;0.25\r\n1;NA;NA;NA;inf\r\n", File.ReadAllText(path));
    }

    [Fact]
    public void Fields_holding_the_separator_or_a_quote_are_quoted()
    {
        string path = PathOf("quoted.csv");
        var logger = new CsvLogger(path);
        logger.OnTrainBegin(new Logs());
        logger.OnEpochEnd(0, new Logs { ["a,b"] = 1, ["say \"hi\""] = 2 });
        logger.OnTrainEnd(new Logs());
        Assert.Equal("epoch,\"a,b\",\"say \"\"hi\"\"\"\r\n0,1.0,2.0\r\n", File.ReadAllText(path));
    }

    [Fact]
    public void Each_epoch_is_on_disk_when_the_next_begins_and_the_file_is_closed_at_train_end()
    {
        string path = PathOf("flushed.csv");
        var seen = new List<int>();
        var reader = new LambdaCallback(onEpochBegin: e => seen.Add(ReadShared(path).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length));
        FitWith(Classifier(), 3, [new CsvLogger(path), reader]);
        Assert.Equal([0, 2, 3], seen);
        using var exclusive = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
        Assert.True(exclusive.Length > 0);
    }

    [Fact]
    public void When_training_throws_the_finished_epochs_are_on_disk_and_dispose_closes_the_file()
    {
        string path = PathOf("crash.csv");
        using var logger = new CsvLogger(path);
        var crash = new LambdaCallback(onEpochBegin: e =>
        {
            if (e == 1)
            {
                throw new InvalidOperationException("crash");
            }
        });
        Assert.Throws<InvalidOperationException>(() => FitWith(Classifier(), 3, [logger, crash]));
        Assert.Equal(2, ReadShared(path).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Throws<IOException>(() => new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None));

        logger.Dispose();
        using var exclusive = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
        Assert.True(exclusive.Length > 0);
    }

    [Fact]
    public void Bad_arguments_and_use_before_training_are_reported()
    {
        Assert.Equal("filename", Assert.ThrowsAny<ArgumentException>(() => new CsvLogger(string.Empty)).ParamName);
        var e = Assert.Throws<ArgumentException>(() => new CsvLogger(PathOf("x.csv"), separator: '"'));
        Assert.Equal("separator", e.ParamName);
        Assert.Contains("U+0022", e.Message, StringComparison.Ordinal);
        var notOpen = Assert.Throws<InvalidOperationException>(() => new CsvLogger(PathOf("y.csv")).OnEpochEnd(0, new Logs { ["loss"] = 1 }));
        Assert.Contains("is not open", notOpen.Message, StringComparison.Ordinal);
    }
}
