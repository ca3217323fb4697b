// Convolution layers → ONNX (channels-first operators between two Transposes, ChannelsFirst.cs):
//   Conv1D (batch, steps, cin), kernel (k, cin, f)           → Conv on (N, C, L), W = kernel permuted [2, 1, 0] → (f, cin, k)
//   Conv2D (batch, h, w, cin), kernel (kh, kw, cin, f)       → Conv on (N, C, H, W), W permuted [3, 2, 0, 1] → (f, cin, kh, kw)
//   Conv2DTranspose kernel (kh, kw, f, cin)                  → ConvTranspose, W permuted [3, 2, 0, 1] → (cin, f, kh, kw)
//                                                              (ONNX ConvTranspose W is (C_in, M/group, kH, kW))
//   y = activation(op(x, W, bias)); the bias is the operator's B input, the activation runs after the layout is
//   channels-last again (so a softmax over the last axis means the channels, as in Dendrite).
// Pads: ONNX pads are [begin…, end…] and are written explicitly from the layer's own window arithmetic:
//   'valid' 0; 'same' the total (out − 1)·s + dk − n with ⌊total/2⌋ before and the rest after (Keras / TensorFlow,
//   also ONNX's SAME_UPPER, written out so that nothing depends on auto_pad); 'causal' dk − 1 before, 0 after.
// ConvTranspose (ONNX docs/Operators.md): y[i·s + p·d − pad_begin] += x[i]·W[p], so pad_begin is the pad of the
//   convolution Dendrite's layer is the adjoint of; its output length is s·(n − 1) + dk + output_padding − pads,
//   so the end pad is s·(n − 1) + dk − pad_begin − out when ≥ 0, else 0 with output_padding = −that (only when
//   dk < s, and then output_padding = s − dk < s as ONNX requires).
// Sources: ONNX docs/Operators.md (Conv, ConvTranspose, Transpose); Keras 3 keras/src/ops/operation_utils.py.
using Dendrite.Autodiff;
using Dendrite.Nn.Activations;
using Dendrite.Nn.Layers;
using Dendrite.Tensors;

namespace Dendrite.Onnx.Converters;

/// <summary>Converts <see cref="Conv1D"/>, <see cref="Conv2D"/> and <see cref="Conv2DTranspose"/>.</summary>
internal static class ConvolutionConverters
{
    /// <summary>Writes Conv1D as a 1-D ONNX Conv.</summary>
    /// <param name="conversion">The layer call.</param>
    public static void Conv1D(LayerConversion conversion)
    {
        var layer = (Conv1D)conversion.Layer;
        Tensor kernel = Ops.Transpose(KernelOf(layer), [2, 1, 0]);
        Write(conversion, "Conv", kernel, [layer.KernelSize], [layer.Strides], [layer.DilationRate], layer.Padding, outputPadding: null);
    }

    /// <summary>Writes Conv2D as an ONNX Conv.</summary>
    /// <param name="conversion">The layer call.</param>
    public static void Conv2D(LayerConversion conversion)
    {
        var layer = (Conv2D)conversion.Layer;
        Tensor kernel = Ops.Transpose(KernelOf(layer), [3, 2, 0, 1]);
        Write(conversion, "Conv", kernel, layer.KernelSize.ToArray(), layer.Strides.ToArray(), layer.DilationRate.ToArray(), layer.Padding, outputPadding: null);
    }

    /// <summary>Writes Conv2DTranspose as an ONNX ConvTranspose.</summary>
    /// <param name="conversion">The layer call.</param>
    public static void Conv2DTranspose(LayerConversion conversion)
    {
        var layer = (Conv2DTranspose)conversion.Layer;
        Tensor kernel = Ops.Transpose(KernelOf(layer), [3, 2, 0, 1]);
        int[] k = layer.KernelSize.ToArray(), s = layer.Strides.ToArray(), d = layer.DilationRate.ToArray();
        int[] lengths = [conversion.Input.Shape[1], conversion.Input.Shape[2]];
        var pads = new long[4];
        var outputPadding = new long[2];
        for (int i = 0; i < 2; i++)
        {
            if (lengths[i] < 0)
            {
                throw new NotSupportedException(
                    $"ONNX export of Conv2DTranspose '{layer.Name}' needs known spatial sizes to write its pads, received input {conversion.Input.Shape}.");
            }

            int output = conversion.OutputShape[i + 1];
            int dilated = ((k[i] - 1) * d[i]) + 1;
            int before = ConvArithmetic.PadBefore(output, k[i], s[i], d[i], layer.Padding, ConvArithmetic.OutputLength(output, k[i], s[i], d[i], layer.Padding));
            int end = (s[i] * (lengths[i] - 1)) + dilated - before - output;
            pads[i] = before;
            pads[2 + i] = Math.Max(end, 0);
            outputPadding[i] = Math.Max(-end, 0);
        }

        Write(conversion, "ConvTranspose", kernel, k, s, d, pads, outputPadding.Any(p => p != 0) ? outputPadding : null);
    }

    private static void Write(LayerConversion conversion, string op, Tensor kernel, int[] k, int[] s, int[] d, Padding padding, long[]? outputPadding)
    {
        int[] lengths = [.. Enumerable.Range(1, k.Length).Select(a => conversion.Input.Shape[a])];
        Write(conversion, op, kernel, k, s, d, ChannelsFirst.Pads(conversion, lengths, k, s, d, padding), outputPadding);
    }

    private static void Write(LayerConversion conversion, string op, Tensor kernel, int[] k, int[] s, int[] d, long[] pads, long[]? outputPadding)
    {
        var layer = (BaseConv)conversion.Layer;
        int rank = conversion.Input.Shape.Rank;
        OnnxGraphBuilder g = conversion.Graph;
        string x = ChannelsFirst.FromChannelsLast(conversion, conversion.Input.Name, rank);
        string w = conversion.Weight("kernel", kernel);
        List<string> inputs = layer.Bias is { } bias ? [x, w, conversion.Weight("bias", bias.Value)] : [x, w];
        var attributes = new List<Proto.AttributeProto>
        {
            OnnxGraphBuilder.Attribute("kernel_shape", k.Select(v => (long)v)),
            OnnxGraphBuilder.Attribute("strides", s.Select(v => (long)v)),
            OnnxGraphBuilder.Attribute("dilations", d.Select(v => (long)v)),
            OnnxGraphBuilder.Attribute("pads", pads),
        };
        if (outputPadding is not null)
        {
            attributes.Add(OnnxGraphBuilder.Attribute("output_padding", outputPadding));
        }

        string y = g.AddNode(op, inputs, conversion.Temp(op.ToLowerInvariant()), attributes);
        bool linear = layer.Activation is Linear;
        string z = ChannelsFirst.ToChannelsLast(conversion, y, rank, linear ? conversion.Output : conversion.Temp("linear"));
        if (!linear)
        {
            ActivationConverters.Convert(conversion, layer.Activation, z, conversion.Output);
        }
    }

    private static Tensor KernelOf(BaseConv layer) => layer.Kernel?.Value
        ?? throw new InvalidOperationException($"{layer.GetType().Name} '{layer.Name}' is not built; build the model before exporting it.");
}
