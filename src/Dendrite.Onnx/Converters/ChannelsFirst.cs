// Channels-last Dendrite ↔ channels-first ONNX. Dendrite's spatial layers take (batch, spatial…, channels), as
// Keras' default data_format; ONNX's Conv, ConvTranspose, MaxPool and AveragePool take (N, C, spatial…). Each
// such layer is written as
//     Transpose(perm = [0, r−1, 1, …, r−2]) → operator → Transpose(perm = [0, 2, …, r−1, 1])
// so every value between layers keeps Dendrite's layout and shape (the value infos stay true, Flatten and Dense
// see the same element order as in Dendrite). A back-and-forth pair between two spatial layers is the identity;
// ONNX Runtime's transpose optimizer removes such pairs when it loads the model, so the graph stays readable
// without costing the runtime anything.
// Also the spatial windows' explicit pads, computed by the layers' own arithmetic (Nn.Layers.ConvArithmetic).
using Dendrite.Nn.Layers;

namespace Dendrite.Onnx.Converters;

/// <summary>Transposes between Dendrite's channels-last layout and ONNX's channels-first one, and computes window pads.</summary>
internal static class ChannelsFirst
{
    /// <summary>Writes x (batch, spatial…, channels) as (batch, channels, spatial…); returns the new value.</summary>
    /// <param name="conversion">The layer call.</param>
    /// <param name="x">The channels-last value.</param>
    /// <param name="rank">The value's rank (3 for 1-D, 4 for 2-D layers).</param>
    public static string FromChannelsLast(LayerConversion conversion, string x, int rank) =>
        conversion.Graph.AddNode("Transpose", [x], conversion.Temp("nchw"), OnnxGraphBuilder.Attribute("perm", [0L, rank - 1, .. Axes(1, rank - 2)]));

    /// <summary>Writes y (batch, channels, spatial…) as (batch, spatial…, channels) into <paramref name="output"/>.</summary>
    /// <param name="conversion">The layer call.</param>
    /// <param name="y">The channels-first value.</param>
    /// <param name="rank">The value's rank.</param>
    /// <param name="output">The channels-last value name to write.</param>
    public static string ToChannelsLast(LayerConversion conversion, string y, int rank, string output) =>
        conversion.Graph.AddNode("Transpose", [y], output, OnnxGraphBuilder.Attribute("perm", [0L, .. Axes(2, rank - 2), 1L]));

    /// <summary>ONNX's pads [begin₁, …, begin_k, end₁, …, end_k] of a window exactly as the layer pads it.</summary>
    /// <param name="conversion">The layer call (for errors).</param>
    /// <param name="lengths">The input's spatial lengths.</param>
    /// <param name="kernel">The window per axis.</param>
    /// <param name="strides">The step per axis.</param>
    /// <param name="dilations">The dilation per axis.</param>
    /// <param name="padding">The layer's padding.</param>
    /// <exception cref="NotSupportedException">'same' padding of an axis whose length is unknown (the pads depend on it).</exception>
    public static long[] Pads(LayerConversion conversion, int[] lengths, int[] kernel, int[] strides, int[] dilations, Padding padding)
    {
        int k = lengths.Length;
        var pads = new long[2 * k];
        for (int i = 0; i < k; i++)
        {
            int dilated = ((kernel[i] - 1) * dilations[i]) + 1;
            if (padding == Padding.Causal)
            {
                pads[i] = dilated - 1;
                continue;
            }

            if (padding == Padding.Same && lengths[i] < 0)
            {
                throw new NotSupportedException(
                    $"ONNX export of {conversion.Layer.GetType().Name} '{conversion.Layer.Name}': 'same' padding needs known spatial sizes to write its pads, received input {conversion.Input.Shape}.");
            }

            if (padding != Padding.Same)
            {
                continue;
            }

            int output = ConvArithmetic.OutputLength(lengths[i], kernel[i], strides[i], dilations[i], padding);
            int before = ConvArithmetic.PadBefore(lengths[i], kernel[i], strides[i], dilations[i], padding, output);
            int total = Math.Max(((output - 1) * strides[i]) + dilated - lengths[i], 0);
            pads[i] = before;
            pads[k + i] = total - before;
        }

        return pads;
    }

    private static IEnumerable<long> Axes(int first, int count) => Enumerable.Range(first, count).Select(a => (long)a);
}
