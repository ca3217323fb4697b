// Model, functional side: a model made from a graph of layers, Keras' Model(inputs, outputs).
// Construction walks the graph (ModelGraph) and draws every layer's weights from the model's seed, in
// execution order (one fork per layer after the inputs, as Sequential does), so the same seed gives the
// same weights whichever way a chain of layers is written. Layers
// already drawn by another model (shared, transferred) keep their weights.
// Sub-models, as Keras' `keras.Model(autoencoder.inputs, autoencoder.get_layer("code").output)`: Inputs and Outputs
// give a graph model's symbolic ends and Layer.Output a layer's symbolic output, so a new Model over part of a
// trained graph holds the same layer objects, hence the same Variables: training either trains both.
using Dendrite.Nn.Layers;

namespace Dendrite.Models;

public partial class Model
{
    private readonly ModelGraph? _graph;

    /// <summary>Creates a model from a graph with one input and one output.</summary>
    /// <param name="input">The input, e.g. an <see cref="Input"/>.</param>
    /// <param name="output">The output, a layer's output reached from the input.</param>
    /// <param name="name">Default null = <c>model</c>.</param>
    /// <param name="seed">Seeds weights, dropout and shuffling; default null = random (see <see cref="Seed"/>).</param>
    /// <exception cref="ArgumentException">The graph is not closed over the input.</exception>
    public Model(SymbolicTensor input, SymbolicTensor output, string? name = null, int? seed = null)
        : this([input], [output], name, seed)
    {
    }

    /// <summary>Creates a model from a graph with several inputs and/or outputs.</summary>
    /// <param name="inputs">The inputs, each an <see cref="Input"/>.</param>
    /// <param name="outputs">The outputs; their layers' names name the outputs in Compile and in the logs.</param>
    /// <param name="name">Default null = <c>model</c>.</param>
    /// <param name="seed">Seeds weights, dropout and shuffling; default null = random (see <see cref="Seed"/>).</param>
    /// <exception cref="ArgumentException">An input is not an Input, the outputs need an input not given, or two layers share a name.</exception>
    public Model(IReadOnlyList<SymbolicTensor> inputs, IReadOnlyList<SymbolicTensor> outputs, string? name = null, int? seed = null)
        : this(name, seed)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(outputs);
        _graph = new ModelGraph(Name, inputs, outputs);
        if (outputs.Select(o => o.Layer.Name).Distinct().Count() != outputs.Count)
        {
            throw new ArgumentException($"Model '{Name}': two outputs come from the same layer; each output needs its own layer (its name names the output).", nameof(outputs));
        }

        foreach (Layer layer in _graph.Layers)
        {
            if (layer is not Input && !layer.WeightsOwnedByModel)
            {
                layer.InitializeWeights(Random.Fork());
            }
        }

        InputShape = inputs[0].Shape;
        OutputShape = outputs[0].Shape;
        Built = true;
    }

    /// <summary>The model's symbolic inputs (Keras' <c>model.inputs</c>), to build other models from its graph.</summary>
    /// <exception cref="InvalidOperationException">The model is a <see cref="Sequential"/> stack, which has no symbolic graph.</exception>
    public IReadOnlyList<SymbolicTensor> Inputs => _graph?.Inputs ?? throw NoGraph("Inputs");

    /// <summary>The model's symbolic outputs (Keras' <c>model.outputs</c>), to build other models from its graph.</summary>
    /// <exception cref="InvalidOperationException">The model is a <see cref="Sequential"/> stack, which has no symbolic graph.</exception>
    public IReadOnlyList<SymbolicTensor> Outputs => _graph?.Outputs ?? throw NoGraph("Outputs");

    /// <summary>The graph's nodes in execution order (for Summary and the model file).</summary>
    internal IReadOnlyList<SymbolicTensor>? GraphNodes => _graph?.Nodes;

    /// <summary>The graph's inputs and outputs (for the model file).</summary>
    internal (IReadOnlyList<SymbolicTensor> Inputs, IReadOnlyList<SymbolicTensor> Outputs)? GraphEnds => _graph is null ? null : (_graph.Inputs, _graph.Outputs);

    /// <summary>The shapes of the model's inputs, in order (batch axis -1).</summary>
    public virtual IReadOnlyList<Tensors.Shape> InputShapes => _graph?.Inputs.Select(i => i.Shape).ToList() ?? [];

    /// <summary>The shapes of the model's outputs, in order (batch axis -1).</summary>
    public virtual IReadOnlyList<Tensors.Shape> OutputShapes => _graph?.Outputs.Select(o => o.Shape).ToList() ?? [];

    private InvalidOperationException NoGraph(string what) => new(
        $"Model '{Name}' ({GetType().Name}) has no symbolic graph, so no {what}: build it with the functional API, new Model(input, output), to take sub-models from its layers.");
}
