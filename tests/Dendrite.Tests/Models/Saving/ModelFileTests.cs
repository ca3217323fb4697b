// Model.Save / Model.Load: the loaded model is the same model — architecture, weights, compile settings,
// optimizer state, random generators — so it predicts bit-identically and Fit continues exactly as the
// original would have (same losses, same weights).
using System.IO.Compression;
using Dendrite.Models;
using Dendrite.Nn.Layers;
using Dendrite.Optimizers;
using Dendrite.Tensors;
using Dendrite.Training;
using Dendrite.Training.Callbacks;

namespace Dendrite.Tests.Models.Saving;

public sealed class ModelFileTests
{
    [Fact]
    public void A_loaded_model_has_the_same_architecture_compile_state_and_predictions()
    {
        using var dir = new TempDirectory();
        Sequential model = SavingTestModels.Trained(seed: 5);
        model.Save(dir.File("model.dendrite"));

        var loaded = Assert.IsType<Sequential>(Model.Load(dir.File("model.dendrite")));
        Assert.Equal((model.Name, model.Seed, model.InputShape, model.OutputShape), (loaded.Name, loaded.Seed, loaded.InputShape, loaded.OutputShape));
        Assert.Equal(model.Layers.Select(l => (l.GetType(), l.Name)), loaded.Layers.Select(l => (l.GetType(), l.Name)));
        for (int i = 0; i < model.Layers.Count; i++)
        {
            Assert.True(Dendrite.Nn.ConfigReader.ConfigEquals(model.Layers[i].GetConfig(), loaded.Layers[i].GetConfig()), $"layer {i} config differs");
        }

        Assert.Equal(model.Weights.Select(w => w.Name), loaded.Weights.Select(w => w.Name));
        Assert.Equal(SavingTestModels.FlatWeights(model), SavingTestModels.FlatWeights(loaded));
        var adam = Assert.IsType<Adam>(loaded.Optimizer);
        Assert.Equal((0.01, 0.8, model.Optimizer!.Iterations), (adam.LearningRate, adam.Beta1, adam.Iterations));
        Assert.Equal(model.Optimizer.GetState().Keys, adam.GetState().Keys);
        Assert.True(Dendrite.Nn.ConfigReader.ConfigEquals(model.Loss!.GetConfig(), loaded.Loss!.GetConfig()));
        Assert.Equal(model.Metrics.Select(m => (m.Name, m.GetType())), loaded.Metrics.Select(m => (m.Name, m.GetType())));

        Tensor x = TestData.Normal(77, 16, 3);
        Assert.Equal(model.Predict(x).ToArray(), loaded.Predict(x).ToArray());
    }

    [Fact]
    public void Fit_after_Load_continues_exactly_as_the_original()
    {
        using var dir = new TempDirectory();
        (Tensor x, Tensor y) = TestData.Binary(32, 48);
        Sequential original = SavingTestModels.Trained(seed: 6);
        original.Save(dir.File("m.dendrite"));
        Model loaded = Model.Load(dir.File("m.dendrite"));

        History expected = original.Fit(x, y, epochs: 3, batchSize: 8, validationSplit: 0.25, verbose: 0);
        History actual = loaded.Fit(x, y, epochs: 3, batchSize: 8, validationSplit: 0.25, verbose: 0);

        Assert.Equal(expected["loss"], actual["loss"]);
        Assert.Equal(expected["val_loss"], actual["val_loss"]);
        Assert.Equal(expected["accuracy"], actual["accuracy"]);
        Assert.Equal(SavingTestModels.FlatWeights(original), SavingTestModels.FlatWeights(loaded));
    }

    [Fact]
    public void Unbuilt_uncompiled_and_shape_built_models_round_trip()
    {
        using var dir = new TempDirectory();
        var unbuilt = new Sequential([new Dense(4), new Dense(2)], name: "plain", seed: 3);
        unbuilt.Save(dir.File("a.dendrite"));
        Model a = Model.Load(dir.File("a.dendrite"));
        Assert.False(a.Built);
        Assert.False(a.IsCompiled);
        Assert.Equal(2, a.Layers.Count);

        var byShape = new Sequential([new Dense(4), new Dense(2)], seed: 3);
        byShape.Build(new Shape(-1, 5));
        byShape.Save(dir.File("b.dendrite"));
        Model b = Model.Load(dir.File("b.dendrite"), compile: false);
        Assert.Equal(new Shape(-1, 5), b.InputShape);
        Assert.Equal(SavingTestModels.FlatWeights(byShape), SavingTestModels.FlatWeights(b));

        Sequential compiled = SavingTestModels.Trained(seed: 2);
        compiled.Save(dir.File("c.dendrite"));
        Assert.False(Model.Load(dir.File("c.dendrite"), compile: false).IsCompiled);
    }

    [Fact]
    public void The_file_is_a_zip_with_config_weights_optimizer_state_and_metadata()
    {
        using var dir = new TempDirectory();
        SavingTestModels.Trained(seed: 5).Save(dir.File("m.dendrite"));
        using ZipArchive zip = ZipFile.OpenRead(dir.File("m.dendrite"));
        Assert.Equal(
            ["config.json", "weights.safetensors", "optimizer.safetensors", "training_state.json", "metadata.json"],
            zip.Entries.Select(e => e.FullName));

        using var config = System.Text.Json.JsonDocument.Parse(zip.GetEntry("config.json")!.Open());
        System.Text.Json.JsonElement root = config.RootElement;
        Assert.Equal("Sequential", root.GetProperty("class_name").GetString());
        var layers = root.GetProperty("config").GetProperty("layers").EnumerateArray().ToList();
        Assert.Equal(["InputLayer", "Dense", "Dropout", "Dense", "Dropout", "Flatten", "Dense", "Activation"], layers.Select(l => l.GetProperty("class_name").GetString()));
        System.Text.Json.JsonElement activation = layers[1].GetProperty("config").GetProperty("activation");
        Assert.Equal("leaky_relu", activation.GetProperty("class_name").GetString());
        Assert.Equal(0.1, activation.GetProperty("config").GetProperty("negative_slope").GetDouble());
        Assert.Equal("tanh", layers[3].GetProperty("config").GetProperty("activation").GetString());
        System.Text.Json.JsonElement compile = root.GetProperty("compile_config");
        Assert.Equal("adam", compile.GetProperty("optimizer").GetProperty("class_name").GetString());
        Assert.Equal("binary_crossentropy", compile.GetProperty("loss").GetProperty("class_name").GetString());
        Assert.Equal("accuracy", compile.GetProperty("metrics")[0].GetString());
    }

    [Fact]
    public void Saving_replaces_the_file_and_leaves_no_temporary_file()
    {
        using var dir = new TempDirectory();
        string path = dir.File("m.dendrite");
        SavingTestModels.Trained(seed: 1).Save(path);
        Sequential second = SavingTestModels.Trained(seed: 2);
        second.Save(path);
        Assert.Equal(["m.dendrite"], Directory.GetFiles(dir.Path).Select(Path.GetFileName));
        Assert.Equal(SavingTestModels.FlatWeights(second), SavingTestModels.FlatWeights(Model.Load(path)));
    }

    [Fact]
    public void Weights_alone_round_trip_and_a_mismatch_names_the_first_weight()
    {
        using var dir = new TempDirectory();
        Sequential source = SavingTestModels.Trained(seed: 11);
        source.SaveWeights(dir.File("w.safetensors"));
        source.Save(dir.File("m.dendrite"));

        Sequential target = SavingTestModels.Create(seed: 12);
        target.LoadWeights(dir.File("w.safetensors"));
        Assert.Equal(SavingTestModels.FlatWeights(source), SavingTestModels.FlatWeights(target));
        Sequential fromModelFile = SavingTestModels.Create(seed: 13);
        fromModelFile.LoadWeights(dir.File("m.dendrite"));
        Assert.Equal(SavingTestModels.FlatWeights(source), SavingTestModels.FlatWeights(fromModelFile));

        Sequential wider = SavingTestModels.Create(seed: 14, hidden: 9);
        float[] before = SavingTestModels.FlatWeights(wider);
        var e = Assert.Throws<Dendrite.Models.Saving.ModelFileException>(() => wider.LoadWeights(dir.File("w.safetensors")));
        string kernel = wider.Layers[1].Name + "/kernel";
        Assert.Contains($"weight '{kernel}' has shape (3, 8) in the file", e.Message, StringComparison.Ordinal);
        Assert.Contains("the model expects (3, 9)", e.Message, StringComparison.Ordinal);
        Assert.Contains("w.safetensors", e.Message, StringComparison.Ordinal);
        Assert.Equal(before, SavingTestModels.FlatWeights(wider));
    }

    [Fact]
    public void A_model_class_without_a_file_description_is_refused_on_save()
    {
        using var dir = new TempDirectory();
        var e = Assert.Throws<NotSupportedException>(() => new OtherModel().Save(dir.File("x.dendrite")));
        Assert.Contains("OtherModel", e.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(dir.Path));
    }

    private sealed class OtherModel() : Model("other", 1)
    {
        public override IReadOnlyList<Layer> Layers => [];

        public override void Build(Shape inputShape) => Built = true;

        public override Tensor Call(Tensor x, bool training = false) => x;
    }
}
