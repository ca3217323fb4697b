// TfjsLayers, core layers (tfjs-layers src/layers/core.ts, noise.ts, advanced_activations.ts; Keras 2 configs):
//   Dense             {units, activation, use_bias, kernel/bias_initializer, kernel/bias/activity_regularizer, kernel/bias_constraint}
//   Dropout           {rate, noise_shape: null, seed}          AlphaDropout {rate, noise_shape: null, seed}
//   GaussianNoise     {stddev, seed}                           GaussianDropout {rate, seed}   (tfjs ignores seed)
//   Flatten           {data_format: "channels_last"}; tfjs' Flatten needs rank ≥ 3, so a Flatten of a rank-2
//                     input (an identity) exports as Reshape {target_shape: [features]}, which reads back as
//                     a Reshape layer (TfjsLayers.Reshaping.cs) computing the same.
//   ActivationLayer   Activation {activation} when tfjs has the activation; else LeakyReLU {alpha} or
//                     Softmax {axis}. ELU {alpha} and ReLU {max_value: null} import too (tfjs' ELU layer
//                     rejects α ≠ 1, so an Elu with another α does not export).
using Dendrite.Nn;
using Dendrite.Nn.Activations;
using Dendrite.Nn.Layers;
using Dendrite.Tensors;

namespace Dendrite.Models.Interop;

internal static partial class TfjsLayers
{
    private static void AddCore(Table table)
    {
        table.Export<Dense>(d => new("Dense", new()
        {
            ["units"] = d.Units,
            ["activation"] = TfjsActivations.Export(d.Activation, Where(d)),
            ["use_bias"] = d.UseBias,
            ["kernel_initializer"] = TfjsObjects.ExportInitializer(d.KernelInitializer, Where(d)),
            ["bias_initializer"] = TfjsObjects.ExportInitializer(d.BiasInitializer, Where(d)),
            ["kernel_regularizer"] = TfjsObjects.ExportRegularizer(d.KernelRegularizer),
            ["bias_regularizer"] = TfjsObjects.ExportRegularizer(d.BiasRegularizer),
            ["activity_regularizer"] = TfjsObjects.ExportRegularizer(d.ActivityRegularizer),
            ["kernel_constraint"] = TfjsObjects.ExportConstraint(d.KernelConstraint),
            ["bias_constraint"] = TfjsObjects.ExportConstraint(d.BiasConstraint),
        }));
        table.Import("Dense", (c, name) => new Dense(
            c.RequiredInt("units"),
            TfjsActivations.Import(c.Raw("activation")),
            c.Bool("use_bias", true),
            TfjsObjects.ImportInitializer(c.Raw("kernel_initializer")),
            TfjsObjects.ImportInitializer(c.Raw("bias_initializer")),
            name,
            TfjsObjects.ImportRegularizer(c.Raw("kernel_regularizer")),
            TfjsObjects.ImportRegularizer(c.Raw("bias_regularizer")),
            TfjsObjects.ImportRegularizer(c.Raw("activity_regularizer")),
            TfjsObjects.ImportConstraint(c.Raw("kernel_constraint")),
            TfjsObjects.ImportConstraint(c.Raw("bias_constraint"))));

        table.Export<Dropout>(d => new("Dropout", new() { ["rate"] = d.Rate, ["noise_shape"] = null, ["seed"] = d.Seed }));
        table.Import("Dropout", (c, name) => new Dropout(c.RequiredDouble("rate"), NoNoiseShape(c), name));
        table.Export<AlphaDropout>(d => new("AlphaDropout", new() { ["rate"] = d.Rate, ["noise_shape"] = null, ["seed"] = d.Seed }));
        table.Import("AlphaDropout", (c, name) => new AlphaDropout(c.RequiredDouble("rate"), NoNoiseShape(c), name));
        table.Export<GaussianNoise>(g => new("GaussianNoise", new() { ["stddev"] = g.Stddev, ["seed"] = g.Seed }));
        table.Import("GaussianNoise", (c, name) => new GaussianNoise(c.RequiredDouble("stddev"), c.NullableInt("seed"), name));
        table.Export<GaussianDropout>(g => new("GaussianDropout", new() { ["rate"] = g.Rate, ["seed"] = g.Seed }));
        table.Import("GaussianDropout", (c, name) => new GaussianDropout(c.RequiredDouble("rate"), c.NullableInt("seed"), name));

        table.Export<Flatten>(f => f.InputShape is { Rank: 2 } input
            ? new("Reshape", new() { ["target_shape"] = new[] { input[1] } })
            : new("Flatten", new() { ["data_format"] = "channels_last" }));
        table.Import("Flatten", (c, name) => c.NullableString("data_format") is null or "channels_last"
            ? new Flatten(name)
            : throw new ArgumentException($"{c.What}: data_format channels_first is not supported; Dendrite flattens channels-last."));
        table.Export<ActivationLayer>(ExportActivationLayer);
        table.Import("Activation", (c, name) => new ActivationLayer(TfjsActivations.Import(c.Raw("activation")), name));
        table.Import("LeakyReLU", (c, name) => new ActivationLayer(new LeakyRelu(c.Double("alpha", 0.3)), name));
        table.Import("ELU", (c, name) => new ActivationLayer(new Elu(c.Double("alpha", 1.0)), name));
        table.Import("Softmax", (c, name) => new ActivationLayer(new Softmax(SingleAxis(c, "axis", -1)), name));
        table.Import("ReLU", (c, name) => c.NullableDouble("max_value") is null && c.Double("negative_slope", 0) == 0 && c.Double("threshold", 0) == 0
            ? new ActivationLayer(Activation.Relu, name)
            : throw new ArgumentException($"{c.What}: only a plain ReLU (no max_value, negative_slope or threshold) is supported."));
    }

    private static TfjsLayerConfig ExportActivationLayer(ActivationLayer layer) => layer.Activation switch
    {
        Activation a when TfjsActivations.TryExport(a) is { } name => new("Activation", new() { ["activation"] = name }),
        LeakyRelu leaky => new("LeakyReLU", new() { ["alpha"] = leaky.NegativeSlope }),
        Softmax softmax => new("Softmax", new() { ["axis"] = softmax.Axis }),
        Activation other => new("Activation", new() { ["activation"] = TfjsActivations.Export(other, Where(layer)) }),
    };

    /// <summary>Reads noise_shape, which must be null (Dendrite's dropout masks every element independently), and the seed.</summary>
    private static int? NoNoiseShape(ConfigReader c) => c.Raw("noise_shape") is null
        ? c.NullableInt("seed")
        : throw new ArgumentException($"{c.What}: noise_shape is not supported; Dendrite draws an independent mask per element.");

    /// <summary>An axis given as an int or a one-element list (tfjs writes LayerNormalization's axis as [1]).</summary>
    private static int SingleAxis(ConfigReader c, string key, int fallback) => c.Raw(key) switch
    {
        null => fallback,
        System.Collections.IEnumerable items and not string when items.Cast<object?>().ToArray() is [var only] => Convert.ToInt32(only, System.Globalization.CultureInfo.InvariantCulture),
        int i => i,
        long l => checked((int)l),
        var other => throw new ArgumentException($"{c.What}: setting '{key}' must be one axis (an integer or a one-element list), received {other}."),
    };
}
