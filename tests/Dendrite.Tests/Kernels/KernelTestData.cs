using System.Numerics;
using Dendrite.Kernels;
using Dendrite.Tensors;

namespace Dendrite.Tests.Kernels;

/// <summary>Shared inputs and comparisons for the kernel tests.</summary>
internal static class KernelTestData
{
    /// <summary>Every <see cref="SimdTier"/>, as its bit width (SimdTier is internal, test parameters are public).</summary>
    public static TheoryData<int> Tiers => new() { (int)SimdTier.Scalar, (int)SimdTier.Vector128, (int)SimdTier.Vector256, (int)SimdTier.Vector512 };

    /// <summary>Uniform values in [-4, 4].</summary>
    public static T[] Uniform<T>(RandomGenerator rng, int n)
        where T : INumberBase<T>
    {
        var a = new T[n];
        for (int i = 0; i < n; i++)
        {
            a[i] = T.CreateChecked(rng.Uniform(-4, 4));
        }

        return a;
    }

    /// <summary>Uniform values with zeros, negative zeros, infinities and NaNs sprinkled in.</summary>
    public static T[] WithSpecials<T>(RandomGenerator rng, int n)
        where T : IFloatingPointIeee754<T>
    {
        T[] a = Uniform<T>(rng, n);
        for (int i = 0; i < n; i++)
        {
            int pick = rng.NextInt(20);
            a[i] = pick switch
            {
                0 => T.Zero,
                1 => T.NegativeZero,
                2 => T.NaN,
                3 => T.PositiveInfinity,
                4 => T.NegativeInfinity,
                _ => a[i],
            };
        }

        return a;
    }

    /// <summary>Bitwise-meaningful equality: NaN equals NaN, and +0 differs from -0.</summary>
    public static bool Same<T>(T a, T b)
        where T : IFloatingPointIeee754<T>
        => (T.IsNaN(a) && T.IsNaN(b)) || (a == b && T.IsNegative(a) == T.IsNegative(b));
}
