// ELU / SELU backward: dx = dy · scale if x ≥ 0 else dy · scale · alpha · e^x
// (subgradient choice at 0: the right derivative, scale, as TensorFlow's EluGrad/SeluGrad; ELU with alpha = 1 has no kink)
using System.Numerics;
using System.Runtime.Intrinsics;

namespace Dendrite.Kernels.Operators;

/// <summary>(x, dy) → dy · scale · (x ≥ 0 ? 1 : alpha · eˣ).</summary>
internal readonly struct EluGradientOperator(double alpha, double scale) : IBinaryOperator
{
    public T Invoke<T>(T x, T dy)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
        => x >= T.Zero ? T.CreateTruncating(scale) * dy : T.CreateTruncating(scale * alpha) * T.Exp(x) * dy;

    public Vector128<T> Invoke<T>(Vector128<T> x, Vector128<T> dy)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
        => Vector128.ConditionalSelect(
            Vector128.GreaterThanOrEqual(x, Vector128<T>.Zero),
            Vector128.Create(T.CreateTruncating(scale)) * dy,
            Vector128.Create(T.CreateTruncating(scale * alpha)) * VectorMath.Exp(x) * dy);

    public Vector256<T> Invoke<T>(Vector256<T> x, Vector256<T> dy)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
        => Vector256.ConditionalSelect(
            Vector256.GreaterThanOrEqual(x, Vector256<T>.Zero),
            Vector256.Create(T.CreateTruncating(scale)) * dy,
            Vector256.Create(T.CreateTruncating(scale * alpha)) * VectorMath.Exp(x) * dy);

    public Vector512<T> Invoke<T>(Vector512<T> x, Vector512<T> dy)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
        => Vector512.ConditionalSelect(
            Vector512.GreaterThanOrEqual(x, Vector512<T>.Zero),
            Vector512.Create(T.CreateTruncating(scale)) * dy,
            Vector512.Create(T.CreateTruncating(scale * alpha)) * VectorMath.Exp(x) * dy);
}
