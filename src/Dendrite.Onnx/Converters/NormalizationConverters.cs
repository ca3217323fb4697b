// Normalization layers → ONNX, inference form:
//   BatchNormalization   y = γ · (x − moving_mean) / sqrt(moving_variance + ε) + β
//     channel axis 1:    BatchNormalization(x, γ, β, moving_mean, moving_variance; epsilon)   (training_mode 0)
//     other axes:        Add(Mul(Div(Sub(x, μ), s), γ), β) with s = sqrt(moving_variance + ε) computed here in
//                        float32 as Dendrite computes it, and every per-channel tensor in the broadcast shape
//                        (1 on every axis but the channel axis). γ = 1 / β = 0 when scale / center is off.
//   LayerNormalization   y = γ · (x − μ) / sqrt(σ² + ε) + β, μ and σ² (biased) over the one `axis`, per sample
//     last axis:         LayerNormalization(x, γ, β; axis −1, epsilon)  (opset 17; it normalizes over axes
//                        [axis, rank), which is the one axis exactly when it is the last)
//     other axes:        ReduceMean / Sub / Mul / ReduceMean / Add / Sqrt / Div, then Mul γ, Add β
//                        (ReduceMean takes `axes` as an attribute up to opset 17 and as an input from 18; Reductions.cs)
// Sources: Keras 3 keras/src/layers/normalization/{batch,layer}_normalization.py; ONNX docs/Operators.md.
using Dendrite.Nn.Layers;
using Dendrite.Tensors;

namespace Dendrite.Onnx.Converters;

/// <summary>Converts <see cref="Nn.Layers.BatchNormalization"/> and <see cref="Nn.Layers.LayerNormalization"/> to their inference form.</summary>
internal static class NormalizationConverters
{
    /// <summary>Writes BatchNormalization with its moving statistics.</summary>
    /// <param name="conversion">The layer call.</param>
    public static void BatchNormalization(LayerConversion conversion)
    {
        var layer = (BatchNormalization)conversion.Layer;
        OnnxValue x = conversion.Input;
        if (layer.MovingMean is null || layer.MovingVariance is null)
        {
            throw new InvalidOperationException($"BatchNormalization '{layer.Name}' is not built; build the model before exporting it.");
        }

        int axis = x.Shape.NormalizeAxis(layer.Axis);
        int channels = x.Shape[axis];
        Tensor gamma = Parameter(layer, "gamma", channels, 1f);
        Tensor beta = Parameter(layer, "beta", channels, 0f);
        OnnxGraphBuilder g = conversion.Graph;
        if (axis == 1)
        {
            g.AddNode(
                "BatchNormalization",
                [x.Name, conversion.Weight("gamma", gamma), conversion.Weight("beta", beta), conversion.Weight("moving_mean", layer.MovingMean.Value), conversion.Weight("moving_variance", layer.MovingVariance.Value)],
                conversion.Output,
                OnnxGraphBuilder.Attribute("epsilon", (float)layer.Epsilon));
            return;
        }

        float[] deviation = layer.MovingVariance.Value.To(DType.Float32).ToArray();
        float epsilon = (float)layer.Epsilon;
        for (int i = 0; i < deviation.Length; i++)
        {
            deviation[i] = MathF.Sqrt(deviation[i] + epsilon);
        }

        Shape broadcast = BroadcastShape(x.Shape.Rank, axis, channels);
        string centered = g.AddNode("Sub", [x.Name, conversion.Weight("moving_mean", layer.MovingMean.Value, broadcast)], conversion.Temp("centered"));
        string normalized = g.AddNode("Div", [centered, conversion.Weight("moving_deviation", new Tensor(deviation, broadcast))], conversion.Temp("normalized"));
        string scaled = g.AddNode("Mul", [normalized, conversion.Weight("gamma", gamma, broadcast)], conversion.Temp("scaled"));
        g.AddNode("Add", [scaled, conversion.Weight("beta", beta, broadcast)], conversion.Output);
    }

    /// <summary>Writes LayerNormalization.</summary>
    /// <param name="conversion">The layer call.</param>
    public static void LayerNormalization(LayerConversion conversion)
    {
        var layer = (LayerNormalization)conversion.Layer;
        OnnxValue x = conversion.Input;
        int axis = x.Shape.NormalizeAxis(layer.Axis);
        int features = x.Shape[axis];
        Tensor gamma = Parameter(layer, "gamma", features, 1f);
        OnnxGraphBuilder g = conversion.Graph;
        if (axis == x.Shape.Rank - 1)
        {
            string scale = conversion.Weight("gamma", gamma);
            g.AddNode(
                "LayerNormalization",
                layer.Center ? [x.Name, scale, conversion.Weight("beta", Parameter(layer, "beta", features, 0f))] : [x.Name, scale],
                conversion.Output,
                OnnxGraphBuilder.Attribute("axis", -1L),
                OnnxGraphBuilder.Attribute("epsilon", (float)layer.Epsilon));
            return;
        }

        string mean = ReduceMean(conversion, x.Name, axis, "mean");
        string centered = g.AddNode("Sub", [x.Name, mean], conversion.Temp("centered"));
        string squared = g.AddNode("Mul", [centered, centered], conversion.Temp("squared"));
        string variance = ReduceMean(conversion, squared, axis, "variance");
        string shifted = g.AddNode("Add", [variance, g.AddScalar(conversion.Temp("epsilon"), (float)layer.Epsilon)], conversion.Temp("shifted_variance"));
        string deviation = g.AddNode("Sqrt", [shifted], conversion.Temp("deviation"));
        string normalized = g.AddNode("Div", [centered, deviation], conversion.Temp("normalized"));
        Shape broadcast = BroadcastShape(x.Shape.Rank, axis, features);
        string scaled = g.AddNode("Mul", [normalized, conversion.Weight("gamma", gamma, broadcast)], layer.Center ? conversion.Temp("scaled") : conversion.Output);
        if (layer.Center)
        {
            g.AddNode("Add", [scaled, conversion.Weight("beta", Parameter(layer, "beta", features, 0f), broadcast)], conversion.Output);
        }
    }

    private static string ReduceMean(LayerConversion conversion, string x, int axis, string what) =>
        Reductions.Reduce(conversion, "ReduceMean", x, [axis], keepDims: true, conversion.Temp(what));

    /// <summary>The layer's weight <paramref name="name"/> (gamma or beta), or the constant it stands for when the layer has none.</summary>
    private static Tensor Parameter(Layer layer, string name, int channels, float absent) =>
        layer.Weights.FirstOrDefault(w => w.Name == $"{layer.Name}/{name}")?.Value
        ?? Tensor.Full(new Shape(channels), absent);

    private static Shape BroadcastShape(int rank, int axis, int channels)
    {
        var dims = new int[rank];
        Array.Fill(dims, 1);
        dims[axis] = channels;
        return new Shape(dims);
    }
}
