// Comparison mask: z = 1 if x ≥ y else 0   (routes Maximum's and Minimum's gradient; ties go to x)
using System.Numerics;
using System.Runtime.Intrinsics;

namespace Dendrite.Kernels.Operators;

/// <summary>(x, y) → x ≥ y ? 1 : 0.</summary>
internal readonly struct GreaterOrEqualMaskOperator : IBinaryOperator
{
    public T Invoke<T>(T x, T y)
        where T : unmanaged, IBinaryFloatingPointIeee754<T> => x >= y ? T.One : T.Zero;

    public Vector128<T> Invoke<T>(Vector128<T> x, Vector128<T> y)
        where T : unmanaged, IBinaryFloatingPointIeee754<T> => Vector128.ConditionalSelect(Vector128.GreaterThanOrEqual(x, y), Vector128<T>.One, Vector128<T>.Zero);

    public Vector256<T> Invoke<T>(Vector256<T> x, Vector256<T> y)
        where T : unmanaged, IBinaryFloatingPointIeee754<T> => Vector256.ConditionalSelect(Vector256.GreaterThanOrEqual(x, y), Vector256<T>.One, Vector256<T>.Zero);

    public Vector512<T> Invoke<T>(Vector512<T> x, Vector512<T> y)
        where T : unmanaged, IBinaryFloatingPointIeee754<T> => Vector512.ConditionalSelect(Vector512.GreaterThanOrEqual(x, y), Vector512<T>.One, Vector512<T>.Zero);
}
