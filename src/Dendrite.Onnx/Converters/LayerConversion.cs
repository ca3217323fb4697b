// LayerConversion: what a layer's converter gets — the graph, the layer, its input values and the name its
// result must be written to (the model's output name when the layer produces a model output, else a unique
// name after the layer). Intermediate values get unique names scoped by the layer ("dense/linear").
using Dendrite.Nn.Layers;
using Dendrite.Tensors;

namespace Dendrite.Onnx.Converters;

/// <summary>One layer call to convert: the graph, the layer, its inputs and the value name its result must be written to.</summary>
/// <param name="Graph">The graph being built.</param>
/// <param name="Layer">The layer.</param>
/// <param name="Inputs">The layer's input values, in call order.</param>
/// <param name="Output">The value name the converter's last node must write.</param>
/// <param name="OutputShape">The layer's output shape, batch axis −1.</param>
internal sealed record LayerConversion(OnnxGraphBuilder Graph, Layer Layer, IReadOnlyList<OnnxValue> Inputs, string Output, Shape OutputShape)
{
    /// <summary>The only input of a single-input layer.</summary>
    public OnnxValue Input => Inputs.Count == 1
        ? Inputs[0]
        : throw new InvalidOperationException($"{Layer.GetType().Name} '{Layer.Name}' takes one input, received {Inputs.Count}.");

    /// <summary>A unique name for an intermediate value of this layer, <c>layer/suffix</c>.</summary>
    /// <param name="suffix">What the value is, e.g. <c>linear</c>.</param>
    public string Temp(string suffix) => Graph.UniqueName($"{Layer.Name}/{suffix}");

    /// <summary>Adds a weight as an initializer named after the layer, <c>layer/weight</c>.</summary>
    /// <param name="weight">What the weight is, e.g. <c>kernel</c>.</param>
    /// <param name="value">Its value.</param>
    /// <param name="shape">A shape of the same size to write it in; default null = its own.</param>
    public string Weight(string weight, Tensor value, Shape? shape = null) => Graph.AddInitializer($"{Layer.Name}/{weight}", value, shape);
}
