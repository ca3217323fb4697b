// SymbolicTensor: a placeholder for the data flowing along one edge of a functional graph (Keras'
// KerasTensor). It has a shape (batch axis -1) and remembers the layer that produced it and that layer's
// inputs, so a Model can replay the graph: Model(inputs, outputs) walks back from the outputs.
using Dendrite.Tensors;

namespace Dendrite.Nn.Layers;

/// <summary>A symbolic tensor in a functional graph: the output of applying a layer to other symbolic tensors.</summary>
public sealed class SymbolicTensor
{
    internal SymbolicTensor(Shape shape, Layer layer, IReadOnlyList<SymbolicTensor> inputs, int nodeIndex)
    {
        Shape = shape;
        Layer = layer;
        Inputs = inputs;
        NodeIndex = nodeIndex;
    }

    /// <summary>The shape, batch axis -1 (<c>None</c>).</summary>
    public Shape Shape { get; }

    /// <summary>The layer that produced it (an <see cref="Input"/> for a model input).</summary>
    public Layer Layer { get; }

    /// <summary>The symbolic tensors the layer was applied to (none for an input).</summary>
    public IReadOnlyList<SymbolicTensor> Inputs { get; }

    /// <summary>Which application of <see cref="Layer"/> produced it (0 unless the layer is shared).</summary>
    public int NodeIndex { get; }

    /// <summary>Keras' reference text: <c>layer_name[node][0]</c>.</summary>
    public override string ToString() => $"{Layer.Name}[{NodeIndex}][0]";
}
