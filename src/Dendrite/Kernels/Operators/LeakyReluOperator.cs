// Leaky ReLU forward: y = x if x > 0 else negativeSlope · x
using System.Numerics;
using System.Runtime.Intrinsics;

namespace Dendrite.Kernels.Operators;

/// <summary>y = x &gt; 0 ? x : negativeSlope · x.</summary>
internal readonly struct LeakyReluOperator(double negativeSlope) : IUnaryOperator
{
    public T Invoke<T>(T x)
        where T : unmanaged, IBinaryFloatingPointIeee754<T> => x > T.Zero ? x : T.CreateTruncating(negativeSlope) * x;

    public Vector128<T> Invoke<T>(Vector128<T> x)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
        => Vector128.ConditionalSelect(Vector128.GreaterThan(x, Vector128<T>.Zero), x, Vector128.Create(T.CreateTruncating(negativeSlope)) * x);

    public Vector256<T> Invoke<T>(Vector256<T> x)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
        => Vector256.ConditionalSelect(Vector256.GreaterThan(x, Vector256<T>.Zero), x, Vector256.Create(T.CreateTruncating(negativeSlope)) * x);

    public Vector512<T> Invoke<T>(Vector512<T> x)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
        => Vector512.ConditionalSelect(Vector512.GreaterThan(x, Vector512<T>.Zero), x, Vector512.Create(T.CreateTruncating(negativeSlope)) * x);
}
