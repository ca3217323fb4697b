// Layer, functional side: applying a layer to symbolic tensors builds a graph (Keras' functional API),
//   x = new Dense(16, Activation.Relu).Apply(inputs);     y = new Concatenate().Apply([a, b]);
// Applying builds the layer at once, so a shape error shows where the graph is written. A Model made
// from the graph later re-draws every weight from its own seed (InitializeWeights), in graph order.
// Layers with several inputs (merge layers) override the list forms of Build, Call and ComputeOutputShape.
// Output is Keras' `layer.output`: defined only when the layer was applied exactly once (else ambiguous).
using Dendrite.Tensors;

namespace Dendrite.Nn.Layers;

public abstract partial class Layer
{
    private readonly List<SymbolicTensor> _outputs = [];

    /// <summary>The symbolic tensors this layer produced, one per time it was applied in a graph.</summary>
    public IReadOnlyList<SymbolicTensor> SymbolicOutputs => _outputs;

    /// <summary>The symbolic output of the layer's one application in a graph (Keras' <c>layer.output</c>), e.g. to build an encoder from an autoencoder.</summary>
    /// <exception cref="InvalidOperationException">The layer was never applied to a symbolic tensor (a layer of a Sequential model is not), or was applied several times (use <see cref="SymbolicOutputs"/>).</exception>
    public virtual SymbolicTensor Output => _outputs.Count switch
    {
        1 => _outputs[0],
        0 => throw new InvalidOperationException($"{GetType().Name} '{Name}' has no symbolic output: it was never applied in a functional graph (layer.Apply(input)); the layers of a Sequential model are not."),
        _ => throw new InvalidOperationException($"{GetType().Name} '{Name}' was applied {_outputs.Count} times, so its output is ambiguous; pick one from SymbolicOutputs[0…{_outputs.Count - 1}]."),
    };

    /// <summary>Whether a model has drawn this layer's weights from its seed (shared layers are drawn once).</summary>
    internal bool WeightsOwnedByModel { get; set; }

    /// <summary>Applies the layer to a symbolic tensor, adding it to a graph; builds the layer if needed.</summary>
    /// <param name="input">The symbolic input, e.g. an <see cref="Input"/> or another layer's output.</param>
    /// <returns>The symbolic output.</returns>
    /// <exception cref="ShapeMismatchException">The input does not fit the layer.</exception>
    public SymbolicTensor Apply(SymbolicTensor input) => Apply([input]);

    /// <summary>Applies the layer to several symbolic tensors (merge layers), adding it to a graph.</summary>
    /// <param name="inputs">The symbolic inputs.</param>
    /// <returns>The symbolic output.</returns>
    /// <exception cref="ShapeMismatchException">The inputs do not fit the layer.</exception>
    public SymbolicTensor Apply(IReadOnlyList<SymbolicTensor> inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        if (inputs.Count == 0)
        {
            throw new ArgumentException($"{GetType().Name} '{Name}' was applied to no inputs.", nameof(inputs));
        }

        Shape[] shapes = inputs.Select(i => i.Shape).ToArray();
        if (!Built)
        {
            Build(shapes);
        }
        else if (shapes.Length == 1)
        {
            CheckInput(shapes[0]);
        }

        var output = new SymbolicTensor(ComputeOutputShape(shapes), this, inputs, _outputs.Count);
        _outputs.Add(output);
        return output;
    }

    /// <summary>Creates the weights for several inputs; the default accepts exactly one.</summary>
    /// <param name="inputShapes">The input shapes (batch axis -1).</param>
    /// <exception cref="ShapeMismatchException">The layer takes one input and received several.</exception>
    public virtual void Build(IReadOnlyList<Shape> inputShapes)
    {
        ArgumentNullException.ThrowIfNull(inputShapes);
        Build(Only(inputShapes));
    }

    /// <summary>The forward computation for several inputs; the default accepts exactly one.</summary>
    /// <param name="inputs">The input batches.</param>
    /// <param name="training">True during training; default false.</param>
    /// <exception cref="ShapeMismatchException">The layer takes one input and received several.</exception>
    public virtual Tensor Call(IReadOnlyList<Tensor> inputs, bool training = false)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        return Apply(Only(inputs), training);
    }

    /// <summary>The output shape for several inputs; the default accepts exactly one.</summary>
    /// <param name="inputShapes">The input shapes (batch axis -1).</param>
    /// <exception cref="ShapeMismatchException">The layer takes one input and received several.</exception>
    public virtual Shape ComputeOutputShape(IReadOnlyList<Shape> inputShapes)
    {
        ArgumentNullException.ThrowIfNull(inputShapes);
        return ComputeOutputShape(Only(inputShapes));
    }

    /// <summary>Re-draws every weight from its initializer with <paramref name="random"/>, which the layer keeps for dropout and the like.</summary>
    /// <param name="random">The generator, forked from a model's seed.</param>
    internal void InitializeWeights(RandomGenerator random)
    {
        Random = random;
        for (int i = 0; i < _weights.Count; i++)
        {
            _weights[i].Assign(_initializers[i].Initialize(_weights[i].Shape, random));
        }

        WeightsOwnedByModel = true;
    }

    private T Only<T>(IReadOnlyList<T> items) => items.Count == 1
        ? items[0]
        : throw new ShapeMismatchException($"{GetType().Name} '{Name}' takes one input, received {items.Count}.");

    private static ulong StableHash(string text)
    {
        ulong h = 14695981039346656037UL; // FNV-1a: stable across processes, unlike string.GetHashCode
        foreach (char c in text)
        {
            h = (h ^ c) * 1099511628211UL;
        }

        return h;
    }
}
