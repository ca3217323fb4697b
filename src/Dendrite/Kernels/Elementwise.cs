// Element-wise drivers: apply an operator to spans, widest vectors first (512 → 256 → 128), then a
// scalar tail. The widest accelerated tier is used unless a tier is given; an explicit tier is honoured
// even above the hardware's (Vector512 runs in software on AVX2 machines), so tests cover every path.
// Pure span functions: the destination comes last, nothing is allocated.
// Each output element depends only on its inputs, so the result is the same at every tier whenever the
// operator's vector and scalar forms agree (they are tested to).
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Dendrite.Kernels;

/// <summary>Drivers that apply element-wise operators over spans.</summary>
internal static class Elementwise
{
    /// <summary>destination[i] = op(x[i]).</summary>
    public static void Map<T, TOp>(ReadOnlySpan<T> x, Span<T> destination, TOp op, SimdTier? tier = null)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
        where TOp : struct, IUnaryOperator
    {
        CheckLength(x.Length, destination.Length);
        ref T xr = ref MemoryMarshal.GetReference(x);
        ref T dr = ref MemoryMarshal.GetReference(destination);
        int n = x.Length;
        int i = 0;
        SimdTier t = tier ?? Simd.Best;
        if (t >= SimdTier.Vector512)
        {
            for (; i <= n - Vector512<T>.Count; i += Vector512<T>.Count)
            {
                op.Invoke(Vector512.LoadUnsafe(ref xr, (nuint)i)).StoreUnsafe(ref dr, (nuint)i);
            }
        }

        if (t >= SimdTier.Vector256)
        {
            for (; i <= n - Vector256<T>.Count; i += Vector256<T>.Count)
            {
                op.Invoke(Vector256.LoadUnsafe(ref xr, (nuint)i)).StoreUnsafe(ref dr, (nuint)i);
            }
        }

        if (t >= SimdTier.Vector128)
        {
            for (; i <= n - Vector128<T>.Count; i += Vector128<T>.Count)
            {
                op.Invoke(Vector128.LoadUnsafe(ref xr, (nuint)i)).StoreUnsafe(ref dr, (nuint)i);
            }
        }

        for (; i < n; i++)
        {
            Unsafe.Add(ref dr, i) = op.Invoke(Unsafe.Add(ref xr, i));
        }
    }

    /// <summary>destination[i] = op(x[i], y[i]).</summary>
    public static void Map<T, TOp>(ReadOnlySpan<T> x, ReadOnlySpan<T> y, Span<T> destination, TOp op, SimdTier? tier = null)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
        where TOp : struct, IBinaryOperator
    {
        CheckLength(x.Length, y.Length);
        CheckLength(x.Length, destination.Length);
        ref T xr = ref MemoryMarshal.GetReference(x);
        ref T yr = ref MemoryMarshal.GetReference(y);
        ref T dr = ref MemoryMarshal.GetReference(destination);
        int n = x.Length;
        int i = 0;
        SimdTier t = tier ?? Simd.Best;
        if (t >= SimdTier.Vector512)
        {
            for (; i <= n - Vector512<T>.Count; i += Vector512<T>.Count)
            {
                op.Invoke(Vector512.LoadUnsafe(ref xr, (nuint)i), Vector512.LoadUnsafe(ref yr, (nuint)i)).StoreUnsafe(ref dr, (nuint)i);
            }
        }

        if (t >= SimdTier.Vector256)
        {
            for (; i <= n - Vector256<T>.Count; i += Vector256<T>.Count)
            {
                op.Invoke(Vector256.LoadUnsafe(ref xr, (nuint)i), Vector256.LoadUnsafe(ref yr, (nuint)i)).StoreUnsafe(ref dr, (nuint)i);
            }
        }

        if (t >= SimdTier.Vector128)
        {
            for (; i <= n - Vector128<T>.Count; i += Vector128<T>.Count)
            {
                op.Invoke(Vector128.LoadUnsafe(ref xr, (nuint)i), Vector128.LoadUnsafe(ref yr, (nuint)i)).StoreUnsafe(ref dr, (nuint)i);
            }
        }

        for (; i < n; i++)
        {
            Unsafe.Add(ref dr, i) = op.Invoke(Unsafe.Add(ref xr, i), Unsafe.Add(ref yr, i));
        }
    }

    /// <summary>destination[i] = op(x[i], y) for a scalar y.</summary>
    public static void MapScalarRight<T, TOp>(ReadOnlySpan<T> x, T y, Span<T> destination, TOp op, SimdTier? tier = null)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
        where TOp : struct, IBinaryOperator
    {
        CheckLength(x.Length, destination.Length);
        ref T xr = ref MemoryMarshal.GetReference(x);
        ref T dr = ref MemoryMarshal.GetReference(destination);
        int n = x.Length;
        int i = 0;
        SimdTier t = tier ?? Simd.Best;
        if (t >= SimdTier.Vector512)
        {
            var yv = Vector512.Create(y);
            for (; i <= n - Vector512<T>.Count; i += Vector512<T>.Count)
            {
                op.Invoke(Vector512.LoadUnsafe(ref xr, (nuint)i), yv).StoreUnsafe(ref dr, (nuint)i);
            }
        }

        if (t >= SimdTier.Vector256)
        {
            var yv = Vector256.Create(y);
            for (; i <= n - Vector256<T>.Count; i += Vector256<T>.Count)
            {
                op.Invoke(Vector256.LoadUnsafe(ref xr, (nuint)i), yv).StoreUnsafe(ref dr, (nuint)i);
            }
        }

        if (t >= SimdTier.Vector128)
        {
            var yv = Vector128.Create(y);
            for (; i <= n - Vector128<T>.Count; i += Vector128<T>.Count)
            {
                op.Invoke(Vector128.LoadUnsafe(ref xr, (nuint)i), yv).StoreUnsafe(ref dr, (nuint)i);
            }
        }

        for (; i < n; i++)
        {
            Unsafe.Add(ref dr, i) = op.Invoke(Unsafe.Add(ref xr, i), y);
        }
    }

    /// <summary>destination[i] = op(x, y[i]) for a scalar x.</summary>
    public static void MapScalarLeft<T, TOp>(T x, ReadOnlySpan<T> y, Span<T> destination, TOp op, SimdTier? tier = null)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
        where TOp : struct, IBinaryOperator
        => MapScalarRight(y, x, destination, new Swapped<TOp>(op), tier);

    private static void CheckLength(int expected, int actual)
    {
        if (expected != actual)
        {
            throw new ArgumentException($"Span lengths differ: {expected} and {actual}.");
        }
    }

    /// <summary>op(y, x): lets a scalar-left map reuse the scalar-right loop.</summary>
    private readonly struct Swapped<TOp>(TOp op) : IBinaryOperator
        where TOp : struct, IBinaryOperator
    {
        public T Invoke<T>(T x, T y)
            where T : unmanaged, IBinaryFloatingPointIeee754<T> => op.Invoke(y, x);

        public Vector128<T> Invoke<T>(Vector128<T> x, Vector128<T> y)
            where T : unmanaged, IBinaryFloatingPointIeee754<T> => op.Invoke(y, x);

        public Vector256<T> Invoke<T>(Vector256<T> x, Vector256<T> y)
            where T : unmanaged, IBinaryFloatingPointIeee754<T> => op.Invoke(y, x);

        public Vector512<T> Invoke<T>(Vector512<T> x, Vector512<T> y)
            where T : unmanaged, IBinaryFloatingPointIeee754<T> => op.Invoke(y, x);
    }
}
