// Shared helpers for the op, operator and activation tests: seeded tensors, gradient checks, value
// comparisons, and the kernel check of an operator struct against its scalar Invoke at every SIMD tier.
using System.Numerics;
using System.Runtime.Intrinsics;
using Dendrite.Autodiff;
using Dendrite.Kernels;
using Dendrite.Tensors;

namespace Dendrite.Tests.Autodiff.Ops;

internal static class OpTestHelpers
{
    public static readonly SimdTier[] Tiers = [SimdTier.Scalar, SimdTier.Vector128, SimdTier.Vector256, SimdTier.Vector512];

    /// <summary>Values every kernel test includes: zeros of both signs, tiny and large magnitudes, and common kinks.</summary>
    public static readonly double[] Specials = [0.0, -0.0, 1e-9, -1e-9, 1.0, -1.0, 3.0, -3.0, 30.0, -30.0, 100.0, -100.0, 1e4, -1e4];

    /// <summary>A float64 tensor with elements uniform in [low, high).</summary>
    public static Tensor Uniform(int seed, double low, double high, params int[] dims)
    {
        var rng = new RandomGenerator(seed);
        Tensor t = Tensor.Zeros(new Shape(dims), DType.Float64);
        for (int i = 0; i < t.Size; i++)
        {
            t.SetFlat(i, low + ((high - low) * rng.NextDouble()));
        }

        return t;
    }

    /// <summary>A float64 tensor with elements uniform in [−2, 2).</summary>
    public static Tensor Random(int seed, params int[] dims) => Uniform(seed, -2, 2, dims);

    /// <summary>Moves every element closer than <paramref name="margin"/> to a kink out to kink ± margin, so central differences never straddle it.</summary>
    public static Tensor AwayFrom(Tensor t, double margin, params double[] kinks)
    {
        for (int i = 0; i < t.Size; i++)
        {
            double v = t.GetFlat(i);
            foreach (double k in kinks)
            {
                if (Math.Abs(v - k) < margin)
                {
                    v = v >= k ? k + margin : k - margin;
                }
            }

            t.SetFlat(i, v);
        }

        return t;
    }

    /// <summary>A float64 tensor from values.</summary>
    public static Tensor Of(double[] values, params int[] dims) => new(values, new Shape(dims.Length == 0 ? [values.Length] : dims));

    /// <summary>Asserts that the tape's gradients of <paramref name="f"/> match central differences.</summary>
    public static void AssertGradients(Func<IReadOnlyList<Tensor>, Tensor> f, params Tensor[] inputs)
    {
        GradientCheckResult result = GradientCheck.Check(f, inputs);
        Assert.True(result.Count > 0, "the gradient check compared nothing");
        Assert.True(result.Passed, result.ToString());
    }

    /// <summary>The tape's gradients of Σ f(inputs) with respect to every input.</summary>
    public static Tensor[] Gradients(Func<Tensor[], Tensor> f, params Tensor[] inputs)
    {
        using var tape = new GradientTape();
        foreach (Tensor x in inputs)
        {
            tape.Watch(x);
        }

        Tensor y = Dendrite.Autodiff.Ops.Sum(f(inputs));
        return tape.Gradient(y, inputs);
    }

    /// <summary>Asserts element-wise |actual − expected| ≤ tolerance.</summary>
    public static void AssertValues(double[] expected, Tensor actual, double tolerance)
    {
        Assert.Equal(expected.Length, actual.Size);
        for (int i = 0; i < expected.Length; i++)
        {
            double a = actual.GetFlat(i);
            Assert.True(Math.Abs(a - expected[i]) <= tolerance || a.Equals(expected[i]), $"element {i}: expected {expected[i]:R}, received {a:R}");
        }
    }

    /// <summary>Asserts an activation reproduces published values in float64 (to <paramref name="tolerance64"/>, default 1e-7) and float32 (to 1e-6), relative above 1.</summary>
    public static void AssertPublished(Func<Tensor, Tensor> activation, double[] x, double[] expected, double tolerance64 = 1e-7)
    {
        foreach ((DType dtype, double tolerance) in new[] { (DType.Float64, tolerance64), (DType.Float32, Math.Max(1e-6, tolerance64)) })
        {
            Tensor y = activation(Of(x).To(dtype));
            Assert.Equal(dtype, y.DType);
            for (int i = 0; i < x.Length; i++)
            {
                double a = y.GetFlat(i);
                Assert.True(Math.Abs(a - expected[i]) <= tolerance * Math.Max(1, Math.Abs(expected[i])), $"{dtype} f({x[i]}): expected {expected[i]:R}, received {a:R}");
            }
        }
    }

    /// <summary>Checks a unary operator: the driver at every tier and length 0..257, and each vector width directly, against the scalar Invoke.</summary>
    public static void CheckUnaryOperator<TOp>(TOp op, double floatTolerance, double doubleTolerance, double low = -10, double high = 10)
        where TOp : struct, IUnaryOperator
    {
        CheckUnary<float, TOp>(op, floatTolerance, low, high);
        CheckUnary<double, TOp>(op, doubleTolerance, low, high);
    }

    /// <summary>Checks a binary operator like <see cref="CheckUnaryOperator{TOp}"/>; the first operand gets the special values.</summary>
    public static void CheckBinaryOperator<TOp>(TOp op, double floatTolerance, double doubleTolerance, double low = -10, double high = 10)
        where TOp : struct, IBinaryOperator
    {
        CheckBinary<float, TOp>(op, floatTolerance, low, high);
        CheckBinary<double, TOp>(op, doubleTolerance, low, high);
    }

    private static void CheckUnary<T, TOp>(TOp op, double tolerance, double low, double high)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
        where TOp : struct, IUnaryOperator
    {
        var rng = new RandomGenerator(271828);
        foreach (SimdTier tier in Tiers)
        {
            for (int n = 0; n <= 257; n++)
            {
                T[] x = Inputs<T>(rng, n, low, high, withSpecials: true);
                T[] actual = new T[n];
                Elementwise.Map<T, TOp>(x, actual, op, tier);
                for (int i = 0; i < n; i++)
                {
                    AssertClose(op.Invoke(x[i]), actual[i], tolerance, $"{typeof(T).Name} tier {tier} length {n} index {i} x = {x[i]}");
                }
            }
        }

        T[] v = Inputs<T>(rng, Vector512<T>.Count * 4, low, high, withSpecials: true);
        for (int start = 0; start < v.Length; start += Vector512<T>.Count)
        {
            T[] r128 = new T[Vector512<T>.Count], r256 = new T[Vector512<T>.Count], r512 = new T[Vector512<T>.Count];
            for (int k = 0; k < r128.Length; k += Vector128<T>.Count)
            {
                op.Invoke(Vector128.Create<T>(v.AsSpan(start + k))).CopyTo(r128, k);
            }

            for (int k = 0; k < r256.Length; k += Vector256<T>.Count)
            {
                op.Invoke(Vector256.Create<T>(v.AsSpan(start + k))).CopyTo(r256, k);
            }

            op.Invoke(Vector512.Create<T>(v.AsSpan(start))).CopyTo(r512);
            for (int i = 0; i < r512.Length; i++)
            {
                T expected = op.Invoke(v[start + i]);
                AssertClose(expected, r128[i], tolerance, $"{typeof(T).Name} Vector128 lane {i} x = {v[start + i]}");
                AssertClose(expected, r256[i], tolerance, $"{typeof(T).Name} Vector256 lane {i} x = {v[start + i]}");
                AssertClose(expected, r512[i], tolerance, $"{typeof(T).Name} Vector512 lane {i} x = {v[start + i]}");
            }
        }
    }

    private static void CheckBinary<T, TOp>(TOp op, double tolerance, double low, double high)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
        where TOp : struct, IBinaryOperator
    {
        var rng = new RandomGenerator(314159);
        foreach (SimdTier tier in Tiers)
        {
            for (int n = 0; n <= 257; n++)
            {
                T[] x = Inputs<T>(rng, n, low, high, withSpecials: true);
                T[] y = Inputs<T>(rng, n, low, high, withSpecials: false);
                T[] actual = new T[n];
                Elementwise.Map<T, TOp>(x, y, actual, op, tier);
                for (int i = 0; i < n; i++)
                {
                    AssertClose(op.Invoke(x[i], y[i]), actual[i], tolerance, $"{typeof(T).Name} tier {tier} length {n} index {i} x = {x[i]}, y = {y[i]}");
                }
            }
        }

        int count = Vector512<T>.Count * 4;
        T[] a = Inputs<T>(rng, count, low, high, withSpecials: true);
        T[] b = Inputs<T>(rng, count, low, high, withSpecials: false);
        for (int i = 0; i < count; i += Vector512<T>.Count)
        {
            T[] r128 = new T[Vector512<T>.Count], r256 = new T[Vector512<T>.Count], r512 = new T[Vector512<T>.Count];
            for (int k = 0; k < r128.Length; k += Vector128<T>.Count)
            {
                op.Invoke(Vector128.Create<T>(a.AsSpan(i + k)), Vector128.Create<T>(b.AsSpan(i + k))).CopyTo(r128, k);
            }

            for (int k = 0; k < r256.Length; k += Vector256<T>.Count)
            {
                op.Invoke(Vector256.Create<T>(a.AsSpan(i + k)), Vector256.Create<T>(b.AsSpan(i + k))).CopyTo(r256, k);
            }

            op.Invoke(Vector512.Create<T>(a.AsSpan(i)), Vector512.Create<T>(b.AsSpan(i))).CopyTo(r512);
            for (int j = 0; j < r512.Length; j++)
            {
                T expected = op.Invoke(a[i + j], b[i + j]);
                AssertClose(expected, r128[j], tolerance, $"{typeof(T).Name} Vector128 lane {j}");
                AssertClose(expected, r256[j], tolerance, $"{typeof(T).Name} Vector256 lane {j}");
                AssertClose(expected, r512[j], tolerance, $"{typeof(T).Name} Vector512 lane {j}");
            }
        }
    }

    private static T[] Inputs<T>(RandomGenerator rng, int n, double low, double high, bool withSpecials)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        var x = new T[n];
        for (int i = 0; i < n; i++)
        {
            double v = withSpecials && i % 5 == 2 ? Specials[(i / 5) % Specials.Length] : low + ((high - low) * rng.NextDouble());
            x[i] = T.CreateTruncating(v);
        }

        return x;
    }

    private static void AssertClose<T>(T expected, T actual, double tolerance, string where)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        double e = double.CreateTruncating(expected);
        double a = double.CreateTruncating(actual);
        bool ok = e.Equals(a) || Math.Abs(a - e) <= tolerance * Math.Max(1.0, Math.Abs(e));
        Assert.True(ok, $"{where}: scalar {e:R}, vector {a:R}");
    }
}
