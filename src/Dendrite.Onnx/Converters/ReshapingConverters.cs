// Reshaping layers → ONNX (all on Dendrite's channels-last values; none needs a layout change):
//   UpSampling2D    y[b, i, j, c] = x[b, ⌊i/sh⌋, ⌊j/sw⌋, c]
//                   → Resize(mode nearest, coordinate_transformation_mode asymmetric, nearest_mode floor,
//                     scales [1, sh, sw, 1]): x_original = i / scale, floored, which is exactly ⌊i/sh⌋
//   ZeroPadding2D   → Pad(mode constant, value 0, pads [0, top, left, 0, 0, bottom, right, 0])
//   Cropping2D      → Slice(starts [top, left], ends [−bottom or +∞, −right or +∞], axes [1, 2]): ends counted
//                     from the end need no known height or width
//   Reshape         → Reshape(shape [0, t₁, …, t_k]): 0 copies the input's batch size (allowzero = 0, the
//                     default), and a −1 among the targets is inferred as Dendrite infers it; no target is 0
//   Permute         → Transpose(perm [0, dims…]) (Keras' dims are 1-based, so they are the axes as they are)
//   RepeatVector    → Expand(Unsqueeze(x, [1]), [1, n, 1]): (batch, f) → (batch, 1, f) → (batch, n, f)
// Sources: ONNX docs/Operators.md (Resize-13+, Pad-13+, Slice-13, Reshape-14, Transpose, Unsqueeze-13, Expand-13).
using Dendrite.Nn.Layers;

namespace Dendrite.Onnx.Converters;

/// <summary>Converts UpSampling2D, ZeroPadding2D, Cropping2D, Reshape, Permute and RepeatVector.</summary>
internal static class ReshapingConverters
{
    /// <summary>Writes UpSampling2D as a nearest Resize that floors i / scale.</summary>
    /// <param name="conversion">The layer call.</param>
    public static void UpSampling2D(LayerConversion conversion)
    {
        var layer = (UpSampling2D)conversion.Layer;
        string scales = conversion.Graph.AddInitializer(conversion.Temp("scales"), [1f, layer.Size.Height, layer.Size.Width, 1f], 4);
        conversion.Graph.AddNode(
            "Resize",
            [conversion.Input.Name, string.Empty, scales],
            conversion.Output,
            OnnxGraphBuilder.Attribute("mode", "nearest"),
            OnnxGraphBuilder.Attribute("coordinate_transformation_mode", "asymmetric"),
            OnnxGraphBuilder.Attribute("nearest_mode", "floor"));
    }

    /// <summary>Writes ZeroPadding2D as a constant Pad.</summary>
    /// <param name="conversion">The layer call.</param>
    public static void ZeroPadding2D(LayerConversion conversion)
    {
        var layer = (ZeroPadding2D)conversion.Layer;
        string pads = conversion.Graph.AddInt64Vector(conversion.Temp("pads"), 0, layer.Top, layer.Left, 0, 0, layer.Bottom, layer.Right, 0);
        conversion.Graph.AddNode("Pad", [conversion.Input.Name, pads], conversion.Output, OnnxGraphBuilder.Attribute("mode", "constant"));
    }

    /// <summary>Writes Cropping2D as a Slice of the height and width axes.</summary>
    /// <param name="conversion">The layer call.</param>
    public static void Cropping2D(LayerConversion conversion)
    {
        var layer = (Cropping2D)conversion.Layer;
        OnnxGraphBuilder g = conversion.Graph;
        string starts = g.AddInt64Vector(conversion.Temp("starts"), layer.Top, layer.Left);
        string ends = g.AddInt64Vector(conversion.Temp("ends"), End(layer.Bottom), End(layer.Right));
        string axes = g.AddInt64Vector(conversion.Temp("axes"), 1, 2);
        g.AddNode("Slice", [conversion.Input.Name, starts, ends, axes], conversion.Output);

        static long End(int cropped) => cropped > 0 ? -cropped : long.MaxValue;
    }

    /// <summary>Writes Reshape with the batch size copied from the input.</summary>
    /// <param name="conversion">The layer call.</param>
    public static void Reshape(LayerConversion conversion)
    {
        var layer = (Reshape)conversion.Layer;
        string shape = conversion.Graph.AddInt64Vector(conversion.Temp("shape"), [0L, .. layer.TargetShape.ToArray().Select(d => (long)d)]);
        conversion.Graph.AddNode("Reshape", [conversion.Input.Name, shape], conversion.Output);
    }

    /// <summary>Writes Permute as a Transpose that keeps the batch axis first.</summary>
    /// <param name="conversion">The layer call.</param>
    public static void Permute(LayerConversion conversion)
    {
        var layer = (Permute)conversion.Layer;
        conversion.Graph.AddNode("Transpose", [conversion.Input.Name], conversion.Output, OnnxGraphBuilder.Attribute("perm", [0L, .. layer.Dims.Select(d => (long)d)]));
    }

    /// <summary>Writes RepeatVector as Unsqueeze then Expand.</summary>
    /// <param name="conversion">The layer call.</param>
    public static void RepeatVector(LayerConversion conversion)
    {
        var layer = (RepeatVector)conversion.Layer;
        OnnxGraphBuilder g = conversion.Graph;
        string unsqueezed = g.AddNode("Unsqueeze", [conversion.Input.Name, g.AddInt64Vector(conversion.Temp("axes"), 1)], conversion.Temp("unsqueezed"));
        g.AddNode("Expand", [unsqueezed, g.AddInt64Vector(conversion.Temp("shape"), 1, layer.N, 1)], conversion.Output);
    }
}
