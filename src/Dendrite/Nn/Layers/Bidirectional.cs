// Bidirectional: a recurrent layer run both ways (Keras 3 keras/src/layers/rnn/bidirectional.py).
//   forward  = a copy of the layer named forward_<name>;  backward = a copy with goBackwards flipped, named backward_<name>
//   y_f = forward(x),  y_b = backward(x), reversed back in time when returnSequences (so step t of both
//   outputs describes input step t);  y = merge(y_f, y_b): concat (default) | sum | mul | ave
// The copies are made from the layer's config (its own weights are not used), and their weights are this
// layer's (Layer.Sublayers.cs). Masks go to both directions; the output mask is the input's with returnSequences.
using Dendrite.Autodiff;
using Dendrite.Tensors;

namespace Dendrite.Nn.Layers;

/// <summary>Runs a recurrent layer forwards and backwards over the sequence and merges the two outputs.</summary>
/// <remarks><c>y = merge(forward(x), reverse(backward(x)))</c>; with concat the output has 2·units features.</remarks>
public sealed class Bidirectional : Layer
{
    private readonly string _className;
    private readonly IReadOnlyDictionary<string, object?> _layerConfig;

    /// <summary>Creates a bidirectional wrapper.</summary>
    /// <param name="layer">The recurrent layer to copy for each direction; its returnState must be false.</param>
    /// <param name="mergeMode">How to combine the two outputs; default <see cref="BidirectionalMerge.Concat"/>.</param>
    /// <param name="name">Default null = <c>bidirectional</c>, <c>bidirectional_1</c>, ….</param>
    /// <exception cref="ArgumentException">The layer returns states.</exception>
    public Bidirectional(Recurrent layer, BidirectionalMerge mergeMode = BidirectionalMerge.Concat, string? name = null)
        : base(name)
    {
        ArgumentNullException.ThrowIfNull(layer);
        if (layer.ReturnState)
        {
            throw new ArgumentException($"Bidirectional '{Name}' wraps layers without returnState; {layer.GetType().Name} '{layer.Name}' has returnState true.", nameof(layer));
        }

        if (!Enum.IsDefined(mergeMode))
        {
            throw new ArgumentOutOfRangeException(nameof(mergeMode), mergeMode, $"Bidirectional '{Name}' merge mode must be Concat, Sum, Mul or Ave.");
        }

        MergeMode = mergeMode;
        _className = LayerRegistry.ClassName(layer);
        _layerConfig = layer.GetConfig();
        Forward = Copy(layer, $"forward_{layer.Name}", layer.GoBackwards);
        Backward = Copy(layer, $"backward_{layer.Name}", !layer.GoBackwards);
    }

    /// <summary>The forward-direction copy.</summary>
    public Recurrent Forward { get; }

    /// <summary>The backward-direction copy (goBackwards flipped).</summary>
    public Recurrent Backward { get; }

    /// <summary>How the outputs are combined.</summary>
    public BidirectionalMerge MergeMode { get; }

    /// <inheritdoc/>
    public override void Build(Shape inputShape)
    {
        Forward.Random = Random;
        Backward.Random = Random;
        Forward.Build(inputShape);
        Backward.Build(inputShape);
        TrackSublayer(Forward);
        TrackSublayer(Backward);
        base.Build(inputShape);
    }

    /// <inheritdoc/>
    public override Tensor Call(Tensor x, bool training = false) => Call(x, null, training);

    /// <inheritdoc/>
    public override Tensor Call(Tensor x, Tensor? mask, bool training = false)
    {
        ArgumentNullException.ThrowIfNull(x);
        Tensor yf = Forward.Call(x, mask, training);
        Tensor yb = Backward.Call(x, mask, training);
        if (Forward.ReturnSequences)
        {
            int steps = yb.Shape[1];
            yb = Ops.Gather(yb, [.. Enumerable.Range(0, steps).Reverse()], 1);
        }

        return MergeMode switch
        {
            BidirectionalMerge.Sum => Ops.Add(yf, yb),
            BidirectionalMerge.Mul => Ops.Multiply(yf, yb),
            BidirectionalMerge.Ave => Ops.Multiply(Ops.Add(yf, yb), 0.5),
            _ => Ops.Concat([yf, yb], -1),
        };
    }

    /// <inheritdoc/>
    public override Shape ComputeOutputShape(Shape inputShape)
    {
        Shape shape = Forward.ComputeOutputShape(inputShape);
        return MergeMode == BidirectionalMerge.Concat ? shape.With(-1, 2 * Forward.Units) : shape;
    }

    /// <inheritdoc/>
    public override Tensor? ComputeMask(Tensor x, Tensor? mask) => Forward.ReturnSequences ? mask : null;

    /// <inheritdoc/>
    public override IReadOnlyDictionary<string, object?> GetConfig() => new Dictionary<string, object?>(base.GetConfig())
    {
        ["layer"] = new Dictionary<string, object?> { ["class_name"] = _className, ["config"] = _layerConfig },
        ["merge_mode"] = MergeMode.ToString().ToLowerInvariant(),
    };

    private Recurrent Copy(Recurrent layer, string name, bool goBackwards)
    {
        var config = new Dictionary<string, object?>(_layerConfig) { ["name"] = name, ["go_backwards"] = goBackwards };
        return (Recurrent)LayerRegistry.FromConfig(_className, config);
    }
}
