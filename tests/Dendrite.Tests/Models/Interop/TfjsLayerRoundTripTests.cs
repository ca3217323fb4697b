// Every layer with a TensorFlow.js converter, exported and imported back without Node: the model read from
// model.json has layers of the same types and settings and predicts bit for bit what the original predicts.
// Plus the converter coverage check (mirroring the ONNX one): every concrete layer type of the library has a
// tfjs converter, or is in the justified exclusion list below.
using Dendrite.Models;
using Dendrite.Models.Interop;
using Dendrite.Nn.Activations;
using Dendrite.Nn.Layers;
using Dendrite.Tensors;
using Dendrite.Tests.Models.Saving;

namespace Dendrite.Tests.Models.Interop;

public sealed class TfjsLayerRoundTripTests
{
    /// <summary>Layer types with no converter entry, and why.</summary>
    private static readonly Dictionary<Type, string> s_excluded = new()
    {
        [typeof(Input)] = "written as an InputLayer (or a Sequential's batch_input_shape) by TfjsTopology, not through the layer table",
    };

    public static TheoryData<string> Cases => [.. TfjsLayerCases.All.Keys];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Export_then_import_keeps_the_layers_and_predicts_bit_for_bit(string name)
    {
        Model model = TfjsLayerCases.All[name]();
        using var dir = new TempDirectory();
        model.SaveTfjs(dir.Path);
        Model loaded = Model.LoadTfjs(dir.Path);

        Assert.Equal(model.Layers.Select(l => l.GetType()), loaded.Layers.Select(l => l.GetType()));
        Assert.Equal(model.Layers.Where(l => l is not Input).Select(l => l.Name), loaded.Layers.Where(l => l is not Input).Select(l => l.Name));
        foreach (var (original, read) in model.Layers.Zip(loaded.Layers).Where(p => p.First is not Input))
        {
            Assert.True(Dendrite.Nn.ConfigReader.ConfigEquals(original.GetConfig(), read.GetConfig()), $"{original.Name}: the config changed in the round trip");
        }

        List<Tensor> x = TfjsLayerCases.Inputs(model, 7);
        IReadOnlyList<Tensor> expected = model.Call(x);
        IReadOnlyList<Tensor> actual = loaded.Call(x);
        for (int i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i].ToArray(), actual[i].ToArray());
        }
    }

    [Fact]
    public void Every_concrete_layer_type_has_a_tfjs_converter_or_a_justified_exclusion()
    {
        Type[] layerTypes = [.. typeof(Layer).Assembly.GetExportedTypes().Where(t => t.IsSubclassOf(typeof(Layer)) && !t.IsAbstract)];

        Assert.Equal(
            layerTypes.Where(t => !s_excluded.ContainsKey(t)).OrderBy(t => t.Name),
            TfjsLayers.ExportableTypes.OrderBy(t => t.Name));
        Assert.All(s_excluded.Keys, t => Assert.Contains(t, layerTypes));
    }

    [Fact]
    public void Every_converted_layer_type_has_a_round_trip_case()
    {
        var tested = TfjsLayerCases.All.Values.SelectMany(make => make().Layers).SelectMany(Expand).Select(l => l.GetType()).ToHashSet();
        Type[] missing = [.. TfjsLayers.ExportableTypes.Where(t => t != typeof(Subtract) && !tested.Contains(t))];

        Assert.Empty(missing);

        static IEnumerable<Layer> Expand(Layer layer) => layer switch
        {
            TimeDistributed t => [t, .. Expand(t.Layer)],
            Bidirectional b => [b, b.Forward],
            _ => [layer],
        };
    }

    [Fact]
    public void Wrapped_weights_carry_the_names_tfjs_gives_them()
    {
        var model = new Sequential([new Input(new Shape(5, 3)), new Bidirectional(new LSTM(4, returnSequences: true, name: "lstm"), name: "bidirectional"), new TimeDistributed(new Dense(2, name: "dense"), name: "time_distributed")], seed: 2);
        using var dir = new TempDirectory();
        model.SaveTfjs(dir.Path);
        var json = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(dir.File("model.json")))!;

        Assert.Equal(
            ["bidirectional/forward_lstm/kernel", "bidirectional/forward_lstm/recurrent_kernel", "bidirectional/forward_lstm/bias",
             "bidirectional/backward_lstm/kernel", "bidirectional/backward_lstm/recurrent_kernel", "bidirectional/backward_lstm/bias",
             "time_distributed/kernel", "time_distributed/bias"],
            json["weightsManifest"]![0]!["weights"]!.AsArray().Select(w => w!["name"]!.GetValue<string>()));
    }

    [Fact]
    public void Settings_tfjs_cannot_hold_are_named_on_export()
    {
        using var dir = new TempDirectory();
        var gru = new Sequential([new Input(new Shape(4, 2)), new GRU(3, name: "gru")]);
        Assert.Contains("GRU 'gru' has resetAfter true", Assert.Throws<NotSupportedException>(() => gru.SaveTfjs(dir.Path)).Message);

        var pooled = new Sequential([new Input(new Shape(4, 2)), new GlobalMaxPooling1D(keepDims: true, name: "gmp")]);
        Assert.Contains("GlobalMaxPooling1D 'gmp' has keepDims true", Assert.Throws<NotSupportedException>(() => pooled.SaveTfjs(dir.Path)).Message);

        var causal = new Sequential([new Input(new Shape(6, 2)), new Conv1D(2, 3, padding: Padding.Causal, name: "causal")]);
        Assert.Contains("Conv1D 'causal' has causal padding", Assert.Throws<NotSupportedException>(() => causal.SaveTfjs(dir.Path)).Message);

        var dilated = new Sequential([new Input(new Shape(6, 6, 1)), new Conv2DTranspose(2, 3, dilationRate: 2, name: "up")]);
        Assert.Contains("Conv2DTranspose 'up' has dilationRate (2, 2)", Assert.Throws<NotSupportedException>(() => dilated.SaveTfjs(dir.Path)).Message);
        Assert.False(File.Exists(dir.File("model.json")));
    }
}
