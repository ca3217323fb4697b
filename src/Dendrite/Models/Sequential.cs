// Sequential: a plain stack of layers, each feeding the next: y = f_n(…f_2(f_1(x))).
// Built from an Input layer at the front (each later Add builds the new layer), by Build(shape), or on
// the first batch of data. Layers are built in order, each with the next fork of the model's generator.
using Dendrite.Nn;
using Dendrite.Nn.Layers;
using Dendrite.Tensors;

namespace Dendrite.Models;

/// <summary>A linear stack of layers.</summary>
/// <remarks>
/// <code>
/// var model = new Sequential([new Input([4]), new Dense(16, Activation.Relu), new Dense(3, Activation.Softmax)], seed: 42);
/// </code>
/// </remarks>
public sealed class Sequential : Model
{
    private readonly List<Layer> _layers = [];

    /// <summary>Creates a sequential model.</summary>
    /// <param name="layers">The layers in order; default null = empty, then use <see cref="Add"/>.</param>
    /// <param name="name">Default null = <c>sequential</c>.</param>
    /// <param name="seed">Seeds weights, dropout and shuffling; default null = random (see <see cref="Model.Seed"/>).</param>
    public Sequential(IEnumerable<Layer>? layers = null, string? name = null, int? seed = null)
        : base(name, seed)
    {
        foreach (Layer layer in layers ?? [])
        {
            Add(layer);
        }
    }

    /// <inheritdoc/>
    public override IReadOnlyList<Layer> Layers => _layers;

    /// <inheritdoc/>
    public override IReadOnlyList<string> InputNames => [_layers.Count > 0 && _layers[0] is Input input ? input.Name : "input"];

    /// <inheritdoc/>
    public override IReadOnlyList<string> OutputNames => _layers.Count > 0 ? [_layers[^1].Name] : [];

    /// <inheritdoc/>
    public override IReadOnlyList<Shape> InputShapes => InputShape is { } s ? [s] : [];

    /// <inheritdoc/>
    public override IReadOnlyList<Shape> OutputShapes => OutputShape is { } s ? [s] : [];

    /// <summary>Appends a layer; after an <see cref="Input"/> each layer is built as it is added, as in Keras.</summary>
    /// <param name="layer">The layer; an <see cref="Input"/> may only come first.</param>
    /// <exception cref="InvalidOperationException">The model was built from data without an Input, or an Input is not first.</exception>
    public void Add(Layer layer)
    {
        ArgumentNullException.ThrowIfNull(layer);
        if (Built && !(_layers.Count > 0 && _layers[0] is Input))
        {
            throw new InvalidOperationException($"Cannot add layer '{layer.Name}' to model '{Name}' after it is built.");
        }

        if (layer is Input && _layers.Count > 0)
        {
            throw new InvalidOperationException($"Input '{layer.Name}' must be the first layer of model '{Name}'.");
        }

        if (_layers.Any(l => l.Name == layer.Name) || _layers.Contains(layer))
        {
            throw new ArgumentException($"Model '{Name}' already has a layer named '{layer.Name}'.", nameof(layer));
        }

        _layers.Add(layer);
        if (layer is Input input)
        {
            InputShape = input.BatchShape;
            OutputShape = input.BatchShape;
            input.Build(input.BatchShape);
            Built = true;
        }
        else if (Built)
        {
            OutputShape = BuildLayer(layer, OutputShape!.Value);
        }
    }

    /// <inheritdoc/>
    public override void Build(Shape inputShape)
    {
        if (_layers.Count == 0)
        {
            throw new InvalidOperationException($"Model '{Name}' has no layers to build.");
        }

        InputShape = inputShape;
        Shape shape = inputShape;
        Built = true;
        foreach (Layer layer in _layers)
        {
            shape = BuildLayer(layer, shape);
        }

        OutputShape = shape;
    }

    /// <summary>Builds one layer (with a fork of the model's generator) and returns its output shape.</summary>
    private Shape BuildLayer(Layer layer, Shape inputShape)
    {
        if (!layer.Built)
        {
            layer.Random = Random.Fork();
            layer.Build(inputShape);
        }

        return layer.ComputeOutputShape(inputShape);
    }

    /// <inheritdoc/>
    public override Tensor Call(Tensor x, bool training = false)
    {
        ArgumentNullException.ThrowIfNull(x);
        if (!Built)
        {
            Build(x.Shape.With(0, -1));
        }

        CheckInputShape(x, "input");
        Tensor? mask = null; // each layer receives the mask its predecessor computed (Layer.Masking.cs)
        foreach (Layer layer in _layers)
        {
            Tensor input = x;
            x = layer.Apply(input, mask, training);
            mask = layer.ComputeMask(input, mask);
        }

        return x;
    }

    /// <inheritdoc/>
    public override IReadOnlyList<Tensor> Call(IReadOnlyList<Tensor> inputs, bool training = false)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        if (inputs.Count != 1)
        {
            throw new ShapeMismatchException($"Sequential model '{Name}' takes one input, received {inputs.Count}.");
        }

        return [Call(inputs[0], training)];
    }
}
