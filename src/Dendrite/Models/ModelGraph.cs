// ModelGraph: the functional graph between a model's inputs and outputs, in execution order.
// Built by walking back from the outputs (depth-first, post-order), so every node comes after the nodes
// it reads: replaying the list forward is the forward pass. A graph that reaches an Input that is not one
// of the model's inputs is rejected, naming it. Replaying passes each single-input node the mask of the node
// it reads (Layer.Masking.cs).
using Dendrite.Nn;
using Dendrite.Nn.Layers;
using Dendrite.Tensors;

namespace Dendrite.Models;

/// <summary>A functional graph in execution order.</summary>
internal sealed class ModelGraph
{
    public ModelGraph(string modelName, IReadOnlyList<SymbolicTensor> inputs, IReadOnlyList<SymbolicTensor> outputs)
    {
        if (inputs.Count == 0 || outputs.Count == 0)
        {
            throw new ArgumentException($"Model '{modelName}' needs at least one input and one output.");
        }

        foreach (SymbolicTensor i in inputs)
        {
            if (i.Layer is not Input)
            {
                throw new ArgumentException($"Model '{modelName}': input {i} is the output of {i.Layer.GetType().Name} '{i.Layer.Name}', not an Input.");
            }
        }

        if (inputs.Distinct().Count() != inputs.Count)
        {
            throw new ArgumentException($"Model '{modelName}': an input is given twice.");
        }

        var nodes = new List<SymbolicTensor>();
        var visited = new HashSet<SymbolicTensor>(ReferenceEqualityComparer.Instance);
        foreach (SymbolicTensor o in outputs)
        {
            Visit(o);
        }

        void Visit(SymbolicTensor t)
        {
            if (!visited.Add(t))
            {
                return;
            }

            if (t.Layer is Input && !inputs.Contains(t))
            {
                throw new ArgumentException($"Model '{modelName}': the outputs depend on Input '{t.Layer.Name}', which is not among the model's inputs ({string.Join(", ", inputs.Select(x => x.Layer.Name))}).");
            }

            foreach (SymbolicTensor parent in t.Inputs)
            {
                Visit(parent);
            }

            nodes.Add(t);
        }

        var layerNames = new Dictionary<string, Layer>();
        foreach (Layer layer in nodes.Select(n => n.Layer).Distinct())
        {
            if (layerNames.TryGetValue(layer.Name, out Layer? other) && !ReferenceEquals(other, layer))
            {
                throw new ArgumentException($"Model '{modelName}' has two different layers named '{layer.Name}'; layer names must be unique.");
            }

            layerNames[layer.Name] = layer;
        }

        Inputs = inputs;
        Outputs = outputs;
        Nodes = nodes;
        Layers = inputs.Select(i => i.Layer).Concat(nodes.Select(n => n.Layer)).Distinct().ToList();
    }

    public IReadOnlyList<SymbolicTensor> Inputs { get; }

    public IReadOnlyList<SymbolicTensor> Outputs { get; }

    /// <summary>Every node (inputs included) in execution order.</summary>
    public IReadOnlyList<SymbolicTensor> Nodes { get; }

    public IReadOnlyList<Layer> Layers { get; }

    /// <summary>Replays the graph on real tensors.</summary>
    public IReadOnlyList<Tensor> Run(Model model, IReadOnlyList<Tensor> inputs, bool training)
    {
        if (inputs.Count != Inputs.Count)
        {
            throw new ShapeMismatchException($"Model '{model.Name}' expects {Inputs.Count} inputs ({string.Join(", ", Inputs.Select(i => $"{i.Layer.Name} {i.Shape}"))}), received {inputs.Count}.");
        }

        var values = new Dictionary<SymbolicTensor, Tensor>(ReferenceEqualityComparer.Instance);
        var masks = new Dictionary<SymbolicTensor, Tensor?>(ReferenceEqualityComparer.Instance); // Layer.Masking.cs
        for (int i = 0; i < inputs.Count; i++)
        {
            ArgumentNullException.ThrowIfNull(inputs[i]);
            if (!Model.ShapeFits(Inputs[i].Shape, inputs[i].Shape))
            {
                throw new ShapeMismatchException($"Model '{model.Name}' expects input '{Inputs[i].Layer.Name}' of shape {Inputs[i].Shape}, received shape {inputs[i].Shape}.");
            }

            values[Inputs[i]] = inputs[i];
        }

        foreach (SymbolicTensor node in Nodes)
        {
            if (node.Inputs.Count == 0)
            {
                continue;
            }

            if (node.Inputs.Count == 1)
            {
                Tensor input = values[node.Inputs[0]];
                Tensor? mask = masks.GetValueOrDefault(node.Inputs[0]);
                values[node] = node.Layer.Apply(input, mask, training);
                masks[node] = node.Layer.ComputeMask(input, mask);
            }
            else
            {
                values[node] = node.Layer.Call(node.Inputs.Select(p => values[p]).ToList(), training);
            }
        }

        return Outputs.Select(o => values[o]).ToList();
    }
}
