// Maximum: z = max(x, y) (NaN if either is NaN)
using System.Numerics;
using System.Runtime.Intrinsics;

namespace Dendrite.Kernels.Operators;

/// <summary>z = max(x, y) (NaN if either is NaN)</summary>
internal readonly struct MaximumOperator : IBinaryOperator
{
    public T Invoke<T>(T x, T y)
        where T : unmanaged, IBinaryFloatingPointIeee754<T> => T.IsNaN(x) || T.IsNaN(y) ? T.NaN : T.Max(x, y);

    public Vector128<T> Invoke<T>(Vector128<T> x, Vector128<T> y)
        where T : unmanaged, IBinaryFloatingPointIeee754<T> => Vector128.Max(x, y);

    public Vector256<T> Invoke<T>(Vector256<T> x, Vector256<T> y)
        where T : unmanaged, IBinaryFloatingPointIeee754<T> => Vector256.Max(x, y);

    public Vector512<T> Invoke<T>(Vector512<T> x, Vector512<T> y)
        where T : unmanaged, IBinaryFloatingPointIeee754<T> => Vector512.Max(x, y);
}
