// Recurrent layers → ONNX's RNN, GRU and LSTM operators (ONNX docs/Operators.md; Keras 3 keras/src/layers/rnn):
//   X: the (batch, steps, features) input transposed to ONNX's (steps, batch, features) (layout 0)
//   W (1, G·units, features) = kernelᵀ,  R (1, G·units, units) = recurrent_kernelᵀ,  B (1, 2·G·units) = [Wb, Rb]
//   gate blocks: Keras LSTM i, f, c, o → ONNX i, o, f, c;  Keras GRU z, r, h = ONNX z, r, h
//   biases: LSTM / SimpleRNN / GRU without resetAfter: Wb = bias, Rb = 0;  GRU resetAfter: bias rows (input,
//   recurrent) = (Wb, Rb) with linear_before_reset = 1, which is Keras' ĥ = act(x_h + r ⊙ (h·U_h + b_rec,h));
//   resetAfter false is linear_before_reset = 0: ĥ = act(x_h + (r ⊙ h)·U_h)
//   activations: LSTM [recurrent, act, act] (f, g, h), GRU [recurrent, act], RNN [act]; Relu, Sigmoid, Tanh
//   (a linear activation has no ONNX RNN form without Affine's alpha / beta lists and is refused)
//   goBackwards: the steps are reversed before a forward pass (Slice with step −1), which is what Keras does:
//   the output sequence stays in that reversed order.
//   output: returnSequences → Y (steps, 1, batch, units) squeezed and transposed back; else Y_h squeezed.
//   initial states (a graph's Apply([x, h0, c0])): initial_h / initial_c = Unsqueeze(state, 0).
//   returnState only changes CallWithStates; a layer in a graph outputs its sequence or last output, as here.
// Bidirectional: the forward copy and the backward copy (goBackwards) each as above, the backward output
// reversed back in time when returnSequences (Keras), merged: concat → Concat(axis −1), sum → Add, mul → Mul,
// ave → Mean.
using Dendrite.Nn.Activations;
using Dendrite.Nn.Layers;
using Dendrite.Tensors;

namespace Dendrite.Onnx.Converters;

/// <summary>Converts <see cref="SimpleRNN"/>, <see cref="LSTM"/>, <see cref="GRU"/> and <see cref="Nn.Layers.Bidirectional"/>.</summary>
internal static class RecurrentConverters
{
    /// <summary>Writes a SimpleRNN, LSTM or GRU layer.</summary>
    /// <param name="conversion">The layer call.</param>
    public static void Convert(LayerConversion conversion) =>
        Write(conversion, (Recurrent)conversion.Layer, conversion.Inputs[0].Name, [.. conversion.Inputs.Skip(1).Select(i => i.Name)], conversion.Output);

    /// <summary>Writes a Bidirectional layer: both directions and the merge.</summary>
    /// <param name="conversion">The layer call.</param>
    public static void Bidirectional(LayerConversion conversion)
    {
        var layer = (Bidirectional)conversion.Layer;
        OnnxGraphBuilder g = conversion.Graph;
        string forward = Write(conversion, layer.Forward, conversion.Input.Name, [], conversion.Temp("forward"));
        string backward = Write(conversion, layer.Backward, conversion.Input.Name, [], conversion.Temp("backward"));
        if (layer.Forward.ReturnSequences)
        {
            backward = Reverse(conversion, backward, axis: 1, "backward_in_time");
        }

        string[] both = [forward, backward];
        _ = layer.MergeMode switch
        {
            BidirectionalMerge.Sum => g.AddNode("Add", both, conversion.Output),
            BidirectionalMerge.Mul => g.AddNode("Mul", both, conversion.Output),
            BidirectionalMerge.Ave => g.AddNode("Mean", both, conversion.Output),
            _ => g.AddNode("Concat", both, conversion.Output, OnnxGraphBuilder.Attribute("axis", -1L)),
        };
    }

    private static string Write(LayerConversion conversion, Recurrent layer, string x, IReadOnlyList<string> initialStates, string output)
    {
        OnnxGraphBuilder g = conversion.Graph;
        if (layer.Kernel is null || layer.RecurrentKernel is null)
        {
            throw new InvalidOperationException($"{layer.GetType().Name} '{layer.Name}' is not built; build the model before exporting it.");
        }

        (string op, int gates, int[] order, Activation[] activations) = layer switch
        {
            LSTM lstm => ("LSTM", 4, new[] { 0, 3, 1, 2 }, new[] { lstm.RecurrentActivation, lstm.Activation, lstm.Activation }),
            GRU gru => ("GRU", 3, new[] { 0, 1, 2 }, new[] { gru.RecurrentActivation, gru.Activation }),
            _ => ("RNN", 1, new[] { 0 }, new[] { layer.Activation }),
        };
        int units = layer.Units;
        float[] kernel = layer.Kernel.Value.To(DType.Float32).ToArray(), recurrent = layer.RecurrentKernel.Value.To(DType.Float32).ToArray();
        int features = kernel.Length / (gates * units);
        string w = g.AddInitializer($"{layer.Name}/W", Transposed(kernel, features, units, order), 1, gates * units, features);
        string r = g.AddInitializer($"{layer.Name}/R", Transposed(recurrent, units, units, order), 1, gates * units, units);
        string b = layer.Bias is { } bias ? g.AddInitializer($"{layer.Name}/B", Biases(bias.Value.To(DType.Float32).ToArray(), gates, units, order), 1, 2 * gates * units) : string.Empty;

        string steps = g.AddNode("Transpose", [x], g.UniqueName($"{layer.Name}/time_major"), OnnxGraphBuilder.Attribute("perm", [1L, 0L, 2L]));
        if (layer.GoBackwards)
        {
            steps = Reverse(conversion, steps, axis: 0, $"{layer.Name}/reversed");
        }

        List<string> inputs = [steps, w, r, b, string.Empty, .. initialStates.Select((s, i) =>
            g.AddNode("Unsqueeze", [s, g.AddInt64Vector($"{layer.Name}/state_axis", 0)], g.UniqueName($"{layer.Name}/initial_{(i == 0 ? "h" : "c")}")))];
        var attributes = new List<Proto.AttributeProto>
        {
            OnnxGraphBuilder.Attribute("hidden_size", (long)units),
            OnnxGraphBuilder.Attribute("activations", activations.Select(a => OnnxActivation(conversion, layer, a))),
        };
        if (layer is GRU { ResetAfter: true })
        {
            attributes.Add(OnnxGraphBuilder.Attribute("linear_before_reset", 1L));
        }

        string sequence = layer.ReturnSequences ? g.UniqueName($"{layer.Name}/Y") : string.Empty;
        string last = layer.ReturnSequences ? string.Empty : g.UniqueName($"{layer.Name}/Y_h");
        g.AddNode(op, inputs, [sequence, last], attributes);
        if (!layer.ReturnSequences)
        {
            return g.AddNode("Squeeze", [last, g.AddInt64Vector($"{layer.Name}/direction_axis", 0)], output);
        }

        string squeezed = g.AddNode("Squeeze", [sequence, g.AddInt64Vector($"{layer.Name}/direction_axis", 1)], g.UniqueName($"{layer.Name}/sequence"));
        return g.AddNode("Transpose", [squeezed], output, OnnxGraphBuilder.Attribute("perm", [1L, 0L, 2L]));
    }

    /// <summary>(rows, G·units) with Keras' gate blocks → (G·units, rows) with ONNX's gate order.</summary>
    private static float[] Transposed(float[] kernel, int rows, int units, int[] order)
    {
        int gates = order.Length;
        var result = new float[kernel.Length];
        for (int gate = 0; gate < gates; gate++)
        {
            for (int j = 0; j < units; j++)
            {
                for (int f = 0; f < rows; f++)
                {
                    result[((gate * units) + j) * rows + f] = kernel[f * gates * units + (order[gate] * units) + j];
                }
            }
        }

        return result;
    }

    /// <summary>[Wb, Rb] in ONNX's gate order: a (G·units) bias is Wb with Rb = 0; a GRU's (2, 3·units) bias is both rows.</summary>
    private static float[] Biases(float[] bias, int gates, int units, int[] order)
    {
        var result = new float[2 * gates * units];
        for (int half = 0; half < bias.Length / (gates * units); half++)
        {
            for (int gate = 0; gate < gates; gate++)
            {
                Array.Copy(bias, (half * gates * units) + (order[gate] * units), result, (half * gates * units) + (gate * units), units);
            }
        }

        return result;
    }

    private static string OnnxActivation(LayerConversion conversion, Recurrent layer, Activation activation) => activation switch
    {
        Relu => "Relu",
        Sigmoid => "Sigmoid",
        Tanh => "Tanh",
        _ => throw new NotSupportedException(
            $"ONNX export of {layer.GetType().Name} '{layer.Name}' (in '{conversion.Layer.Name}'): the activation {activation.Name} has no ONNX {layer.GetType().Name} form; relu, sigmoid and tanh do."),
    };

    private static string Reverse(LayerConversion conversion, string x, int axis, string what)
    {
        OnnxGraphBuilder g = conversion.Graph;
        return g.AddNode(
            "Slice",
            [x, g.AddInt64Vector(conversion.Temp("last"), -1), g.AddInt64Vector(conversion.Temp("before_first"), long.MinValue), g.AddInt64Vector(conversion.Temp("axis"), axis), g.AddInt64Vector(conversion.Temp("step"), -1)],
            g.UniqueName($"{conversion.Layer.Name}/{what}"));
    }
}
