// ModelExporter: a Dendrite model → one ONNX ModelProto.
//   1. The model's layer calls in execution order: a Sequential's layers one after another (its Input, if any,
//      is the graph input); a functional model's graph nodes (ModelGraph order: every node after its inputs).
//   2. Every layer is checked for a converter first, so an unsupported layer fails before anything is written.
//   3. Graph inputs and outputs take the model's input and output names; inputs are float32 of the model's input
//      shapes with the batch axis as the symbolic dimension "batch". Each layer call's converter writes its nodes;
//      its result is named after the layer (unique; a shared layer's second call is "dense_1"), or after the
//      model output it is. Intermediate results get value infos with their shapes.
//   4. The model declares the default-domain operator set `opset` and the IR version ONNX pairs with it
//      (onnx/helper.py VERSION_TABLE: opsets 17–18 → IR 8, 19–20 → IR 9, 21 → IR 10).
using Dendrite.Models;
using Dendrite.Models.Saving;
using Dendrite.Nn.Layers;
using Dendrite.Onnx.Converters;
using Dendrite.Onnx.Proto;
using Dendrite.Tensors;

namespace Dendrite.Onnx;

/// <summary>Converts a built Sequential or functional model to an ONNX ModelProto.</summary>
internal static class ModelExporter
{
    private sealed record LayerCall(Layer Layer, int[] Inputs, int Output, Shape Shape);

    private sealed record GraphEnd(string Name, int Value, Shape Shape);

    /// <summary>The ONNX model of <paramref name="model"/> for operator set <paramref name="opset"/>.</summary>
    /// <param name="model">The model.</param>
    /// <param name="opset">The default-domain operator-set version.</param>
    public static ModelProto Export(Model model, int opset)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (opset is < OnnxExport.MinimumOpset or > OnnxExport.MaximumOpset)
        {
            throw new ArgumentOutOfRangeException(nameof(opset), opset, $"ONNX export of model '{model.Name}' supports opsets {OnnxExport.MinimumOpset} to {OnnxExport.MaximumOpset}, received {opset}.");
        }

        (List<GraphEnd> inputs, List<LayerCall> calls, List<GraphEnd> outputs) = Trace(model);
        LayerConverters.CheckSupported(model.Name, calls.Select(c => c.Layer));

        var graph = new OnnxGraphBuilder(model.Name, opset);
        var names = new Dictionary<int, string>();
        var shapes = new Dictionary<int, Shape>();
        foreach (GraphEnd input in inputs)
        {
            names[input.Value] = graph.Reserve(input.Name);
            shapes[input.Value] = input.Shape;
            graph.AddInput(input.Name, input.Shape);
        }

        Dictionary<int, string> outputNames = outputs.ToDictionary(o => o.Value, o => graph.Reserve(o.Name));
        foreach (LayerCall call in calls)
        {
            bool isOutput = outputNames.TryGetValue(call.Output, out string? outputName);
            string name = isOutput ? outputName! : graph.UniqueName(call.Layer.Name);
            OnnxValue[] values = [.. call.Inputs.Select(i => new OnnxValue(names[i], shapes[i]))];
            LayerConverters.For(call.Layer)(new LayerConversion(graph, call.Layer, values, name, call.Shape));
            if (!graph.IsWritten(name))
            {
                throw new InvalidOperationException($"The ONNX converter of {call.Layer.GetType().Name} '{call.Layer.Name}' did not write its output '{name}'.");
            }

            names[call.Output] = name;
            shapes[call.Output] = call.Shape;
            if (!isOutput)
            {
                graph.AddValueInfo(name, call.Shape);
            }
        }

        foreach (GraphEnd output in outputs)
        {
            graph.AddOutput(output.Name, output.Shape);
        }

        var proto = new ModelProto
        {
            IrVersion = opset <= 18 ? 8 : opset <= 20 ? 9 : 10,
            ProducerName = "Dendrite",
            ProducerVersion = ModelFile.LibraryVersion,
            Graph = graph.Graph,
        };
        proto.OpsetImport.Add(new OperatorSetIdProto { Domain = string.Empty, Version = opset });
        return proto;
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
