// Step (Heaviside) forward: y = 1 if x ≥ 0 else 0   (H(0) = 1, the perceptron convention; NaN gives 0)
using System.Numerics;
using System.Runtime.Intrinsics;

namespace Dendrite.Kernels.Operators;

/// <summary>y = x ≥ 0 ? 1 : 0.</summary>
internal readonly struct StepOperator : IUnaryOperator
{
    public T Invoke<T>(T x)
        where T : unmanaged, IBinaryFloatingPointIeee754<T> => x >= T.Zero ? T.One : T.Zero;

    public Vector128<T> Invoke<T>(Vector128<T> x)
        where T : unmanaged, IBinaryFloatingPointIeee754<T> => Vector128.ConditionalSelect(Vector128.GreaterThanOrEqual(x, Vector128<T>.Zero), Vector128<T>.One, Vector128<T>.Zero);

    public Vector256<T> Invoke<T>(Vector256<T> x)
        where T : unmanaged, IBinaryFloatingPointIeee754<T> => Vector256.ConditionalSelect(Vector256.GreaterThanOrEqual(x, Vector256<T>.Zero), Vector256<T>.One, Vector256<T>.Zero);

    public Vector512<T> Invoke<T>(Vector512<T> x)
        where T : unmanaged, IBinaryFloatingPointIeee754<T> => Vector512.ConditionalSelect(Vector512.GreaterThanOrEqual(x, Vector512<T>.Zero), Vector512<T>.One, Vector512<T>.Zero);
}
