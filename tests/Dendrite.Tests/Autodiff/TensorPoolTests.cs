// TensorPool: ops rent float32 results from the active pool (cleared, like Tensor.Zeros), the pool hands the
// same arrays out again after ReturnAll, and nothing is pooled when no pool is active, when renting is
// suspended, or for float64 (gradient checks).
using Dendrite.Autodiff;
using Dendrite.Tensors;
using Op = Dendrite.Autodiff.Ops;

namespace Dendrite.Tests.Autodiff;

public sealed class TensorPoolTests
{
    private static bool SameBuffer(Tensor a, Tensor b) => System.Runtime.CompilerServices.Unsafe.AreSame(ref a.AsSpan()[0], ref b.AsSpan()[0]);

    [Fact]
    public void Op_results_are_rented_cleared_and_reused_after_ReturnAll()
    {
        var pool = new TensorPool();
        Tensor a = new float[,] { { 1, -2 }, { 3, -4 } };
        Tensor first;
        using (pool.Activate())
        {
            first = Op.Relu(a);
            Assert.Equal([1f, 0f, 3f, 0f], first.ToArray());
        }

        Assert.Equal(1, pool.Lent);
        pool.ReturnAll();
        Assert.Equal(0, pool.Lent);
        using (pool.Activate())
        {
            Tensor zeros = TensorPool.Zeros(new Shape(2, 2), DType.Float32);
            Assert.True(SameBuffer(first, zeros)); // the same array, handed out again …
            Assert.Equal([0f, 0f, 0f, 0f], zeros.ToArray()); // … and cleared
            Tensor other = TensorPool.Zeros(new Shape(4, 1), DType.Float32);
            Assert.False(SameBuffer(zeros, other)); // a lent array is never lent twice
        }
    }

    [Fact]
    public void Nothing_is_pooled_without_an_active_pool_when_suspended_or_in_float64()
    {
        var pool = new TensorPool();
        Tensor a = new float[,] { { 1, 2 } };
        Op.Exp(a);
        using (pool.Activate())
        {
            using (TensorPool.Suspend())
            {
                Op.Exp(a);
            }

            Op.Exp(a.To(DType.Float64));
            Assert.Equal(DType.Float64, TensorPool.Full(new Shape(2), 1.5, DType.Float64).DType);
            Assert.Equal(0, pool.Lent);
            Assert.Equal([1.5f, 1.5f], TensorPool.Full(new Shape(2), 1.5, DType.Float32).ToArray());
            Assert.Equal(1, pool.Lent);
        }

        Op.Exp(a);
        Assert.Equal(1, pool.Lent);
    }

    [Fact]
    public void A_scope_restores_the_pool_that_was_active_before()
    {
        var outer = new TensorPool();
        var inner = new TensorPool();
        using (outer.Activate())
        {
            using (inner.Activate())
            {
                TensorPool.Zeros(new Shape(3), DType.Float32);
            }

            TensorPool.Zeros(new Shape(3), DType.Float32);
        }

        Assert.Equal(1, inner.Lent);
        Assert.Equal(1, outer.Lent);
    }
}
