// Method-style access to the common differentiable ops: x.Reshape(…), x.MatMul(w), x.Sum(), …
// They live here, in Autodiff, as extension members so that Tensor stays plain data and every call is
// recorded on the gradient tape. (Tensor.View is the non-recording reshape for data.)
using Dendrite.Tensors;

namespace Dendrite.Autodiff;

/// <summary>Differentiable ops as tensor methods: <c>x.Reshape([2, -1])</c>, <c>x.MatMul(w)</c>, <c>x.Sum()</c>.</summary>
public static class TensorExtensions
{
    /// <summary>Method forms of ops on a tensor.</summary>
    /// <param name="x">The tensor the op applies to.</param>
    extension(Tensor x)
    {
        /// <summary>The same elements in another shape; one dimension may be -1 (<see cref="Ops.Reshape"/>).</summary>
        /// <param name="shape">The new shape.</param>
        public Tensor Reshape(Shape shape) => Ops.Reshape(x, shape);

        /// <summary>The transpose: axes reversed, or permuted by <paramref name="perm"/> (<see cref="Ops.Transpose"/>).</summary>
        /// <param name="perm">A permutation of the axes; default null reverses them.</param>
        public Tensor Transpose(int[]? perm = null) => Ops.Transpose(x, perm);

        /// <summary>The matrix product x · <paramref name="other"/> (<see cref="Ops.MatMul"/>).</summary>
        /// <param name="other">The right operand, rank 2.</param>
        public Tensor MatMul(Tensor other) => Ops.MatMul(x, other);

        /// <summary>The sum over <paramref name="axes"/>, or of everything (<see cref="Ops.Sum(Tensor, int[], bool)"/>).</summary>
        /// <param name="axes">The axes to reduce; default null = all.</param>
        /// <param name="keepDims">Keep reduced axes with size 1; default false.</param>
        public Tensor Sum(int[]? axes = null, bool keepDims = false) => Ops.Sum(x, axes, keepDims);

        /// <summary>The mean over <paramref name="axes"/>, or of everything (<see cref="Ops.Mean(Tensor, int[], bool)"/>).</summary>
        /// <param name="axes">The axes to reduce; default null = all.</param>
        /// <param name="keepDims">Keep reduced axes with size 1; default false.</param>
        public Tensor Mean(int[]? axes = null, bool keepDims = false) => Ops.Mean(x, axes, keepDims);
    }
}
