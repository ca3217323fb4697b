// DenseActivation: the activations the fused Dense kernel (DenseFused) applies in its pass; every other
// activation runs as its own op after a linear DenseForward.
namespace Dendrite.Kernels;

/// <summary>The activations the fused Dense op applies in its pass.</summary>
internal enum DenseActivation
{
    /// <summary>f(z) = z.</summary>
    Linear,

    /// <summary>f(z) = max(z, 0).</summary>
    Relu,

    /// <summary>f(z) = 1 / (1 + e^−z).</summary>
    Sigmoid,

    /// <summary>f(z) = tanh z.</summary>
    Tanh,
}
