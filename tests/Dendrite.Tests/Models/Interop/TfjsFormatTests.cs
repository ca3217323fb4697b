// The TensorFlow.js layers format without Node: what model.json holds, the 4 MiB shard split, the round trip
// through LoadTfjs, and the errors for what cannot be exported or read.
using System.Text.Json.Nodes;
using Dendrite.Models;
using Dendrite.Models.Saving;
using Dendrite.Nn.Activations;
using Dendrite.Nn.Layers;
using Dendrite.Tensors;
using Dendrite.Tests.Models.Saving;

namespace Dendrite.Tests.Models.Interop;

public sealed class TfjsFormatTests
{
    private static Sequential Small() => new([new Input(new Shape(3)), new Dense(4, Activation.Relu, name: "hidden"), new BatchNormalization(name: "bn"), new Dense(2, name: "out")], name: "small", seed: 3);

    [Fact]
    public void Model_json_has_the_tfjs_layout_keras_configs_and_weight_names()
    {
        using var dir = new TempDirectory();
        Small().SaveTfjs(dir.Path);
        JsonNode json = JsonNode.Parse(File.ReadAllText(dir.File("model.json")))!;

        Assert.Equal("layers-model", json["format"]!.GetValue<string>());
        Assert.Equal("Sequential", json["modelTopology"]!["class_name"]!.GetValue<string>());
        JsonNode first = json["modelTopology"]!["config"]!["layers"]![0]!;
        Assert.Equal("Dense", first["class_name"]!.GetValue<string>());
        Assert.Equal("[null,3]", first["config"]!["batch_input_shape"]!.ToJsonString());
        Assert.Equal("relu", first["config"]!["activation"]!.GetValue<string>());
        Assert.Equal("GlorotUniform", first["config"]!["kernel_initializer"]!["class_name"]!.GetValue<string>());
        JsonNode group = json["weightsManifest"]![0]!;
        Assert.Equal("[\"group1-shard1of1.bin\"]", group["paths"]!.ToJsonString());
        Assert.Equal(
            ["hidden/kernel", "hidden/bias", "bn/gamma", "bn/beta", "bn/moving_mean", "bn/moving_variance", "out/kernel", "out/bias"],
            group["weights"]!.AsArray().Select(w => w!["name"]!.GetValue<string>()));
        Assert.All(group["weights"]!.AsArray(), w => Assert.Equal("float32", w!["dtype"]!.GetValue<string>()));
        Assert.Equal((3 * 4 + 4 + 4 * 4 + 4 * 2 + 2) * sizeof(float), new FileInfo(dir.File("group1-shard1of1.bin")).Length);
    }

    [Fact]
    public void Round_trip_predicts_bit_for_bit_and_keeps_names()
    {
        using var dir = new TempDirectory();
        Sequential model = Small();
        model.SaveTfjs(dir.Path);
        Model loaded = Model.LoadTfjs(dir.File("model.json"));

        Assert.Equal(["hidden", "bn", "out"], loaded.Layers.Where(l => l is not Input).Select(l => l.Name));
        Tensor x = TfjsTestData.Uniform(new Shape(16, 3), 4);
        Assert.Equal(model.Call(x).ToArray(), loaded.Call(x).ToArray());
    }

    [Fact]
    public void Weights_over_4_MiB_are_split_into_shards_like_the_converter()
    {
        using var dir = new TempDirectory();
        var model = new Sequential([new Input(new Shape(1100)), new Dense(1000, name: "wide")], seed: 1);
        model.SaveTfjs(dir.Path);

        // (1100 · 1000 + 1000) floats = 4,404,000 bytes: one full 4,194,304-byte shard and the rest.
        Assert.Equal(4 * 1024 * 1024, new FileInfo(dir.File("group1-shard1of2.bin")).Length);
        Assert.Equal(4_404_000 - (4 * 1024 * 1024), new FileInfo(dir.File("group1-shard2of2.bin")).Length);
        Model loaded = Model.LoadTfjs(dir.Path);
        Assert.Equal(model.Weights[0].Value.ToArray(), loaded.Weights[0].Value.ToArray());
    }

    [Fact]
    public void Unsupported_layers_and_activations_are_named_on_export()
    {
        using var dir = new TempDirectory();
        var hard = new Sequential([new Input(new Shape(2)), new Dense(2, Activation.HardSigmoid, name: "hs")]);
        var error = Assert.Throws<NotSupportedException>(() => hard.SaveTfjs(dir.Path));
        Assert.Contains("Dense 'hs' uses activation 'hard_sigmoid'", error.Message);
        Assert.Contains("clip(0.2x + 0.5, 0, 1)", error.Message);

        var a = new Input(new Shape(2));
        var subtract = new Model([a, new Input(new Shape(2))], [new Subtract(name: "minus").Apply([a, new Dense(2).Apply(a)])]);
        Assert.Contains("Subtract 'minus' cannot be exported: TensorFlow.js has no Subtract layer", Assert.Throws<NotSupportedException>(() => subtract.SaveTfjs(dir.Path)).Message);

        var custom = new Sequential([new Input(new Shape(2)), new Doubling()]);
        Assert.Contains("Doubling 'doubling' cannot be exported to TensorFlow.js", Assert.Throws<NotSupportedException>(() => custom.SaveTfjs(dir.Path)).Message);
        Assert.False(File.Exists(dir.File("model.json")));

        Assert.Throws<InvalidOperationException>(() => new Sequential([new Dense(2)]).SaveTfjs(dir.Path));
    }

    [Fact]
    public void Missing_or_wrong_sized_shards_and_other_dtypes_are_clear_errors()
    {
        using var dir = new TempDirectory();
        Small().SaveTfjs(dir.Path);
        string shard = dir.File("group1-shard1of1.bin");
        byte[] bytes = File.ReadAllBytes(shard);

        File.WriteAllBytes(shard, bytes[..^4]);
        Assert.Contains("(164 bytes)) hold 164 bytes in all; its 8 float32 weights need 168 bytes", Assert.Throws<ModelFileException>(() => Model.LoadTfjs(dir.Path)).Message);

        File.Delete(shard);
        Assert.Contains("weight file 'group1-shard1of1.bin' listed in weightsManifest group 1 is missing", Assert.Throws<ModelFileException>(() => Model.LoadTfjs(dir.Path)).Message);

        File.WriteAllBytes(shard, bytes);
        EditModelJson(dir, json => json["weightsManifest"]![0]!["weights"]![0]!["dtype"] = "int32");
        Assert.Contains("weight 'hidden/kernel' has dtype int32; Dendrite reads float32 weights only", Assert.Throws<ModelFileException>(() => Model.LoadTfjs(dir.Path)).Message);

        Assert.Throws<FileNotFoundException>(() => Model.LoadTfjs(dir.File("nothing-here")));
    }

    [Fact]
    public void An_unknown_layer_class_or_activation_is_named_on_import()
    {
        using var dir = new TempDirectory();
        Small().SaveTfjs(dir.Path);
        EditModelJson(dir, json => json["modelTopology"]!["config"]!["layers"]![1]!["class_name"] = "Conv3D");
        var error = Assert.Throws<ModelFileException>(() => Model.LoadTfjs(dir.Path));
        Assert.Contains("layer 1 (Conv3D 'bn') cannot be imported: layer class 'Conv3D' has no Dendrite equivalent", error.Message);

        Small().SaveTfjs(dir.Path);
        EditModelJson(dir, json => json["modelTopology"]!["config"]!["layers"]![0]!["config"]!["activation"] = "hard_sigmoid");
        Assert.Contains("activation 'hard_sigmoid' cannot be imported: TensorFlow.js' hard_sigmoid is Keras 2's", Assert.Throws<ModelFileException>(() => Model.LoadTfjs(dir.Path)).Message);

        Small().SaveTfjs(dir.Path);
        EditModelJson(dir, json => json["modelTopology"]!["config"]!["layers"]![2]!["config"]!["units_typo"] = 3);
        Assert.Contains("unknown setting 'units_typo'", Assert.Throws<ModelFileException>(() => Model.LoadTfjs(dir.Path)).Message);
    }

    private static void EditModelJson(TempDirectory dir, Action<JsonNode> edit)
    {
        JsonNode json = JsonNode.Parse(File.ReadAllText(dir.File("model.json")))!;
        edit(json);
        File.WriteAllText(dir.File("model.json"), json.ToJsonString());
    }

    /// <summary>A custom layer with no TensorFlow.js converter.</summary>
    private sealed class Doubling() : Layer("doubling")
    {
        public override Tensor Call(Tensor x, bool training = false) => Dendrite.Autodiff.Ops.Multiply(x, 2.0);
    }
}
