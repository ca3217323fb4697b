// Gelu: exact        y = x · Φ(x) = x · (1 + erf(x / √2)) / 2
//       approximate  y = x · (1 + tanh(√(2/π) (x + 0.044715 x³))) / 2        (Hendrycks & Gimpel 2016)
// Backward: exact dx = dy · (Φ(x) + x φ(x));  approximate: the derivative of the tanh form (saves x)
using Dendrite.Kernels.Operators;
using Dendrite.Tensors;

namespace Dendrite.Autodiff;

public static partial class Ops
{
    /// <summary>Gaussian error linear unit, element-wise.</summary>
    /// <remarks><c>y = x · Φ(x)</c>, Φ the standard normal CDF; <c>dx = dy · (Φ(x) + x φ(x))</c>. With <paramref name="approximate"/>, Φ(x) ≈ (1 + tanh(√(2/π)(x + 0.044715x³)))/2.</remarks>
    /// <param name="x">The tensor.</param>
    /// <param name="approximate">Use the tanh approximation; default false, as <c>keras.activations.gelu</c> (<c>keras.ops.gelu</c> defaults to true).</param>
    /// <exception cref="ArgumentNullException"><paramref name="x"/> is null.</exception>
    public static Tensor Gelu(Tensor x, bool approximate = false)
    {
        NotNull(x, "Gelu", nameof(x));
        Tensor y = Dispatch.Unary(x, new GeluOperator(approximate));
        GradientTape.RecordOperation(y, [x], (dy, needs) => [Dispatch.Binary(x, dy, new GeluGradientOperator(approximate), "GeluGradient")]);
        return y;
    }

    /// <summary>GELU of x into an existing y of x's shape and dtype, not recorded: the same kernel as the op, for inference into preallocated buffers.</summary>
    internal static void GeluInto(Tensor x, bool approximate, Tensor y) => Dispatch.UnaryInto(x, y, new GeluOperator(approximate));
}
