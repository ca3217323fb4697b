// ModelExporter: a Dendrite model → one ONNX ModelProto.
//   1. The model's layer calls in execution order: a Sequential's layers one after another (its Input, if any,
//      is the graph input); a functional model's graph nodes (ModelGraph order: every node after its inputs).
//   2. Every layer is checked for a converter first, so an unsupported layer fails before anything is written,
//      and no recurrent layer may receive a mask (ModelExporter.Masks.cs).
//   3. Graph inputs and outputs take the model's input and output names; inputs are float32 of the model's input
//      shapes with the batch axis as the symbolic dimension "batch". Each layer call's converter writes its nodes;
//      its result is named after the layer (unique; a shared layer's second call is "dense_1"), or after the
//      model output it is. Intermediate results get value infos with their shapes.
//   4. The model declares the default-domain operator set `opset` and the IR version ONNX pairs with it
//      (onnx/helper.py VERSION_TABLE: opsets 17–18 → IR 8, 19–20 → IR 9, 21 → IR 10), and ai.onnx.ml 3 when the
//      graph uses ONNX-ML operators (the tabular preprocessing; TabularOnnxExport).
// WriteInto writes a one-input network into a graph that already computes its input (the preprocessed features).
using Dendrite.Models;
using Dendrite.Models.Saving;
using Dendrite.Nn.Layers;
using Dendrite.Onnx.Converters;
using Dendrite.Onnx.Proto;
using Dendrite.Tensors;

namespace Dendrite.Onnx;

/// <summary>Converts a built Sequential or functional model to an ONNX ModelProto.</summary>
internal static partial class ModelExporter
{
    /// <summary>The ONNX-ML operator-set version written when the graph uses ai.onnx.ml (3: LabelEncoder-2 with float and string keys).</summary>
    public const int MlOpset = 3;

    private sealed record LayerCall(Layer Layer, int[] Inputs, int Output, Shape Shape);

    private sealed record GraphEnd(string Name, int Value, Shape Shape);

    /// <summary>The ONNX model of <paramref name="model"/> for operator set <paramref name="opset"/>.</summary>
    /// <param name="model">The model.</param>
    /// <param name="opset">The default-domain operator-set version.</param>
    public static ModelProto Export(Model model, int opset)
    {
        ArgumentNullException.ThrowIfNull(model);
        CheckOpset(model.Name, opset);
        (List<GraphEnd> inputs, List<LayerCall> calls, List<GraphEnd> outputs) = Trace(model);
        LayerConverters.CheckSupported(model.Name, calls.Select(c => c.Layer));
        CheckMasks(model.Name, calls);

        var graph = new OnnxGraphBuilder(model.Name, opset);
        var values = new Dictionary<int, OnnxValue>();
        foreach (GraphEnd input in inputs)
        {
            values[input.Value] = new OnnxValue(graph.Reserve(input.Name), input.Shape);
            graph.AddInput(input.Name, input.Shape);
        }

        Dictionary<int, string> outputNames = outputs.ToDictionary(o => o.Value, o => graph.Reserve(o.Name));
        WriteCalls(graph, calls, values, outputNames);
        foreach (GraphEnd output in outputs)
        {
            graph.AddOutput(output.Name, output.Shape);
        }

        return Wrap(graph);
    }

    /// <summary>Writes the layers of a one-input, one-output <paramref name="model"/> into <paramref name="graph"/>, reading <paramref name="input"/>; returns the model's output value.</summary>
    /// <param name="graph">The graph (which already computes <paramref name="input"/>, e.g. from raw feature columns).</param>
    /// <param name="model">The model.</param>
    /// <param name="input">The value the model reads.</param>
    /// <exception cref="NotSupportedException">The model has several inputs or outputs, a layer has no converter, or the model has no layer graph.</exception>
    public static OnnxValue WriteInto(OnnxGraphBuilder graph, Model model, OnnxValue input)
    {
        (List<GraphEnd> inputs, List<LayerCall> calls, List<GraphEnd> outputs) = Trace(model);
        if (inputs.Count != 1 || outputs.Count != 1)
        {
            throw new NotSupportedException($"Model '{model.Name}' has {inputs.Count} inputs and {outputs.Count} outputs; a tabular model's network must have one of each.");
        }

        LayerConverters.CheckSupported(model.Name, calls.Select(c => c.Layer));
        CheckMasks(model.Name, calls);
        var values = new Dictionary<int, OnnxValue> { [inputs[0].Value] = input };
        WriteCalls(graph, calls, values, []);
        return values[outputs[0].Value];
    }

    /// <summary>Throws unless <paramref name="opset"/> is one the exporter writes.</summary>
    /// <param name="what">The model's name, for the message.</param>
    /// <param name="opset">The requested default-domain operator set.</param>
    public static void CheckOpset(string what, int opset)
    {
        if (opset is < OnnxExport.MinimumOpset or > OnnxExport.MaximumOpset)
        {
            throw new ArgumentOutOfRangeException(nameof(opset), opset, $"ONNX export of model '{what}' supports opsets {OnnxExport.MinimumOpset} to {OnnxExport.MaximumOpset}, received {opset}.");
        }
    }

    /// <summary>The ModelProto around a finished graph: IR version, producer, the default operator set and, when used, ONNX-ML's.</summary>
    /// <param name="graph">The graph.</param>
    public static ModelProto Wrap(OnnxGraphBuilder graph)
    {
        int opset = graph.Opset;
        var proto = new ModelProto
        {
            IrVersion = opset <= 18 ? 8 : opset <= 20 ? 9 : 10,
            ProducerName = "Dendrite",
            ProducerVersion = ModelFile.LibraryVersion,
            Graph = graph.Graph,
        };
        proto.OpsetImport.Add(new OperatorSetIdProto { Domain = string.Empty, Version = opset });
        if (graph.UsesMlDomain)
        {
            proto.OpsetImport.Add(new OperatorSetIdProto { Domain = OnnxGraphBuilder.MlDomain, Version = MlOpset });
        }

        return proto;
    }

    private static void WriteCalls(OnnxGraphBuilder graph, List<LayerCall> calls, Dictionary<int, OnnxValue> values, Dictionary<int, string> outputNames)
    {
        foreach (LayerCall call in calls)
        {
            bool isOutput = outputNames.TryGetValue(call.Output, out string? outputName);
            string name = isOutput ? outputName! : graph.UniqueName(call.Layer.Name);
            OnnxValue[] inputs = [.. call.Inputs.Select(i => values[i])];
            LayerConverters.For(call.Layer)(new LayerConversion(graph, call.Layer, inputs, name, call.Shape));
            if (!graph.IsWritten(name))
            {
                throw new InvalidOperationException($"The ONNX converter of {call.Layer.GetType().Name} '{call.Layer.Name}' did not write its output '{name}'.");
            }

            values[call.Output] = new OnnxValue(name, call.Shape);
            if (!isOutput)
            {
                graph.AddValueInfo(name, call.Shape);
            }
        }
    }

    private static (List<GraphEnd> Inputs, List<LayerCall> Calls, List<GraphEnd> Outputs) Trace(Model model)
    {
        if (!model.Built || model.InputShape is null)
        {
            throw new InvalidOperationException($"Model '{model.Name}' is not built; give it an Input layer, call Build(shape), or run it on data before exporting it.");
        }

        if (model is Sequential sequential)
        {
            return TraceSequential(sequential, model.InputShape.Value);
        }

        if (model.GraphEnds is not { } ends || model.GraphNodes is not { } nodes)
        {
            throw new NotSupportedException($"Model '{model.Name}' of type {model.GetType().FullName} has no layer graph to export; ONNX export supports Sequential and functional models (Model(inputs, outputs)).");
        }

        var index = new Dictionary<SymbolicTensor, int>(ReferenceEqualityComparer.Instance);
        int Index(SymbolicTensor t) => index.TryGetValue(t, out int i) ? i : index[t] = index.Count;
        List<GraphEnd> inputs = [.. ends.Inputs.Select(t => new GraphEnd(t.Layer.Name, Index(t), t.Shape))];
        List<LayerCall> calls = [.. nodes.Where(n => n.Inputs.Count > 0).Select(n => new LayerCall(n.Layer, [.. n.Inputs.Select(Index)], Index(n), n.Shape))];
        List<GraphEnd> outputs = [.. ends.Outputs.Select(t => new GraphEnd(t.Layer.Name, Index(t), t.Shape))];
        return (inputs, calls, outputs);
    }

    private static (List<GraphEnd> Inputs, List<LayerCall> Calls, List<GraphEnd> Outputs) TraceSequential(Sequential model, Shape inputShape)
    {
        Layer[] layers = [.. model.Layers.SkipWhile(l => l is Input)];
        if (layers.Length == 0)
        {
            throw new InvalidOperationException($"Sequential model '{model.Name}' has no layers after its input; there is nothing to export.");
        }

        var calls = new List<LayerCall>();
        Shape shape = inputShape;
        for (int i = 0; i < layers.Length; i++)
        {
            shape = layers[i].ComputeOutputShape(shape);
            calls.Add(new LayerCall(layers[i], [i], i + 1, shape));
        }

        return ([new GraphEnd(model.InputNames[0], 0, inputShape)], calls, [new GraphEnd(model.OutputNames[0], layers.Length, shape)]);
    }
}
