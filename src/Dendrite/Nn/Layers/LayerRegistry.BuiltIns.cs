// The built-in layers' from-config factories: each reads every setting its layer's GetConfig writes, by the
// Keras 3 names (keras/src/layers/…/get_config): nested objects through their registries (activations,
// initializers, regularizers, constraints), missing settings at the constructor defaults (Keras' from_config).
using Dendrite.Nn.Activations;
using Dendrite.Nn.Constraints;
using Dendrite.Nn.Initializers;
using Dendrite.Nn.Regularizers;
using Dendrite.Tensors;

namespace Dendrite.Nn.Layers;

public static partial class LayerRegistry
{
    private static Dictionary<string, Func<IReadOnlyDictionary<string, object?>, Layer>> BuiltIns() => new(StringComparer.Ordinal)
    {
        ["InputLayer"] = config => Read("InputLayer", config, c => new Input(new Shape(c.RequiredIntArray("shape")), c.NullableString("name"))),
        ["Dense"] = config => Read("Dense", config, c => new Dense(
            c.RequiredInt("units"),
            c.Has("activation") ? ActivationRegistry.Deserialize(c.Raw("activation")) : null,
            c.Bool("use_bias", true),
            InitializerOrNull(c, "kernel_initializer"),
            InitializerOrNull(c, "bias_initializer"),
            c.NullableString("name"),
            RegularizerRegistry.Deserialize(c.Raw("kernel_regularizer")),
            RegularizerRegistry.Deserialize(c.Raw("bias_regularizer")),
            RegularizerRegistry.Deserialize(c.Raw("activity_regularizer")),
            ConstraintRegistry.Deserialize(c.Raw("kernel_constraint")),
            ConstraintRegistry.Deserialize(c.Raw("bias_constraint")))),
        ["Dropout"] = config => Read("Dropout", config, c => new Dropout(c.RequiredDouble("rate"), c.NullableInt("seed"), c.NullableString("name"))),
        ["Flatten"] = config => Read("Flatten", config, c => new Flatten(c.NullableString("name"))),
        ["Activation"] = config => Read("Activation", config, c => new ActivationLayer(
            ActivationRegistry.Deserialize(c.Raw("activation") ?? throw new ArgumentException("Activation config needs the setting 'activation', which is missing.")),
            c.NullableString("name"))),
        ["BatchNormalization"] = config => Read("BatchNormalization", config, c => new BatchNormalization(
            c.Int("axis", -1),
            c.Double("momentum", 0.99),
            c.Double("epsilon", 1e-3),
            c.Bool("center", true),
            c.Bool("scale", true),
            InitializerOrNull(c, "beta_initializer"),
            InitializerOrNull(c, "gamma_initializer"),
            InitializerOrNull(c, "moving_mean_initializer"),
            InitializerOrNull(c, "moving_variance_initializer"),
            RegularizerRegistry.Deserialize(c.Raw("beta_regularizer")),
            RegularizerRegistry.Deserialize(c.Raw("gamma_regularizer")),
            ConstraintRegistry.Deserialize(c.Raw("beta_constraint")),
            ConstraintRegistry.Deserialize(c.Raw("gamma_constraint")),
            c.NullableString("name"))),
        ["LayerNormalization"] = config => Read("LayerNormalization", config, c => new LayerNormalization(
            c.Int("axis", -1),
            c.Double("epsilon", 1e-3),
            c.Bool("center", true),
            c.Bool("scale", true),
            InitializerOrNull(c, "beta_initializer"),
            InitializerOrNull(c, "gamma_initializer"),
            RegularizerRegistry.Deserialize(c.Raw("beta_regularizer")),
            RegularizerRegistry.Deserialize(c.Raw("gamma_regularizer")),
            ConstraintRegistry.Deserialize(c.Raw("beta_constraint")),
            ConstraintRegistry.Deserialize(c.Raw("gamma_constraint")),
            c.NullableString("name"))),
        ["GaussianNoise"] = config => Read("GaussianNoise", config, c => new GaussianNoise(c.RequiredDouble("stddev"), c.NullableInt("seed"), c.NullableString("name"))),
        ["GaussianDropout"] = config => Read("GaussianDropout", config, c => new GaussianDropout(c.RequiredDouble("rate"), c.NullableInt("seed"), c.NullableString("name"))),
        ["AlphaDropout"] = config => Read("AlphaDropout", config, c => new AlphaDropout(c.RequiredDouble("rate"), c.NullableInt("seed"), c.NullableString("name"))),
        ["Add"] = config => Read("Add", config, c => new Add(c.NullableString("name"))),
        ["Subtract"] = config => Read("Subtract", config, c => new Subtract(c.NullableString("name"))),
        ["Multiply"] = config => Read("Multiply", config, c => new Multiply(c.NullableString("name"))),
        ["Average"] = config => Read("Average", config, c => new Average(c.NullableString("name"))),
        ["Maximum"] = config => Read("Maximum", config, c => new Maximum(c.NullableString("name"))),
        ["Concatenate"] = config => Read("Concatenate", config, c => new Concatenate(c.Int("axis", -1), c.NullableString("name"))),
    };

    /// <summary>The initializer of setting <paramref name="key"/>, or null (the layer's default) when it is missing.</summary>
    private static Initializer? InitializerOrNull(ConfigReader c, string key) => c.Has(key) ? InitializerRegistry.Deserialize(c.Raw(key)) : null;
}
