// Select: destination[i] = condition[i] ≠ 0 ? a[i] : b[i]   (the kernel of Where; NaN counts as true, as numpy)
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Dendrite.Kernels;

/// <summary>Element-wise choice between two spans by a condition span.</summary>
internal static class Select
{
    /// <summary>destination[i] = condition[i] ≠ 0 ? a[i] : b[i]; all spans have the same length.</summary>
    public static void Where<T>(ReadOnlySpan<T> condition, ReadOnlySpan<T> a, ReadOnlySpan<T> b, Span<T> destination)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        int n = destination.Length;
        if (condition.Length != n || a.Length != n || b.Length != n)
        {
            throw new ArgumentException($"Span lengths differ: condition {condition.Length}, a {a.Length}, b {b.Length}, destination {n}.");
        }

        ref T cr = ref MemoryMarshal.GetReference(condition);
        ref T ar = ref MemoryMarshal.GetReference(a);
        ref T br = ref MemoryMarshal.GetReference(b);
        ref T dr = ref MemoryMarshal.GetReference(destination);
        int i = 0;
        if (Vector128.IsHardwareAccelerated)
        {
            for (; i <= n - Vector128<T>.Count; i += Vector128<T>.Count)
            {
                Vector128<T> isFalse = Vector128.Equals(Vector128.LoadUnsafe(ref cr, (nuint)i), Vector128<T>.Zero);
                Vector128.ConditionalSelect(isFalse, Vector128.LoadUnsafe(ref br, (nuint)i), Vector128.LoadUnsafe(ref ar, (nuint)i))
                    .StoreUnsafe(ref dr, (nuint)i);
            }
        }

        for (; i < n; i++)
        {
            Unsafe.Add(ref dr, i) = Unsafe.Add(ref cr, i) == T.Zero ? Unsafe.Add(ref br, i) : Unsafe.Add(ref ar, i);
        }
    }
}
