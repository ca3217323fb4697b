using System.Numerics;
using Dendrite.Kernels;
using Dendrite.Tensors;

namespace Dendrite.Tests.Kernels;

/// <summary>Tests that change the process-wide <see cref="Engine.Threads"/> run alone, never beside other tests.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class EngineThreadsCollection
{
    /// <summary>The collection name.</summary>
    public const string Name = "Engine.Threads";
}

[Collection(EngineThreadsCollection.Name)]
public class GemmThreadingTests
{
    public static TheoryData<bool, bool> Transposes => GemmTests.Transposes;

    [Theory]
    [MemberData(nameof(Transposes))]
    public void Multiply_OneTwoAndThreeThreads_AreBitIdentical(bool transA, bool transB)
    {
        SameForAnyThreadCount<float>(transA, transB, 129, 257, 65);
        SameForAnyThreadCount<double>(transA, transB, 129, 257, 65);
        SameForAnyThreadCount<float>(transA, transB, 203, 64, 300);
    }

    [Fact]
    public void Multiply_WithTwoThreads_IsCorrect()
    {
        using (new EngineThreadsScope(2))
        {
            GemmTests.Check<float>(false, false, 130, 140, 150, accumulate: true);
            GemmTests.Check<double>(true, true, 130, 140, 150, accumulate: false);
        }
    }

    [Fact]
    public void Threads_RejectsLessThanOne()
    {
        int saved = Engine.Threads;
        Assert.Throws<ArgumentOutOfRangeException>(() => Engine.Threads = 0);
        Assert.Equal(saved, Engine.Threads);
    }

    private static void SameForAnyThreadCount<T>(bool transA, bool transB, int m, int n, int k)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        var rng = new RandomGenerator(606);
        T[] a = KernelTestData.Uniform<T>(rng, m * k);
        T[] b = KernelTestData.Uniform<T>(rng, k * n);
        T[] one = Run(1);
        T[] two = Run(2);
        T[] three = Run(3);
        Assert.True(one.AsSpan().SequenceEqual(two), $"{typeof(T).Name} {m}×{n}×{k}: 1 and 2 threads differ");
        Assert.True(one.AsSpan().SequenceEqual(three), $"{typeof(T).Name} {m}×{n}×{k}: 1 and 3 threads differ");

        T[] Run(int threads)
        {
            using var scope = new EngineThreadsScope(threads);
            var c = new T[m * n];
            Gemm.Multiply<T>(transA, transB, m, n, k, a, b, c);
            return c;
        }
    }
}
