// Layer, sublayers: a wrapper (Bidirectional, TimeDistributed) builds inner layers and owns their weights —
// it adds each inner weight (with its initializer and regularizer) to its own list, so a model that lists
// only the wrapper trains, saves, loads and re-seeds them all. The inner layers are not model layers.
namespace Dendrite.Nn.Layers;

public abstract partial class Layer
{
    /// <summary>Adds the weights of a built inner layer to this layer's weights (for wrappers).</summary>
    /// <param name="inner">The inner layer, already built.</param>
    private protected void TrackSublayer(Layer inner)
    {
        _weights.AddRange(inner._weights);
        _initializers.AddRange(inner._initializers);
        _regularized.AddRange(inner._regularized);
    }
}
