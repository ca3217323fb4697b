// GELU forward (Hendrycks & Gimpel 2016), computed in double precision for both element types:
//   exact:        y = x · Φ(x) = x · erfc(−x / √2) / 2
//   approximate:  y = x · (1 + tanh(u)) / 2 = x / (1 + e^(−2u)),  u = √(2/π) · (x + 0.044715 x³)
using System.Numerics;
using System.Runtime.Intrinsics;

namespace Dendrite.Kernels.Operators;

/// <summary>y = x · Φ(x), or its tanh approximation.</summary>
internal readonly struct GeluOperator(bool approximate) : IUnaryOperator
{
    /// <summary>√(2/π).</summary>
    internal const double SqrtTwoOverPi = 0.7978845608028654;

    /// <summary>The cubic coefficient of the tanh approximation.</summary>
    internal const double Cubic = 0.044715;

    /// <summary>1/√2.</summary>
    internal const double InverseSqrtTwo = 0.7071067811865476;

    public T Invoke<T>(T x)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        double v = double.CreateTruncating(x);
        return T.CreateTruncating(approximate ? Approximate(v) : Exact(v));
    }

    public Vector128<T> Invoke<T>(Vector128<T> x)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
        => approximate ? VectorMath.InDouble(x, static v => Approximate(v)) : VectorMath.InDouble(x, static v => Exact(v));

    public Vector256<T> Invoke<T>(Vector256<T> x)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
        => approximate ? VectorMath.InDouble(x, static v => Approximate(v)) : VectorMath.InDouble(x, static v => Exact(v));

    public Vector512<T> Invoke<T>(Vector512<T> x)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
        => approximate ? VectorMath.InDouble(x, static v => Approximate(v)) : VectorMath.InDouble(x, static v => Exact(v));

    private static double Exact(double x) => 0.5 * x * ErrorFunction.Erfc(-x * InverseSqrtTwo);

    private static Vector128<double> Exact(Vector128<double> x) => 0.5 * x * ErrorFunction.Erfc(-x * InverseSqrtTwo);

    private static double Approximate(double x) => x / (1 + Math.Exp(-2 * SqrtTwoOverPi * (x + (Cubic * x * x * x))));

    private static Vector128<double> Approximate(Vector128<double> x)
        => x / (Vector128<double>.One + Vector128.Exp(-2 * SqrtTwoOverPi * (x + (Cubic * x * x * x))));
}
