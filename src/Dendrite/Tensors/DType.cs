namespace Dendrite.Tensors;

/// <summary>The element type of a tensor.</summary>
/// <remarks>
/// Models train in <see cref="Float32"/>. <see cref="Float64"/> exists so that gradients can be checked by
/// central differences in double precision (<c>GradientCheck</c>) through the very same ops and layers.
/// </remarks>
public enum DType
{
    /// <summary>32-bit IEEE 754 floats: the default for data, weights and training.</summary>
    Float32,

    /// <summary>64-bit IEEE 754 doubles: for gradient checking and reference computations.</summary>
    Float64,
}
