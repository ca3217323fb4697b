// Add: z = x + y
using System.Numerics;
using System.Runtime.Intrinsics;

namespace Dendrite.Kernels.Operators;

/// <summary>z = x + y</summary>
internal readonly struct AddOperator : IBinaryOperator
{
    public T Invoke<T>(T x, T y)
        where T : unmanaged, IBinaryFloatingPointIeee754<T> => x + y;

    public Vector128<T> Invoke<T>(Vector128<T> x, Vector128<T> y)
        where T : unmanaged, IBinaryFloatingPointIeee754<T> => x + y;

    public Vector256<T> Invoke<T>(Vector256<T> x, Vector256<T> y)
        where T : unmanaged, IBinaryFloatingPointIeee754<T> => x + y;

    public Vector512<T> Invoke<T>(Vector512<T> x, Vector512<T> y)
        where T : unmanaged, IBinaryFloatingPointIeee754<T> => x + y;
}
