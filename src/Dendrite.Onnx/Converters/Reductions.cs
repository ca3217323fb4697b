// Reductions over given axes (ReduceMean, ReduceMax, …): opset 18 moved every Reduce* operator's `axes` from an
// attribute to an optional int64 input (ONNX docs/Changelog.md, ReduceMean-18), so the form depends on the opset.
namespace Dendrite.Onnx.Converters;

/// <summary>Writes ONNX Reduce* nodes in the form of the graph's opset.</summary>
internal static class Reductions
{
    /// <summary>Writes <paramref name="op"/> of <paramref name="x"/> over <paramref name="axes"/> into <paramref name="output"/>.</summary>
    /// <param name="conversion">The layer call.</param>
    /// <param name="op">The operator, e.g. <c>ReduceMean</c>.</param>
    /// <param name="x">The input value.</param>
    /// <param name="axes">The axes to reduce, non-negative.</param>
    /// <param name="keepDims">Whether the reduced axes stay with size 1.</param>
    /// <param name="output">The value to write.</param>
    public static string Reduce(LayerConversion conversion, string op, string x, long[] axes, bool keepDims, string output)
    {
        OnnxGraphBuilder g = conversion.Graph;
        Proto.AttributeProto keep = OnnxGraphBuilder.Attribute("keepdims", keepDims ? 1L : 0L);
        return g.Opset >= 18
            ? g.AddNode(op, [x, g.AddInt64Vector(conversion.Temp("axes"), axes)], output, keep)
            : g.AddNode(op, [x], output, OnnxGraphBuilder.Attribute("axes", axes), keep);
    }
}
