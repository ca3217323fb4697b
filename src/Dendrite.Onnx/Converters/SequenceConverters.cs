// Sequence layers that are not recurrent → ONNX:
//   Embedding        y = E[round(x)]   → Gather(E, Cast(Round(x), int64), axis 0); ONNX Round rounds half to even,
//                    as .NET's Math.Round in Dendrite's Embedding. maskZero only adds a mask (ModelExporter.Masks.cs).
//   Masking          y = x ⊙ any_features(x ≠ v)  → Mul(x, ReduceMax(Cast(Not(Equal(x, v))), feature axes, keepdims))
//   TimeDistributed  Dense on rank 3 is already per step (MatMul broadcasts over the leading axes); any other
//                    inner layer runs on Reshape(x, (−1, …)), the batch and steps merged as Dendrite merges them,
//                    and its result is reshaped to (−1, steps, …) again (the steps are known, the batch is not).
using Dendrite.Nn.Layers;
using Dendrite.Onnx.Proto;
using Dendrite.Tensors;

namespace Dendrite.Onnx.Converters;

/// <summary>Converts <see cref="Embedding"/>, <see cref="Masking"/> and <see cref="TimeDistributed"/>.</summary>
internal static class SequenceConverters
{
    /// <summary>Writes Embedding as a Gather of rounded indices.</summary>
    /// <param name="conversion">The layer call.</param>
    public static void Embedding(LayerConversion conversion)
    {
        var layer = (Embedding)conversion.Layer;
        OnnxGraphBuilder g = conversion.Graph;
        Tensor table = layer.Embeddings?.Value ?? throw new InvalidOperationException($"Embedding '{layer.Name}' is not built; build the model before exporting it.");
        string rounded = g.AddNode("Round", [conversion.Input.Name], conversion.Temp("rounded"));
        string indices = g.AddNode("Cast", [rounded], conversion.Temp("indices"), OnnxGraphBuilder.Attribute("to", (long)TensorProto.Types.DataType.Int64));
        g.AddNode("Gather", [conversion.Weight("embeddings", table), indices], conversion.Output, OnnxGraphBuilder.Attribute("axis", 0L));
    }

    /// <summary>Writes Masking: the steps whose features all equal the mask value become zeros.</summary>
    /// <param name="conversion">The layer call.</param>
    public static void Masking(LayerConversion conversion)
    {
        var layer = (Masking)conversion.Layer;
        OnnxGraphBuilder g = conversion.Graph;
        string x = conversion.Input.Name;
        string equal = g.AddNode("Equal", [x, g.AddScalar(conversion.Temp("mask_value"), (float)layer.MaskValue)], conversion.Temp("equal"));
        string kept = g.AddNode("Not", [equal], conversion.Temp("different"));
        string flags = g.AddNode("Cast", [kept], conversion.Temp("flags"), OnnxGraphBuilder.Attribute("to", (long)TensorProto.Types.DataType.Float));
        long[] features = [.. Enumerable.Range(2, conversion.Input.Shape.Rank - 2).Select(a => (long)a)];
        string mask = Reductions.Reduce(conversion, "ReduceMax", flags, features, keepDims: true, conversion.Temp("mask"));
        g.AddNode("Mul", [x, mask], conversion.Output);
    }

    /// <summary>Writes TimeDistributed: the inner layer's nodes over every step.</summary>
    /// <param name="conversion">The layer call.</param>
    public static void TimeDistributed(LayerConversion conversion)
    {
        var layer = (TimeDistributed)conversion.Layer;
        OnnxGraphBuilder g = conversion.Graph;
        Shape x = conversion.Input.Shape;
        Shape step = new([-1, .. x.ToArray()[2..]]);
        Shape stepOutput = layer.Layer.ComputeOutputShape(step);
        LayerConverter inner = LayerConverters.For(layer.Layer);
        if (layer.Layer is Dense)
        {
            inner(new LayerConversion(g, layer.Layer, [conversion.Input], conversion.Output, conversion.OutputShape));
            return;
        }

        string merged = g.AddNode("Reshape", [conversion.Input.Name, Dims(conversion, "step_shape", step)], conversion.Temp("steps"));
        string y = conversion.Temp("inner");
        inner(new LayerConversion(g, layer.Layer, [new OnnxValue(merged, step)], y, stepOutput));
        g.AddNode("Reshape", [y, Dims(conversion, "shape", new Shape([-1, x[1], .. stepOutput.ToArray()[1..]]))], conversion.Output);
    }

    private static string Dims(LayerConversion conversion, string what, Shape shape) =>
        conversion.Graph.AddInt64Vector(conversion.Temp(what), [.. shape.ToArray().Select(d => (long)d)]);
}
