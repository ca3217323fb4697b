// Dense → ONNX: y = activation(x · W + b)   (Dendrite's Dense; W "kernel" (in, units), b "bias" (units,))
//   rank-2 input:   Gemm(x, W, b)                 Gemm (opset 13): Y = alpha·A·B + beta·C, alpha = beta = 1
//   higher rank:    Add(MatMul(x, W), b)          MatMul broadcasts over the leading axes, as Dense does
// then the activation's nodes (ActivationConverters); a linear Dense writes its output directly.
using Dendrite.Nn.Activations;
using Dendrite.Nn.Layers;

namespace Dendrite.Onnx.Converters;

/// <summary>Converts <see cref="Dense"/>: Gemm (or MatMul + Add), then its activation.</summary>
internal static class DenseConverter
{
    /// <summary>Writes the Dense layer's nodes.</summary>
    /// <param name="conversion">The layer call.</param>
    public static void Convert(LayerConversion conversion)
    {
        var dense = (Dense)conversion.Layer;
        OnnxValue x = conversion.Input;
        if (dense.Kernel is null)
        {
            throw new InvalidOperationException($"Dense '{dense.Name}' is not built; build the model before exporting it.");
        }

        bool linear = dense.Activation is Linear;
        string z = linear ? conversion.Output : conversion.Temp("linear");
        string kernel = conversion.Weight("kernel", dense.Kernel.Value);
        string? bias = dense.Bias is { } b ? conversion.Weight("bias", b.Value) : null;
        OnnxGraphBuilder graph = conversion.Graph;
        if (x.Shape.Rank == 2)
        {
            graph.AddNode("Gemm", bias is null ? [x.Name, kernel] : [x.Name, kernel, bias], z);
        }
        else if (bias is null)
        {
            graph.AddNode("MatMul", [x.Name, kernel], z);
        }
        else
        {
            string product = graph.AddNode("MatMul", [x.Name, kernel], conversion.Temp("matmul"));
            graph.AddNode("Add", [product, bias], z);
        }

        if (!linear)
        {
            ActivationConverters.Convert(conversion, dense.Activation, z, conversion.Output);
        }
    }
}
