// Hard sigmoid backward: dx = dy / 6 if −3 < x < 3 else 0   (subgradient choice at x = ±3: 0, as relu6's gradient in TensorFlow)
using System.Numerics;
using System.Runtime.Intrinsics;

namespace Dendrite.Kernels.Operators;

/// <summary>(x, dy) → −3 &lt; x &lt; 3 ? dy / 6 : 0.</summary>
internal readonly struct HardSigmoidGradientOperator : IBinaryOperator
{
    public T Invoke<T>(T x, T dy)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
        => x > T.CreateTruncating(-3) && x < T.CreateTruncating(3) ? dy / T.CreateTruncating(6) : T.Zero;

    public Vector128<T> Invoke<T>(Vector128<T> x, Vector128<T> dy)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        Vector128<T> three = Vector128.Create(T.CreateTruncating(3));
        Vector128<T> inside = Vector128.GreaterThan(x, -three) & Vector128.LessThan(x, three);
        return Vector128.ConditionalSelect(inside, dy / Vector128.Create(T.CreateTruncating(6)), Vector128<T>.Zero);
    }

    public Vector256<T> Invoke<T>(Vector256<T> x, Vector256<T> dy)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        Vector256<T> three = Vector256.Create(T.CreateTruncating(3));
        Vector256<T> inside = Vector256.GreaterThan(x, -three) & Vector256.LessThan(x, three);
        return Vector256.ConditionalSelect(inside, dy / Vector256.Create(T.CreateTruncating(6)), Vector256<T>.Zero);
    }

    public Vector512<T> Invoke<T>(Vector512<T> x, Vector512<T> dy)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        Vector512<T> three = Vector512.Create(T.CreateTruncating(3));
        Vector512<T> inside = Vector512.GreaterThan(x, -three) & Vector512.LessThan(x, three);
        return Vector512.ConditionalSelect(inside, dy / Vector512.Create(T.CreateTruncating(6)), Vector512<T>.Zero);
    }
}
