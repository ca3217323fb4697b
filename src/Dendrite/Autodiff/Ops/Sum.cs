// Sum: y = Σ x over the given axes (all axes by default), optionally keeping them as size 1.
// Backward: dx = broadcast(dy with the reduced axes kept, x.shape)  — every summed element gets dy.
using Dendrite.Kernels;
using Dendrite.Tensors;

namespace Dendrite.Autodiff;

public static partial class Ops
{
    /// <summary>Sum over <paramref name="axes"/> (every axis when null).</summary>
    /// <remarks><c>y = Σ x</c>; <c>dx = dy</c> broadcast back over the reduced axes.</remarks>
    /// <param name="x">The tensor.</param>
    /// <param name="axes">The axes to reduce (negative counts from the end); default null = all.</param>
    /// <param name="keepDims">Keep reduced axes with size 1; default false.</param>
    public static Tensor Sum(Tensor x, int[]? axes = null, bool keepDims = false)
    {
        bool[] reduce = ReducedAxes(x.Shape, axes);
        Tensor y = x;
        for (int ax = x.Rank - 1; ax >= 0; ax--)
        {
            if (reduce[ax])
            {
                y = SumAxisKeep(y, ax);
            }
        }

        if (ReferenceEquals(y, x))
        {
            y = x.Clone();
        }

        Shape kept = y.Shape;
        Tensor result = keepDims ? y : y.View(Squeeze(kept, reduce));
        GradientTape.RecordOperation(result, [x], (dy, needs) => [BroadcastTo(dy.View(kept), x.Shape)]);
        return result;
    }

    /// <summary>Sum over one axis.</summary>
    /// <param name="x">The tensor.</param>
    /// <param name="axis">The axis to reduce.</param>
    /// <param name="keepDims">Keep it with size 1; default false.</param>
    public static Tensor Sum(Tensor x, int axis, bool keepDims = false) => Sum(x, [axis], keepDims);

    /// <summary>Mean over <paramref name="axes"/> (every axis when null).</summary>
    /// <remarks><c>y = Σ x / n</c>, n the number of reduced elements; <c>dx = dy / n</c>.</remarks>
    /// <param name="x">The tensor.</param>
    /// <param name="axes">The axes to reduce; default null = all.</param>
    /// <param name="keepDims">Keep reduced axes with size 1; default false.</param>
    public static Tensor Mean(Tensor x, int[]? axes = null, bool keepDims = false)
    {
        bool[] reduce = ReducedAxes(x.Shape, axes);
        int count = 1;
        for (int i = 0; i < reduce.Length; i++)
        {
            count *= reduce[i] ? x.Shape[i] : 1;
        }

        return Multiply(Sum(x, axes, keepDims), 1.0 / Math.Max(count, 1));
    }

    /// <summary>Mean over one axis.</summary>
    /// <param name="x">The tensor.</param>
    /// <param name="axis">The axis to reduce.</param>
    /// <param name="keepDims">Keep it with size 1; default false.</param>
    public static Tensor Mean(Tensor x, int axis, bool keepDims = false) => Mean(x, [axis], keepDims);

    /// <summary>Marks the axes to reduce; null means all.</summary>
    internal static bool[] ReducedAxes(Shape shape, int[]? axes)
    {
        var reduce = new bool[shape.Rank];
        if (axes is null)
        {
            Array.Fill(reduce, true);
            return reduce;
        }

        foreach (int a in axes)
        {
            int n = shape.NormalizeAxis(a);
            if (reduce[n])
            {
                throw new ArgumentException($"Axis {a} is given twice for shape {shape}.", nameof(axes));
            }

            reduce[n] = true;
        }

        return reduce;
    }

    /// <summary>The shape with the marked axes removed.</summary>
    internal static Shape Squeeze(Shape shape, bool[] reduce)
    {
        var dims = new List<int>(shape.Rank);
        for (int i = 0; i < shape.Rank; i++)
        {
            if (!reduce[i])
            {
                dims.Add(shape[i]);
            }
        }

        return new Shape(dims.ToArray());
    }

    private static Tensor SumAxisKeep(Tensor x, int axis)
    {
        var (outer, n, inner) = Dispatch.Split(x.Shape, axis);
        Tensor y = TensorPool.Zeros(x.Shape.With(axis, 1), x.DType);
        if (x.DType == DType.Float32)
        {
            Reduce.Sum(x.Span<float>(), outer, n, inner, y.Span<float>());
        }
        else
        {
            Reduce.Sum(x.Span<double>(), outer, n, inner, y.Span<double>());
        }

        return y;
    }
}
