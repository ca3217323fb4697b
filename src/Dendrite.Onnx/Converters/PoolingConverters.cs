// Pooling layers → ONNX:
//   MaxPooling1D/2D       → MaxPool on (N, C, spatial…) between two Transposes (ChannelsFirst.cs)
//   AveragePooling1D/2D   → AveragePool, count_include_pad = 0: Keras divides by the positions inside the input,
//                           never counting padding, and so does Dendrite
//   kernel_shape = pool size, strides, pads explicit as the layer pads ('same': ⌊total/2⌋ before, rest after);
//   ceil_mode 0 (floor), which with those pads gives the layer's output length.
//   GlobalAveragePooling1D/2D → ReduceMean over the spatial axes ([1] or [1, 2]) of the channels-last value, no
//   transpose; GlobalMaxPooling1D/2D → ReduceMax; keepdims as the layer's keepDims (opset ≥ 18 takes the axes as
//   an input, opset 17 as an attribute; Reductions.cs).
// Sources: ONNX docs/Operators.md (MaxPool, AveragePool, ReduceMean, ReduceMax); Keras 3 keras/src/layers/pooling.
using Dendrite.Nn.Layers;

namespace Dendrite.Onnx.Converters;

/// <summary>Converts the max, average and global pooling layers.</summary>
internal static class PoolingConverters
{
    /// <summary>Writes MaxPooling1D as a 1-D MaxPool.</summary>
    /// <param name="conversion">The layer call.</param>
    public static void MaxPooling1D(LayerConversion conversion)
    {
        var layer = (MaxPooling1D)conversion.Layer;
        Write(conversion, "MaxPool", [layer.PoolSize], [layer.Strides], layer.Padding);
    }

    /// <summary>Writes MaxPooling2D as a MaxPool.</summary>
    /// <param name="conversion">The layer call.</param>
    public static void MaxPooling2D(LayerConversion conversion)
    {
        var layer = (MaxPooling2D)conversion.Layer;
        Write(conversion, "MaxPool", layer.PoolSize.ToArray(), layer.Strides.ToArray(), layer.Padding);
    }

    /// <summary>Writes AveragePooling1D as a 1-D AveragePool that does not count padding.</summary>
    /// <param name="conversion">The layer call.</param>
    public static void AveragePooling1D(LayerConversion conversion)
    {
        var layer = (AveragePooling1D)conversion.Layer;
        Write(conversion, "AveragePool", [layer.PoolSize], [layer.Strides], layer.Padding);
    }

    /// <summary>Writes AveragePooling2D as an AveragePool that does not count padding.</summary>
    /// <param name="conversion">The layer call.</param>
    public static void AveragePooling2D(LayerConversion conversion)
    {
        var layer = (AveragePooling2D)conversion.Layer;
        Write(conversion, "AveragePool", layer.PoolSize.ToArray(), layer.Strides.ToArray(), layer.Padding);
    }

    /// <summary>Writes a global average pooling layer as ReduceMean over the spatial axes.</summary>
    /// <param name="conversion">The layer call.</param>
    public static void GlobalAverage(LayerConversion conversion) => Global(conversion, "ReduceMean");

    /// <summary>Writes a global max pooling layer as ReduceMax over the spatial axes.</summary>
    /// <param name="conversion">The layer call.</param>
    public static void GlobalMax(LayerConversion conversion) => Global(conversion, "ReduceMax");

    private static void Global(LayerConversion conversion, string op)
    {
        var layer = (BaseGlobalPooling)conversion.Layer;
        long[] axes = [.. Enumerable.Range(1, conversion.Input.Shape.Rank - 2).Select(a => (long)a)];
        Reductions.Reduce(conversion, op, conversion.Input.Name, axes, layer.KeepDims, conversion.Output);
    }

    private static void Write(LayerConversion conversion, string op, int[] pool, int[] strides, Padding padding)
    {
        int rank = conversion.Input.Shape.Rank;
        int[] lengths = [.. Enumerable.Range(1, pool.Length).Select(a => conversion.Input.Shape[a])];
        int[] ones = [.. pool.Select(_ => 1)];
        var attributes = new List<Proto.AttributeProto>
        {
            OnnxGraphBuilder.Attribute("kernel_shape", pool.Select(v => (long)v)),
            OnnxGraphBuilder.Attribute("strides", strides.Select(v => (long)v)),
            OnnxGraphBuilder.Attribute("pads", ChannelsFirst.Pads(conversion, lengths, pool, strides, ones, padding)),
        };
        if (op == "AveragePool")
        {
            attributes.Add(OnnxGraphBuilder.Attribute("count_include_pad", 0L));
        }

        string x = ChannelsFirst.FromChannelsLast(conversion, conversion.Input.Name, rank);
        string y = conversion.Graph.AddNode(op, [x], conversion.Temp(op.ToLowerInvariant()), attributes);
        ChannelsFirst.ToChannelsLast(conversion, y, rank, conversion.Output);
    }
}
