// VectorMath: e^x and ln x on vectors of either element type, dispatching once on typeof(T) to the
// Vector128/256/512.Exp and .Log that .NET provides for float and double. The JIT removes the dead branch.
using System.Numerics;
using System.Runtime.Intrinsics;

namespace Dendrite.Kernels;

/// <summary>Element-type-generic exp and log for every vector width.</summary>
internal static class VectorMath
{
    /// <summary>e^x lane-wise.</summary>
    public static Vector128<T> Exp<T>(Vector128<T> x)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
        => typeof(T) == typeof(float) ? Vector128.Exp(x.AsSingle()).As<float, T>() : Vector128.Exp(x.AsDouble()).As<double, T>();

    /// <summary>e^x lane-wise.</summary>
    public static Vector256<T> Exp<T>(Vector256<T> x)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
        => typeof(T) == typeof(float) ? Vector256.Exp(x.AsSingle()).As<float, T>() : Vector256.Exp(x.AsDouble()).As<double, T>();

    /// <summary>e^x lane-wise.</summary>
    public static Vector512<T> Exp<T>(Vector512<T> x)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
        => typeof(T) == typeof(float) ? Vector512.Exp(x.AsSingle()).As<float, T>() : Vector512.Exp(x.AsDouble()).As<double, T>();

    /// <summary>ln x lane-wise.</summary>
    public static Vector128<T> Log<T>(Vector128<T> x)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
        => typeof(T) == typeof(float) ? Vector128.Log(x.AsSingle()).As<float, T>() : Vector128.Log(x.AsDouble()).As<double, T>();

    /// <summary>ln x lane-wise.</summary>
    public static Vector256<T> Log<T>(Vector256<T> x)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
        => typeof(T) == typeof(float) ? Vector256.Log(x.AsSingle()).As<float, T>() : Vector256.Log(x.AsDouble()).As<double, T>();

    /// <summary>ln x lane-wise.</summary>
    public static Vector512<T> Log<T>(Vector512<T> x)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
        => typeof(T) == typeof(float) ? Vector512.Log(x.AsSingle()).As<float, T>() : Vector512.Log(x.AsDouble()).As<double, T>();

    /// <summary>f applied in double precision to a vector of either type: float lanes are widened, computed and narrowed.</summary>
    /// <remarks>For functions written once for <c>Vector128&lt;double&gt;</c> (erfc): wider vectors are split into 128-bit halves.</remarks>
    public static Vector128<T> InDouble<T>(Vector128<T> x, Func<Vector128<double>, Vector128<double>> f)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        if (typeof(T) == typeof(double))
        {
            return f(x.AsDouble()).As<double, T>();
        }

        (Vector128<double> lo, Vector128<double> hi) = Vector128.Widen(x.AsSingle());
        return Vector128.Narrow(f(lo), f(hi)).As<float, T>();
    }

    /// <summary><see cref="InDouble{T}(Vector128{T}, Func{Vector128{double}, Vector128{double}})"/> on the two 128-bit halves.</summary>
    public static Vector256<T> InDouble<T>(Vector256<T> x, Func<Vector128<double>, Vector128<double>> f)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
        => Vector256.Create(InDouble(x.GetLower(), f), InDouble(x.GetUpper(), f));

    /// <summary><see cref="InDouble{T}(Vector128{T}, Func{Vector128{double}, Vector128{double}})"/> on the two 256-bit halves.</summary>
    public static Vector512<T> InDouble<T>(Vector512<T> x, Func<Vector128<double>, Vector128<double>> f)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
        => Vector512.Create(InDouble(x.GetLower(), f), InDouble(x.GetUpper(), f));
}
