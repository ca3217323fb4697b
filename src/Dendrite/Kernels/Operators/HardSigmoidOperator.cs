// Hard sigmoid forward (Keras 3): y = clip(x / 6 + 0.5, 0, 1) = relu6(x + 3) / 6
using System.Numerics;
using System.Runtime.Intrinsics;

namespace Dendrite.Kernels.Operators;

/// <summary>y = min(max(x / 6 + 0.5, 0), 1).</summary>
internal readonly struct HardSigmoidOperator : IUnaryOperator
{
    public T Invoke<T>(T x)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
        => T.Min(T.Max((x / T.CreateTruncating(6)) + T.CreateTruncating(0.5), T.Zero), T.One);

    public Vector128<T> Invoke<T>(Vector128<T> x)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
        => Vector128.Min(Vector128.Max((x / Vector128.Create(T.CreateTruncating(6))) + Vector128.Create(T.CreateTruncating(0.5)), Vector128<T>.Zero), Vector128<T>.One);

    public Vector256<T> Invoke<T>(Vector256<T> x)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
        => Vector256.Min(Vector256.Max((x / Vector256.Create(T.CreateTruncating(6))) + Vector256.Create(T.CreateTruncating(0.5)), Vector256<T>.Zero), Vector256<T>.One);

    public Vector512<T> Invoke<T>(Vector512<T> x)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
        => Vector512.Min(Vector512.Max((x / Vector512.Create(T.CreateTruncating(6))) + Vector512.Create(T.CreateTruncating(0.5)), Vector512<T>.Zero), Vector512<T>.One);
}
