// ELU / SELU forward: y = scale · x if x > 0 else scale · alpha · (e^x − 1)
// ELU is scale = 1; SELU is alpha = 1.67326324, scale = 1.05070098.
using System.Numerics;
using System.Runtime.Intrinsics;

namespace Dendrite.Kernels.Operators;

/// <summary>y = scale · (x &gt; 0 ? x : alpha · (eˣ − 1)).</summary>
internal readonly struct EluOperator(double alpha, double scale) : IUnaryOperator
{
    public T Invoke<T>(T x)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
        => x > T.Zero ? T.CreateTruncating(scale) * x : T.CreateTruncating(scale * alpha) * (T.Exp(x) - T.One);

    public Vector128<T> Invoke<T>(Vector128<T> x)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
        => Vector128.ConditionalSelect(
            Vector128.GreaterThan(x, Vector128<T>.Zero),
            Vector128.Create(T.CreateTruncating(scale)) * x,
            Vector128.Create(T.CreateTruncating(scale * alpha)) * (VectorMath.Exp(x) - Vector128<T>.One));

    public Vector256<T> Invoke<T>(Vector256<T> x)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
        => Vector256.ConditionalSelect(
            Vector256.GreaterThan(x, Vector256<T>.Zero),
            Vector256.Create(T.CreateTruncating(scale)) * x,
            Vector256.Create(T.CreateTruncating(scale * alpha)) * (VectorMath.Exp(x) - Vector256<T>.One));

    public Vector512<T> Invoke<T>(Vector512<T> x)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
        => Vector512.ConditionalSelect(
            Vector512.GreaterThan(x, Vector512<T>.Zero),
            Vector512.Create(T.CreateTruncating(scale)) * x,
            Vector512.Create(T.CreateTruncating(scale * alpha)) * (VectorMath.Exp(x) - Vector512<T>.One));
}
