// BidirectionalMerge: how Bidirectional combines its forward and backward outputs (Keras' merge_mode).
namespace Dendrite.Nn.Layers;

/// <summary>How <see cref="Bidirectional"/> combines the forward and backward outputs.</summary>
public enum BidirectionalMerge
{
    /// <summary>Joined along the last axis: 2·units features (Keras' default, <c>"concat"</c>).</summary>
    Concat,

    /// <summary>Added element-wise (<c>"sum"</c>).</summary>
    Sum,

    /// <summary>Multiplied element-wise (<c>"mul"</c>).</summary>
    Mul,

    /// <summary>Averaged element-wise (<c>"ave"</c>).</summary>
    Ave,
}
