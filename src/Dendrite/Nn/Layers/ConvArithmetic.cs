// ConvArithmetic: Keras' window arithmetic for the convolution and pooling layers, per spatial axis
// (keras/src/ops/operation_utils.py compute_conv_output_shape, compute_pooling_output_shape; the TensorFlow
// padding rule its backends follow; compute_conv_transpose_output_length in
// keras/src/backend/common/backend_utils.py):
//   dilated kernel  dk = (k − 1)·d + 1
//   valid:   out = ⌊(n − dk) / s⌋ + 1,   pad before = 0
//   same:    out = ⌈n / s⌉,              pad total = max((out − 1)·s + dk − n, 0), before = ⌊total / 2⌋ (extra after)
//   causal:  out = ⌈n / s⌉,              pad before = dk − 1 (Conv1D only)
//   transposed:  valid out = n·s + max(dk − s, 0),  same out = n·s  (no output_padding); the pads are those of the
//                convolution from out back to n, so the transposed convolution is exactly its adjoint.
// Unknown lengths (-1) stay unknown.
using Dendrite.Kernels;
using Dendrite.Tensors;

namespace Dendrite.Nn.Layers;

/// <summary>Output lengths, paddings and window geometry of the convolution and pooling layers.</summary>
internal static class ConvArithmetic
{
    /// <summary>The output length of a window of <paramref name="k"/> with stride <paramref name="s"/> and dilation <paramref name="d"/> over <paramref name="n"/> positions.</summary>
    public static int OutputLength(int n, int k, int s, int d, Padding padding)
    {
        if (n < 0)
        {
            return -1;
        }

        int dk = ((k - 1) * d) + 1;
        return padding == Padding.Valid ? (n >= dk ? ((n - dk) / s) + 1 : 0) : (n + s - 1) / s;
    }

    /// <summary>The padding before the first position.</summary>
    public static int PadBefore(int n, int k, int s, int d, Padding padding, int output)
    {
        int dk = ((k - 1) * d) + 1;
        return padding switch
        {
            Padding.Same => Math.Max(((output - 1) * s) + dk - n, 0) / 2,
            Padding.Causal => dk - 1,
            _ => 0,
        };
    }

    /// <summary>The output length of a transposed convolution (Keras, output_padding None).</summary>
    public static int TransposedLength(int n, int k, int s, int d, Padding padding)
    {
        int dk = ((k - 1) * d) + 1;
        return n < 0 ? -1 : padding == Padding.Same ? n * s : (n * s) + Math.Max(dk - s, 0);
    }

    /// <summary>The geometry of a window over a (batch, h, w, c) input.</summary>
    public static ConvGeometry Geometry(int h, int w, int c, Size2D kernel, Size2D strides, Size2D dilation, Padding padding)
    {
        int outH = OutputLength(h, kernel.Height, strides.Height, dilation.Height, padding);
        int outW = OutputLength(w, kernel.Width, strides.Width, dilation.Width, padding);
        return new ConvGeometry(
            h, w, c, kernel.Height, kernel.Width, strides.Height, strides.Width, dilation.Height, dilation.Width,
            PadBefore(h, kernel.Height, strides.Height, dilation.Height, padding, outH),
            PadBefore(w, kernel.Width, strides.Width, dilation.Width, padding, outW),
            outH,
            outW);
    }

    /// <summary>Keras' name of a padding: <c>valid</c>, <c>same</c>, <c>causal</c>.</summary>
    public static string PaddingName(Padding padding) => padding switch
    {
        Padding.Same => "same",
        Padding.Causal => "causal",
        _ => "valid",
    };

    /// <summary>The padding named <paramref name="name"/> (case-insensitive, as Keras).</summary>
    /// <exception cref="ArgumentException">The name is not one of the allowed ones; the message lists them.</exception>
    public static Padding ParsePadding(string? name, string what, bool allowCausal)
    {
        Padding? padding = name?.ToLowerInvariant() switch
        {
            "valid" => Padding.Valid,
            "same" => Padding.Same,
            "causal" when allowCausal => Padding.Causal,
            _ => null,
        };
        return padding ?? throw new ArgumentException($"{what} config setting 'padding' must be one of {(allowCausal ? "valid, same, causal" : "valid, same")}, received {name ?? "null"}.");
    }

    /// <summary>Throws <see cref="ShapeMismatchException"/> unless <paramref name="shape"/> has <paramref name="rank"/> axes and a known channel count.</summary>
    public static void RequireRank(Layer layer, Shape shape, int rank, string layout)
    {
        if (shape.Rank != rank || shape[^1] < 1)
        {
            throw new ShapeMismatchException($"{layer.GetType().Name} '{layer.Name}' expects input of rank {rank} {layout}; received {shape}.");
        }
    }

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> unless every value is ≥ 1.</summary>
    public static void RequirePositive(string layer, string parameter, params ReadOnlySpan<int> values)
    {
        foreach (int v in values)
        {
            if (v < 1)
            {
                throw new ArgumentOutOfRangeException(parameter, v, $"{layer} needs {parameter} >= 1, received {v}.");
            }
        }
    }
}
