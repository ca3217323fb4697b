// Leaky ReLU backward: dx = dy if x > 0 else negativeSlope · dy   (subgradient choice at 0: negativeSlope, as TensorFlow)
using System.Numerics;
using System.Runtime.Intrinsics;

namespace Dendrite.Kernels.Operators;

/// <summary>(x, dy) → x &gt; 0 ? dy : negativeSlope · dy.</summary>
internal readonly struct LeakyReluGradientOperator(double negativeSlope) : IBinaryOperator
{
    public T Invoke<T>(T x, T dy)
        where T : unmanaged, IBinaryFloatingPointIeee754<T> => x > T.Zero ? dy : T.CreateTruncating(negativeSlope) * dy;

    public Vector128<T> Invoke<T>(Vector128<T> x, Vector128<T> dy)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
        => Vector128.ConditionalSelect(Vector128.GreaterThan(x, Vector128<T>.Zero), dy, Vector128.Create(T.CreateTruncating(negativeSlope)) * dy);

    public Vector256<T> Invoke<T>(Vector256<T> x, Vector256<T> dy)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
        => Vector256.ConditionalSelect(Vector256.GreaterThan(x, Vector256<T>.Zero), dy, Vector256.Create(T.CreateTruncating(negativeSlope)) * dy);

    public Vector512<T> Invoke<T>(Vector512<T> x, Vector512<T> dy)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
        => Vector512.ConditionalSelect(Vector512.GreaterThan(x, Vector512<T>.Zero), dy, Vector512.Create(T.CreateTruncating(negativeSlope)) * dy);
}
