// TabularModel: fit preprocessing on a table, train, save to one .dendrite file, load, and predict raw rows with
// missing cells and unseen categories exactly as before saving.
using Dendrite.Data.Modeling;
using Dendrite.Data.Preprocessing;
using Dendrite.Data.Tables;
using Dendrite.Models;
using Dendrite.Nn.Activations;
using Dendrite.Nn.Layers;
using Dendrite.Nn.Losses;
using Dendrite.Optimizers;
using Dendrite.Tensors;
using Dendrite.Tests.Models.Saving;
using Dendrite.Training;

namespace Dendrite.Tests.Data.Modeling;

public sealed class TabularModelTests
{
    internal static TabularModel Train(DataTable train, TabularPreprocessor prep, int epochs = 30)
    {
        var net = new Sequential(
            [new Input(new Shape(prep.FeatureCount)), new Dense(8, Activation.Relu), new Dense(prep.OutputUnits, prep.Task == TabularTask.Multiclass ? Activation.Softmax : Activation.Sigmoid)],
            seed: 7);
        net.Compile(new Adam(learningRate: 0.05), prep.Task == TabularTask.Multiclass ? new SparseCategoricalCrossentropy() : new BinaryCrossentropy(), metrics: ["accuracy"]);
        net.Fit(prep.TransformFeatures(train), prep.TransformTargets(train), epochs: epochs, batchSize: 16, verbose: 0);
        return new TabularModel(prep, net);
    }

    [Fact]
    public void A_saved_and_loaded_model_predicts_raw_rows_identically()
    {
        using var dir = new TempDirectory();
        DataTable train = LoanTables.Create(80, seed: 1);
        TabularPreprocessor prep = TabularPreprocessor.Fit(train, "Status");
        Assert.Equal(TabularTask.Binary, prep.Task);
        Assert.Equal(["bad", "good"], prep.TargetEncoders[0].Classes);
        TabularModel model = Train(train, prep);
        model.Threshold = 0.4;
        TabularPredictions before = model.Predict(LoanTables.Raw());
        model.Save(dir.File("loans.dendrite"));

        TabularModel loaded = TabularModel.Load(dir.File("loans.dendrite"));
        TabularPredictions after = loaded.Predict(LoanTables.Raw());
        Assert.Equal(0.4, loaded.Threshold);
        Assert.Equal(before.Outputs.ToArray(), after.Outputs.ToArray());
        Assert.Equal(before.Probabilities!.ToArray(), after.Probabilities!.ToArray());
        Assert.Equal(before.Labels, after.Labels);
        Assert.Equal(["bad", "good"], after.ProbabilityNames);
        Assert.Equal(prep.FeatureNames, loaded.Preprocessing.FeatureNames);
        Assert.Equal(model.Evaluate(train)["loss"], loaded.Evaluate(train)["loss"], 6);

        float[] p = after.Outputs.ToArray(), probabilities = after.Probabilities!.ToArray();
        for (int r = 0; r < p.Length; r++)
        {
            Assert.Equal(p[r] > 0.4 ? "good" : "bad", after.Labels[r]);
            Assert.Equal(1 - p[r], probabilities[2 * r]);
            Assert.Equal(p[r], probabilities[2 * r + 1]);
        }
    }

    [Fact]
    public void The_network_learns_the_training_rows_through_the_preprocessing()
    {
        DataTable train = LoanTables.Create(120, seed: 2);
        TabularModel model = Train(train, TabularPreprocessor.Fit(train, "Status"), epochs: 40);
        Assert.True(model.Evaluate(train)["accuracy"] > 0.8, "accuracy on the training rows should exceed 0.8");
        // Rows in another column order, with the target present, predict as the same rows in training order.
        DataTable shuffled = train.Select("Status", "Married", "Home", "Age", "Income");
        Assert.Equal(model.Predict(train).Outputs.ToArray(), model.Predict(shuffled).Outputs.ToArray());
    }

    [Fact]
    public void Multiclass_targets_decode_the_arg_max_class()
    {
        string?[] homes = [.. Enumerable.Range(0, 60).Select(i => LoanTables.Homes[i % 3])];
        string?[] plans = [.. homes.Select(h => h == "own" ? "gold" : h == "rent" ? "basic" : "silver")];
        DataTable train = LoanTables.Create(60, seed: 3).Select("Income", "Age").With(new CategoricalColumn("Home", homes)).With(new CategoricalColumn("Plan", plans));
        TabularPreprocessor prep = TabularPreprocessor.Fit(train, "Plan");
        Assert.Equal(TabularTask.Multiclass, prep.Task);
        Assert.Equal(3, prep.OutputUnits);
        TabularModel model = Train(train, prep, epochs: 40);
        TabularPredictions predictions = model.Predict(train);
        Assert.Equal(new Shape(60, 3), predictions.Probabilities!.Shape);
        float[] o = predictions.Outputs.ToArray();
        for (int r = 0; r < 60; r++)
        {
            int best = Enumerable.Range(0, 3).MaxBy(k => o[r * 3 + k]);
            Assert.Equal(prep.TargetEncoders[0].Classes[best], predictions.Labels[r]);
        }

        Assert.True(model.Evaluate(train)["accuracy"] > 0.9, "the plan follows the home, which the network sees one-hot");
    }

    [Fact]
    public void A_plain_model_file_and_a_corrupt_preprocessing_attachment_are_named()
    {
        using var dir = new TempDirectory();
        DataTable train = LoanTables.Create(40, seed: 4);
        TabularModel model = Train(train, TabularPreprocessor.Fit(train, "Status"), epochs: 1);
        model.Model.Attachments.Clear();
        model.Model.Save(dir.File("plain.dendrite"));
        var plain = Assert.Throws<Dendrite.Models.Saving.ModelFileException>(() => TabularModel.Load(dir.File("plain.dendrite")));
        Assert.Equal("it holds a plain model without tabular preprocessing (no attachment 'tabular.json'); load it with Model.Load", plain.Problem);

        model.Save(dir.File("m.dendrite"));
        var entries = ModelFileCorruption.ReadEntries(File.ReadAllBytes(dir.File("m.dendrite")));
        int a = entries.FindIndex(e => e.Key == "attachments/tabular.json");
        entries[a] = new(entries[a].Key, System.Text.Encoding.UTF8.GetBytes(System.Text.Encoding.UTF8.GetString(entries[a].Value).Replace("\"OneHotEncoder\"", "\"TargetEncoder\"", StringComparison.Ordinal)));
        File.WriteAllBytes(dir.File("bad.dendrite"), ModelFileCorruption.WriteEntries(entries, rehash: true));
        var bad = Assert.Throws<Dendrite.Models.Saving.ModelFileException>(() => TabularModel.Load(dir.File("bad.dendrite")));
        Assert.StartsWith("attachment 'tabular.json' is not valid: Unknown transformer kind 'TargetEncoder'", bad.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_network_of_the_wrong_width_is_refused()
    {
        DataTable train = LoanTables.Create(20, seed: 5);
        TabularPreprocessor prep = TabularPreprocessor.Fit(train, "Status");
        var net = new Sequential([new Input(new Shape(3)), new Dense(1)], seed: 1);
        var e = Assert.Throws<Dendrite.Nn.ShapeMismatchException>(() => new TabularModel(prep, net));
        Assert.Equal($"Model '{net.Name}' takes 3 input features, but the preprocessing makes {prep.FeatureCount}.", e.Message);
    }
}
