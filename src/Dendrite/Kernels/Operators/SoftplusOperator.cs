// Softplus forward, stable: y = log(1 + e^x) = max(x, 0) + log1p(e^−|x|)
// log1p(u) = ln(w) · u / (w − 1) with w = 1 + u (exact u when w rounds to 1): Goldberg's trick keeps
// the relative accuracy of tiny results, e.g. softplus(−20) = 2.0611537e-9 rather than 0.
using System.Numerics;
using System.Runtime.Intrinsics;

namespace Dendrite.Kernels.Operators;

/// <summary>y = max(x, 0) + log1p(e^−|x|).</summary>
internal readonly struct SoftplusOperator : IUnaryOperator
{
    public T Invoke<T>(T x)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        T u = T.Exp(-T.Abs(x));
        T w = T.One + u;
        T log1p = w == T.One ? u : T.Log(w) * u / (w - T.One);
        return T.Max(x, T.Zero) + log1p;
    }

    public Vector128<T> Invoke<T>(Vector128<T> x)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        Vector128<T> u = VectorMath.Exp(-Vector128.Abs(x));
        Vector128<T> w = Vector128<T>.One + u;
        Vector128<T> log1p = Vector128.ConditionalSelect(Vector128.Equals(w, Vector128<T>.One), u, VectorMath.Log(w) * u / (w - Vector128<T>.One));
        return Vector128.Max(x, Vector128<T>.Zero) + log1p;
    }

    public Vector256<T> Invoke<T>(Vector256<T> x)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        Vector256<T> u = VectorMath.Exp(-Vector256.Abs(x));
        Vector256<T> w = Vector256<T>.One + u;
        Vector256<T> log1p = Vector256.ConditionalSelect(Vector256.Equals(w, Vector256<T>.One), u, VectorMath.Log(w) * u / (w - Vector256<T>.One));
        return Vector256.Max(x, Vector256<T>.Zero) + log1p;
    }

    public Vector512<T> Invoke<T>(Vector512<T> x)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        Vector512<T> u = VectorMath.Exp(-Vector512.Abs(x));
        Vector512<T> w = Vector512<T>.One + u;
        Vector512<T> log1p = Vector512.ConditionalSelect(Vector512.Equals(w, Vector512<T>.One), u, VectorMath.Log(w) * u / (w - Vector512<T>.One));
        return Vector512.Max(x, Vector512<T>.Zero) + log1p;
    }
}
