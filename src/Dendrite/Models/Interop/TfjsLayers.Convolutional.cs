// TfjsLayers, convolution and pooling layers (tfjs-layers src/layers/convolutional.ts, pooling.ts; the keys
// below are the ones tfjs 4.22 writes, captured from its own model.json):
//   Conv1D            {filters, kernel_size [k], strides [s], padding, dilation_rate [d], activation, use_bias,
//                      kernel/bias_initializer, kernel/bias/activity_regularizer, kernel/bias_constraint} (no data_format);
//                      tfjs 4.22 throws "CAUSAL padding ... not implemented" when it runs a causal Conv1D, so causal
//                      padding does not export (Keras files with it import)
//   Conv2D            the same with pairs and data_format "channels_last"
//   Conv2DTranspose   Conv2D's keys without dilation_rate (tfjs has none), so a dilated one does not export
//   Max/AveragePooling1D {pool_size [p], padding, strides [s]}; 2-D with pairs and data_format
//   GlobalAverage/MaxPooling1D {} and 2-D {data_format}: tfjs has no keepdims, so keepDims true does not export
//                      (Keras files may carry keepdims, which imports).
// Weights: kernel and bias under the Dendrite names, in the same layouts as Keras and tfjs — (k, cin, filters),
// (kh, kw, cin, filters), and (kh, kw, filters, cin) for the transposed convolution. Only channels_last exists.
using Dendrite.Nn;
using Dendrite.Nn.Layers;

namespace Dendrite.Models.Interop;

internal static partial class TfjsLayers
{
    private static void AddConvolutional(Table table)
    {
        table.Export<Conv1D>(c => c.Padding != Padding.Causal
            ? new("Conv1D", ConvConfig(c, [c.KernelSize], [c.Strides], [c.DilationRate], dataFormat: false))
            : throw new NotSupportedException($"{Where(c)} has causal padding, which TensorFlow.js' Conv1D accepts in its config but does not implement (its predict throws NotImplementedError); use valid or same padding to export."));
        table.Import("Conv1D", (c, name) => new Conv1D(
            c.RequiredInt("filters"), OneInt(c, "kernel_size", null), OneInt(c, "strides", 1), ConvArithmetic.ParsePadding(c.NullableString("padding") ?? "valid", c.What, allowCausal: true),
            OneInt(c, "dilation_rate", 1), TfjsActivations.Import(c.Raw("activation")), c.Bool("use_bias", true),
            TfjsObjects.ImportInitializer(c.Raw("kernel_initializer")), TfjsObjects.ImportInitializer(c.Raw("bias_initializer")), ChannelsLast(c, name),
            TfjsObjects.ImportRegularizer(c.Raw("kernel_regularizer")), TfjsObjects.ImportRegularizer(c.Raw("bias_regularizer")), TfjsObjects.ImportRegularizer(c.Raw("activity_regularizer")),
            TfjsObjects.ImportConstraint(c.Raw("kernel_constraint")), TfjsObjects.ImportConstraint(c.Raw("bias_constraint"))));

        table.Export<Conv2D>(c => new("Conv2D", ConvConfig(c, c.KernelSize.ToArray(), c.Strides.ToArray(), c.DilationRate.ToArray(), dataFormat: true)));
        table.Import("Conv2D", (c, name) => new Conv2D(
            c.RequiredInt("filters"), Pair(c, "kernel_size", null), Pair(c, "strides", 1), Pad(c), Pair(c, "dilation_rate", 1),
            TfjsActivations.Import(c.Raw("activation")), c.Bool("use_bias", true),
            TfjsObjects.ImportInitializer(c.Raw("kernel_initializer")), TfjsObjects.ImportInitializer(c.Raw("bias_initializer")), ChannelsLast(c, name),
            TfjsObjects.ImportRegularizer(c.Raw("kernel_regularizer")), TfjsObjects.ImportRegularizer(c.Raw("bias_regularizer")), TfjsObjects.ImportRegularizer(c.Raw("activity_regularizer")),
            TfjsObjects.ImportConstraint(c.Raw("kernel_constraint")), TfjsObjects.ImportConstraint(c.Raw("bias_constraint"))));

        table.Export<Conv2DTranspose>(c => c.DilationRate == new Size2D(1, 1)
            ? new("Conv2DTranspose", ConvConfig(c, c.KernelSize.ToArray(), c.Strides.ToArray(), null, dataFormat: true))
            : throw new NotSupportedException($"{Where(c)} has dilationRate {c.DilationRate}; TensorFlow.js' Conv2DTranspose has no dilation (it would be dropped silently)."));
        table.Import("Conv2DTranspose", (c, name) => new Conv2DTranspose(
            c.RequiredInt("filters"), Pair(c, "kernel_size", null), Pair(c, "strides", 1), Pad(c), Pair(c, "dilation_rate", 1),
            TfjsActivations.Import(c.Raw("activation")), c.Bool("use_bias", true),
            TfjsObjects.ImportInitializer(c.Raw("kernel_initializer")), TfjsObjects.ImportInitializer(c.Raw("bias_initializer")), ChannelsLast(c, name),
            TfjsObjects.ImportRegularizer(c.Raw("kernel_regularizer")), TfjsObjects.ImportRegularizer(c.Raw("bias_regularizer")), TfjsObjects.ImportRegularizer(c.Raw("activity_regularizer")),
            TfjsObjects.ImportConstraint(c.Raw("kernel_constraint")), TfjsObjects.ImportConstraint(c.Raw("bias_constraint"))));

        table.Export<MaxPooling1D>(p => new("MaxPooling1D", PoolConfig([p.PoolSize], [p.Strides], p.Padding, dataFormat: false)));
        table.Import("MaxPooling1D", (c, name) => new MaxPooling1D(OneInt(c, "pool_size", 2), NullableOneInt(c, "strides"), Pad(c), ChannelsLast(c, name)));
        table.Export<AveragePooling1D>(p => new("AveragePooling1D", PoolConfig([p.PoolSize], [p.Strides], p.Padding, dataFormat: false)));
        table.Import("AveragePooling1D", (c, name) => new AveragePooling1D(OneInt(c, "pool_size", 2), NullableOneInt(c, "strides"), Pad(c), ChannelsLast(c, name)));
        table.Export<MaxPooling2D>(p => new("MaxPooling2D", PoolConfig(p.PoolSize.ToArray(), p.Strides.ToArray(), p.Padding, dataFormat: true)));
        table.Import("MaxPooling2D", (c, name) => new MaxPooling2D(Pair(c, "pool_size", 2), NullablePair(c, "strides"), Pad(c), ChannelsLast(c, name)));
        table.Export<AveragePooling2D>(p => new("AveragePooling2D", PoolConfig(p.PoolSize.ToArray(), p.Strides.ToArray(), p.Padding, dataFormat: true)));
        table.Import("AveragePooling2D", (c, name) => new AveragePooling2D(Pair(c, "pool_size", 2), NullablePair(c, "strides"), Pad(c), ChannelsLast(c, name)));

        table.Export<GlobalAveragePooling1D>(p => GlobalPoolConfig(p, "GlobalAveragePooling1D", dataFormat: false));
        table.Import("GlobalAveragePooling1D", (c, name) => new GlobalAveragePooling1D(c.Bool("keepdims", false), ChannelsLast(c, name)));
        table.Export<GlobalMaxPooling1D>(p => GlobalPoolConfig(p, "GlobalMaxPooling1D", dataFormat: false));
        table.Import("GlobalMaxPooling1D", (c, name) => new GlobalMaxPooling1D(c.Bool("keepdims", false), ChannelsLast(c, name)));
        table.Export<GlobalAveragePooling2D>(p => GlobalPoolConfig(p, "GlobalAveragePooling2D", dataFormat: true));
        table.Import("GlobalAveragePooling2D", (c, name) => new GlobalAveragePooling2D(c.Bool("keepdims", false), ChannelsLast(c, name)));
        table.Export<GlobalMaxPooling2D>(p => GlobalPoolConfig(p, "GlobalMaxPooling2D", dataFormat: true));
        table.Import("GlobalMaxPooling2D", (c, name) => new GlobalMaxPooling2D(c.Bool("keepdims", false), ChannelsLast(c, name)));
    }

    /// <summary>The settings every convolution writes; dilation null for the transposed one (tfjs has none).</summary>
    private static Dictionary<string, object?> ConvConfig(BaseConv c, int[] kernelSize, int[] strides, int[]? dilation, bool dataFormat)
    {
        var config = new Dictionary<string, object?>
        {
            ["filters"] = c.Filters,
            ["kernel_size"] = kernelSize,
            ["strides"] = strides,
            ["padding"] = ConvArithmetic.PaddingName(c.Padding),
        };
        if (dataFormat)
        {
            config["data_format"] = "channels_last";
        }

        if (dilation is not null)
        {
            config["dilation_rate"] = dilation;
        }

        config["activation"] = TfjsActivations.Export(c.Activation, Where(c));
        config["use_bias"] = c.UseBias;
        config["kernel_initializer"] = TfjsObjects.ExportInitializer(c.KernelInitializer, Where(c));
        config["bias_initializer"] = TfjsObjects.ExportInitializer(c.BiasInitializer, Where(c));
        config["kernel_regularizer"] = TfjsObjects.ExportRegularizer(c.KernelRegularizer);
        config["bias_regularizer"] = TfjsObjects.ExportRegularizer(c.BiasRegularizer);
        config["activity_regularizer"] = TfjsObjects.ExportRegularizer(c.ActivityRegularizer);
        config["kernel_constraint"] = TfjsObjects.ExportConstraint(c.KernelConstraint);
        config["bias_constraint"] = TfjsObjects.ExportConstraint(c.BiasConstraint);
        return config;
    }

    private static Dictionary<string, object?> PoolConfig(int[] poolSize, int[] strides, Padding padding, bool dataFormat)
    {
        var config = new Dictionary<string, object?> { ["pool_size"] = poolSize, ["padding"] = ConvArithmetic.PaddingName(padding), ["strides"] = strides };
        if (dataFormat)
        {
            config["data_format"] = "channels_last";
        }

        return config;
    }

    private static TfjsLayerConfig GlobalPoolConfig(BaseGlobalPooling p, string className, bool dataFormat) => p.KeepDims
        ? throw new NotSupportedException($"{Where(p)} has keepDims true; TensorFlow.js' {className} has no keepdims (it would drop the kept axes).")
        : new(className, dataFormat ? new() { ["data_format"] = "channels_last" } : []);

    /// <summary>Reads data_format (channels_last when present) and passes the layer name through.</summary>
    private static string ChannelsLast(ConfigReader c, string name)
    {
        string format = c.NullableString("data_format") ?? "channels_last";
        return format == "channels_last" ? name
            : throw new ArgumentException($"{c.What}: data_format must be channels_last (Dendrite's only layout), received {format}.");
    }

    private static Padding Pad(ConfigReader c) => ConvArithmetic.ParsePadding(c.NullableString("padding") ?? "valid", c.What, allowCausal: false);

    /// <summary>An integer setting written as n or [n] (tfjs writes lists).</summary>
    private static int OneInt(ConfigReader c, string key, int? fallback) => NullableOneInt(c, key) ?? fallback
        ?? throw new ArgumentException($"{c.What}: the setting '{key}' is missing.");

    private static int? NullableOneInt(ConfigReader c, string key) => Ints(c, key) switch
    {
        null => null,
        [int n] => n,
        int[] other => throw new ArgumentException($"{c.What}: setting '{key}' must be an integer or a list of one, received [{string.Join(", ", other)}]."),
    };

    /// <summary>A (height, width) setting written as n or [h, w].</summary>
    private static Size2D Pair(ConfigReader c, string key, int? fallback) => NullablePair(c, key) ?? fallback
        ?? throw new ArgumentException($"{c.What}: the setting '{key}' is missing.");

    private static Size2D? NullablePair(ConfigReader c, string key) => Ints(c, key) switch
    {
        null => null,
        [int n] => n,
        [int h, int w] => (h, w),
        int[] other => throw new ArgumentException($"{c.What}: setting '{key}' must be an integer or a list of two, received [{string.Join(", ", other)}]."),
    };

    /// <summary>An integer or a list of integers, or null when missing.</summary>
    private static int[]? Ints(ConfigReader c, string key) => c.Raw(key) switch
    {
        null => null,
        System.Collections.IEnumerable and not string => c.RequiredIntArray(key),
        _ => [c.RequiredInt(key)],
    };
}
