// LayerRegistry: every built-in layer is recreated from its Keras class name and config (also after the
// JSON round trip of config.json), keeping non-default activation and initializer settings and Trainable.
using Dendrite.Models.Saving;
using Dendrite.Nn;
using Dendrite.Nn.Activations;
using Dendrite.Nn.Initializers;
using Dendrite.Nn.Layers;
using Dendrite.Tensors;

namespace Dendrite.Tests.Nn.Layers;

public sealed class LayerRegistryTests
{
    private static readonly Dictionary<string, Func<Layer>> s_layers = new()
    {
        ["input"] = () => new Input(new Shape(4, 2)),
        ["dense"] = () => new Dense(3),
        ["dense_custom"] = () => new Dense(5, new LeakyRelu(0.05), useBias: false, kernelInitializer: new RandomUniform(-0.2, 0.3, seed: 8), biasInitializer: new Constant(0.5)),
        ["dropout"] = () => new Dropout(0.5),
        ["dropout_seeded"] = () => new Dropout(0.2, seed: 12),
        ["flatten"] = () => new Flatten(),
        ["activation"] = () => new ActivationLayer(new Elu(alpha: 0.5)),
        ["activation_softmax"] = () => new ActivationLayer(Activation.Softmax),
    };

    public static TheoryData<string> Cases => [.. s_layers.Keys];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Layer_is_recreated_from_its_class_name_and_config(string name)
    {
        Layer layer = s_layers[name]();
        layer.Trainable = false;
        var config = ConfigValues.FromJson(ConfigValues.ToJson(layer.GetConfig(), name));
        Layer copy = LayerRegistry.FromConfig(LayerRegistry.ClassName(layer), config);
        Assert.IsType(layer.GetType(), copy);
        Assert.Equal(layer.Name, copy.Name);
        Assert.False(copy.Trainable);
        Assert.True(ConfigReader.ConfigEquals(layer.GetConfig(), copy.GetConfig()), $"{name}: configs differ");
    }

    [Fact]
    public void Keras_class_names_are_used()
    {
        Assert.Equal("InputLayer", LayerRegistry.ClassName(new Input(new Shape(2))));
        Assert.Equal("Activation", LayerRegistry.ClassName(new ActivationLayer(Activation.Relu)));
        Assert.Equal("Dense", LayerRegistry.ClassName(new Dense(1)));
        Assert.Equal(["Activation", "Dense", "Dropout", "Flatten", "InputLayer"], LayerRegistry.Names.Where(n => n is "Activation" or "Dense" or "Dropout" or "Flatten" or "InputLayer"));
    }

    [Fact]
    public void Unknown_classes_and_settings_fail_with_clear_messages()
    {
        var unknown = Assert.Throws<ArgumentException>(() => LayerRegistry.FromConfig("Conv7D", new Dictionary<string, object?>()));
        Assert.Contains("Unknown layer class 'Conv7D'. Known: ", unknown.Message, StringComparison.Ordinal);
        Assert.Contains("Dense", unknown.Message, StringComparison.Ordinal);

        var setting = Assert.Throws<ArgumentException>(() => LayerRegistry.FromConfig("Dense", new Dictionary<string, object?> { ["units"] = 3, ["kernel_size"] = 2 }));
        Assert.Contains("unknown setting 'kernel_size'", setting.Message, StringComparison.Ordinal);

        var missing = Assert.Throws<ArgumentException>(() => LayerRegistry.FromConfig("Dense", new Dictionary<string, object?> { ["name"] = "d" }));
        Assert.Contains("needs the setting 'units'", missing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Custom_layers_can_be_registered()
    {
        LayerRegistry.Register("TestScale", config => new Flatten((string?)config["name"]));
        Layer layer = LayerRegistry.FromConfig("TestScale", new Dictionary<string, object?> { ["name"] = "scaled", ["trainable"] = false });
        Assert.Equal("scaled", layer.Name);
        Assert.False(layer.Trainable);
    }
}
