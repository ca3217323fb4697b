// The TensorPrimitives shape: one operator struct per element-wise op, one Invoke per vector width.
// The scalar Invoke is the reference the SIMD paths are tested against. Methods are generic over the
// element type so that one operator serves float32 training and float64 gradient checks.
using System.Numerics;
using System.Runtime.Intrinsics;

namespace Dendrite.Kernels;

/// <summary>An element-wise function y = f(x), at every SIMD width.</summary>
internal interface IUnaryOperator
{
    /// <summary>f(x) for one element: the reference implementation.</summary>
    T Invoke<T>(T x)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>;

    /// <summary>f for 128-bit vectors.</summary>
    Vector128<T> Invoke<T>(Vector128<T> x)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>;

    /// <summary>f for 256-bit vectors.</summary>
    Vector256<T> Invoke<T>(Vector256<T> x)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>;

    /// <summary>f for 512-bit vectors.</summary>
    Vector512<T> Invoke<T>(Vector512<T> x)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>;
}

/// <summary>An element-wise function z = f(x, y), at every SIMD width.</summary>
internal interface IBinaryOperator
{
    /// <summary>f(x, y) for one element: the reference implementation.</summary>
    T Invoke<T>(T x, T y)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>;

    /// <summary>f for 128-bit vectors.</summary>
    Vector128<T> Invoke<T>(Vector128<T> x, Vector128<T> y)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>;

    /// <summary>f for 256-bit vectors.</summary>
    Vector256<T> Invoke<T>(Vector256<T> x, Vector256<T> y)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>;

    /// <summary>f for 512-bit vectors.</summary>
    Vector512<T> Invoke<T>(Vector512<T> x, Vector512<T> y)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>;
}
