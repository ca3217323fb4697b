// The from-config factories of the convolution, pooling and reshaping layers, by their Keras 3 config names
// (keras/src/layers/convolutional/base_conv.py, pooling/base_pooling.py, reshaping/*.py get_config).
// Sizes may be an integer or a list, as Keras accepts (kernel_size 3 or [3, 3]); paddings and croppings
// an integer, [symmetric height, symmetric width] or [[top, bottom], [left, right]]. Only channels_last
// data and nearest interpolation exist here, so other values are rejected with the accepted one named.
using Dendrite.Nn.Activations;
using Dendrite.Nn.Constraints;
using Dendrite.Nn.Initializers;
using Dendrite.Nn.Regularizers;
using Dendrite.Tensors;

namespace Dendrite.Nn.Layers;

public static partial class LayerRegistry
{
    private static Dictionary<string, Func<IReadOnlyDictionary<string, object?>, Layer>> AddConvolutionalLayers(Dictionary<string, Func<IReadOnlyDictionary<string, object?>, Layer>> factories)
    {
        factories["Conv1D"] = config => Read("Conv1D", config, c => new Conv1D(
            c.RequiredInt("filters"), One(c, "kernel_size", null), One(c, "strides", 1), ConvArithmetic.ParsePadding(c.NullableString("padding") ?? "valid", c.What, allowCausal: true), One(c, "dilation_rate", 1),
            Activation(c), c.Bool("use_bias", true), InitializerOrNull(c, "kernel_initializer"), InitializerOrNull(c, "bias_initializer"), Named(c),
            RegularizerRegistry.Deserialize(c.Raw("kernel_regularizer")), RegularizerRegistry.Deserialize(c.Raw("bias_regularizer")), RegularizerRegistry.Deserialize(c.Raw("activity_regularizer")),
            ConstraintRegistry.Deserialize(c.Raw("kernel_constraint")), ConstraintRegistry.Deserialize(c.Raw("bias_constraint"))));
        factories["Conv2D"] = config => Read("Conv2D", config, c => new Conv2D(
            c.RequiredInt("filters"), Two(c, "kernel_size", null), Two(c, "strides", 1), Pad(c), Two(c, "dilation_rate", 1),
            Activation(c), c.Bool("use_bias", true), InitializerOrNull(c, "kernel_initializer"), InitializerOrNull(c, "bias_initializer"), Named(c),
            RegularizerRegistry.Deserialize(c.Raw("kernel_regularizer")), RegularizerRegistry.Deserialize(c.Raw("bias_regularizer")), RegularizerRegistry.Deserialize(c.Raw("activity_regularizer")),
            ConstraintRegistry.Deserialize(c.Raw("kernel_constraint")), ConstraintRegistry.Deserialize(c.Raw("bias_constraint"))));
        factories["Conv2DTranspose"] = config => Read("Conv2DTranspose", config, c => new Conv2DTranspose(
            c.RequiredInt("filters"), Two(c, "kernel_size", null), Two(c, "strides", 1), Pad(c), Two(c, "dilation_rate", 1),
            Activation(c), c.Bool("use_bias", true), InitializerOrNull(c, "kernel_initializer"), InitializerOrNull(c, "bias_initializer"), Named(c),
            RegularizerRegistry.Deserialize(c.Raw("kernel_regularizer")), RegularizerRegistry.Deserialize(c.Raw("bias_regularizer")), RegularizerRegistry.Deserialize(c.Raw("activity_regularizer")),
            ConstraintRegistry.Deserialize(c.Raw("kernel_constraint")), ConstraintRegistry.Deserialize(c.Raw("bias_constraint"))));
        factories["MaxPooling1D"] = config => Read("MaxPooling1D", config, c => new MaxPooling1D(One(c, "pool_size", 2), NullableOne(c, "strides"), Pad(c), Named(c)));
        factories["AveragePooling1D"] = config => Read("AveragePooling1D", config, c => new AveragePooling1D(One(c, "pool_size", 2), NullableOne(c, "strides"), Pad(c), Named(c)));
        factories["MaxPooling2D"] = config => Read("MaxPooling2D", config, c => new MaxPooling2D(Two(c, "pool_size", 2), NullableTwo(c, "strides"), Pad(c), Named(c)));
        factories["AveragePooling2D"] = config => Read("AveragePooling2D", config, c => new AveragePooling2D(Two(c, "pool_size", 2), NullableTwo(c, "strides"), Pad(c), Named(c)));
        factories["GlobalAveragePooling1D"] = config => Read("GlobalAveragePooling1D", config, c => new GlobalAveragePooling1D(c.Bool("keepdims", false), Named(c)));
        factories["GlobalAveragePooling2D"] = config => Read("GlobalAveragePooling2D", config, c => new GlobalAveragePooling2D(c.Bool("keepdims", false), Named(c)));
        factories["GlobalMaxPooling1D"] = config => Read("GlobalMaxPooling1D", config, c => new GlobalMaxPooling1D(c.Bool("keepdims", false), Named(c)));
        factories["GlobalMaxPooling2D"] = config => Read("GlobalMaxPooling2D", config, c => new GlobalMaxPooling2D(c.Bool("keepdims", false), Named(c)));
        factories["UpSampling2D"] = config => Read("UpSampling2D", config, c =>
        {
            string interpolation = c.NullableString("interpolation") ?? "nearest";
            return interpolation == "nearest"
                ? new UpSampling2D(Two(c, "size", 2), Named(c))
                : throw new ArgumentException($"{c.What} config setting 'interpolation' must be nearest (the only one implemented), received {interpolation}.");
        });
        factories["ZeroPadding2D"] = config => Read("ZeroPadding2D", config, c =>
        {
            var (t, b, l, r) = Sides(c, "padding", 1);
            return new ZeroPadding2D(t, b, l, r, Named(c));
        });
        factories["Cropping2D"] = config => Read("Cropping2D", config, c =>
        {
            var (t, b, l, r) = Sides(c, "cropping", 0);
            return new Cropping2D(t, b, l, r, Named(c));
        });
        factories["Reshape"] = config => Read("Reshape", config, c => new Reshape(new Shape(c.RequiredIntArray("target_shape")), c.NullableString("name")));
        factories["Permute"] = config => Read("Permute", config, c => new Permute(c.RequiredIntArray("dims"), c.NullableString("name")));
        factories["RepeatVector"] = config => Read("RepeatVector", config, c => new RepeatVector(c.RequiredInt("n"), c.NullableString("name")));
        return factories;
    }

    /// <summary>The layer name; also reads data_format, which must be channels_last when present.</summary>
    private static string? Named(ConfigReader c)
    {
        string format = c.NullableString("data_format") ?? "channels_last";
        return format == "channels_last"
            ? c.NullableString("name")
            : throw new ArgumentException($"{c.What} config setting 'data_format' must be channels_last (the only layout implemented), received {format}.");
    }

    private static Activation? Activation(ConfigReader c) => c.Has("activation") ? ActivationRegistry.Deserialize(c.Raw("activation")) : null;

    private static Padding Pad(ConfigReader c) => ConvArithmetic.ParsePadding(c.NullableString("padding") ?? "valid", c.What, allowCausal: false);

    /// <summary>An integer setting written as n or [n].</summary>
    private static int One(ConfigReader c, string key, int? fallback) => NullableOne(c, key) ?? fallback ?? throw new ArgumentException($"{c.What} config needs the setting '{key}', which is missing.");

    private static int? NullableOne(ConfigReader c, string key)
    {
        int[]? v = Ints(c, key);
        return v switch
        {
            null => null,
            [int n] => n,
            _ => throw new ArgumentException($"{c.What} config setting '{key}' must be an integer or a list of one, received [{string.Join(", ", v)}]."),
        };
    }

    /// <summary>A (height, width) setting written as n or [h, w].</summary>
    private static Size2D Two(ConfigReader c, string key, int? fallback) => NullableTwo(c, key) ?? fallback ?? throw new ArgumentException($"{c.What} config needs the setting '{key}', which is missing.");

    private static Size2D? NullableTwo(ConfigReader c, string key)
    {
        int[]? v = Ints(c, key);
        return v switch
        {
            null => null,
            [int n] => n,
            [int h, int w] => (h, w),
            _ => throw new ArgumentException($"{c.What} config setting '{key}' must be an integer or a list of two, received [{string.Join(", ", v)}]."),
        };
    }

    /// <summary>An integer or a list of integers, or null when missing.</summary>
    private static int[]? Ints(ConfigReader c, string key) => !c.Has(key) || c.Raw(key) is null ? null
        : c.Raw(key) is System.Collections.IEnumerable ? c.RequiredIntArray(key)
        : [c.RequiredInt(key)];

    /// <summary>((top, bottom), (left, right)) written as n, [h, w] or [[top, bottom], [left, right]].</summary>
    private static (int Top, int Bottom, int Left, int Right) Sides(ConfigReader c, string key, int fallback)
    {
        object? raw = c.Raw(key);
        if (raw is System.Collections.IEnumerable items and not string && items.Cast<object?>().ToArray() is [System.Collections.IEnumerable h and not string, System.Collections.IEnumerable w and not string])
        {
            var inner = new ConfigReader(c.What, new Dictionary<string, object?> { [key + "[0]"] = h, [key + "[1]"] = w });
            return (inner.RequiredIntArray(key + "[0]"), inner.RequiredIntArray(key + "[1]")) switch
            {
                ([int t, int b], [int l, int r]) => (t, b, l, r),
                _ => throw new ArgumentException($"{c.What} config setting '{key}' must hold two pairs [[top, bottom], [left, right]]."),
            };
        }

        Size2D s = raw is null ? fallback : Two(c, key, fallback);
        return (s.Height, s.Height, s.Width, s.Width);
    }
}
