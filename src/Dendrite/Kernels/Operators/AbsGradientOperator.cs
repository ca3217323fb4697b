// Abs backward: dx = dy · sign(x)   (subgradient choice: |x|'(0) = 0, as PyTorch and TensorFlow)
using System.Numerics;
using System.Runtime.Intrinsics;

namespace Dendrite.Kernels.Operators;

/// <summary>(x, dy) → x &gt; 0 ? dy : x &lt; 0 ? −dy : 0.</summary>
internal readonly struct AbsGradientOperator : IBinaryOperator
{
    public T Invoke<T>(T x, T dy)
        where T : unmanaged, IBinaryFloatingPointIeee754<T> => x > T.Zero ? dy : x < T.Zero ? -dy : T.Zero;

    public Vector128<T> Invoke<T>(Vector128<T> x, Vector128<T> dy)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
        => Vector128.ConditionalSelect(Vector128.GreaterThan(x, Vector128<T>.Zero), dy, Vector128.ConditionalSelect(Vector128.LessThan(x, Vector128<T>.Zero), -dy, Vector128<T>.Zero));

    public Vector256<T> Invoke<T>(Vector256<T> x, Vector256<T> dy)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
        => Vector256.ConditionalSelect(Vector256.GreaterThan(x, Vector256<T>.Zero), dy, Vector256.ConditionalSelect(Vector256.LessThan(x, Vector256<T>.Zero), -dy, Vector256<T>.Zero));

    public Vector512<T> Invoke<T>(Vector512<T> x, Vector512<T> dy)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
        => Vector512.ConditionalSelect(Vector512.GreaterThan(x, Vector512<T>.Zero), dy, Vector512.ConditionalSelect(Vector512.LessThan(x, Vector512<T>.Zero), -dy, Vector512<T>.Zero));
}
