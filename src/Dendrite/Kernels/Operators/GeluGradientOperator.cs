// GELU backward, derivative computed in double precision, then dx = dy · y'(x):
//   exact:        y'(x) = Φ(x) + x · φ(x),   φ(x) = e^(−x²/2) / √(2π)
//   approximate:  y'(x) = s + 2x · s(1 − s) · √(2/π) · (1 + 3 · 0.044715 x²),   s = 1 / (1 + e^(−2u))
using System.Numerics;
using System.Runtime.Intrinsics;

namespace Dendrite.Kernels.Operators;

/// <summary>(x, dy) → dy · GELU'(x), exact or for the tanh approximation.</summary>
internal readonly struct GeluGradientOperator(bool approximate) : IBinaryOperator
{
    private const double InverseSqrtTwoPi = 0.3989422804014327;

    public T Invoke<T>(T x, T dy)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        double v = double.CreateTruncating(x);
        return T.CreateTruncating(approximate ? Approximate(v) : Exact(v)) * dy;
    }

    public Vector128<T> Invoke<T>(Vector128<T> x, Vector128<T> dy)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
        => (approximate ? VectorMath.InDouble(x, static v => Approximate(v)) : VectorMath.InDouble(x, static v => Exact(v))) * dy;

    public Vector256<T> Invoke<T>(Vector256<T> x, Vector256<T> dy)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
        => (approximate ? VectorMath.InDouble(x, static v => Approximate(v)) : VectorMath.InDouble(x, static v => Exact(v))) * dy;

    public Vector512<T> Invoke<T>(Vector512<T> x, Vector512<T> dy)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
        => (approximate ? VectorMath.InDouble(x, static v => Approximate(v)) : VectorMath.InDouble(x, static v => Exact(v))) * dy;

    private static double Exact(double x)
        => (0.5 * ErrorFunction.Erfc(-x * GeluOperator.InverseSqrtTwo)) + (x * Math.Exp(-0.5 * x * x) * InverseSqrtTwoPi);

    private static Vector128<double> Exact(Vector128<double> x)
        => (0.5 * ErrorFunction.Erfc(-x * GeluOperator.InverseSqrtTwo)) + (x * Vector128.Exp(-0.5 * x * x) * InverseSqrtTwoPi);

    private static double Approximate(double x)
    {
        double s = 1 / (1 + Math.Exp(-2 * GeluOperator.SqrtTwoOverPi * (x + (GeluOperator.Cubic * x * x * x))));
        return s + (2 * x * s * (1 - s) * GeluOperator.SqrtTwoOverPi * (1 + (3 * GeluOperator.Cubic * x * x)));
    }

    private static Vector128<double> Approximate(Vector128<double> x)
    {
        Vector128<double> one = Vector128<double>.One;
        Vector128<double> s = one / (one + Vector128.Exp(-2 * GeluOperator.SqrtTwoOverPi * (x + (GeluOperator.Cubic * x * x * x))));
        return s + (2 * x * s * (one - s) * GeluOperator.SqrtTwoOverPi * (one + (3 * GeluOperator.Cubic * x * x)));
    }
}
