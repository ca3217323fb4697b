// Concat: y = [x_0, x_1, …] joined along an axis; all other dimensions must agree
// Backward: dx_k = the slice of dy at x_k's rows [offset_k, offset_k + n_k)
using Dendrite.Tensors;

namespace Dendrite.Autodiff;

public static partial class Ops
{
    /// <summary>Joins tensors along an existing axis.</summary>
    /// <remarks><c>y = [x₀, x₁, …]</c> along <paramref name="axis"/>; each <c>dx_k</c> is its slice of <c>dy</c>.</remarks>
    /// <param name="tensors">One or more tensors of the same dtype and rank whose shapes differ only along <paramref name="axis"/>.</param>
    /// <param name="axis">The axis to join along; default 0. Negative counts from the end.</param>
    /// <exception cref="ArgumentException">The list is empty, or the dtypes, ranks or other dimensions differ.</exception>
    public static Tensor Concat(IReadOnlyList<Tensor> tensors, int axis = 0)
    {
        ArgumentNullException.ThrowIfNull(tensors);
        if (tensors.Count == 0)
        {
            throw new ArgumentException("Concat expects at least one tensor, received an empty list.", nameof(tensors));
        }

        Tensor first = NotNull(tensors[0], "Concat", "tensors[0]");
        int ax = CheckAxis(first.Shape, axis, "Concat");
        int total = 0;
        int[] offsets = new int[tensors.Count];
        for (int k = 0; k < tensors.Count; k++)
        {
            Tensor t = NotNull(tensors[k], "Concat", $"tensors[{k}]");
            if (t.DType != first.DType || t.Rank != first.Rank || t.Shape.With(ax, 0) != first.Shape.With(ax, 0))
            {
                throw new ArgumentException(
                    $"Concat along axis {axis} expects tensors of one dtype whose shapes differ only on that axis; tensor 0 is {first.DType} {first.Shape}, tensor {k} is {t.DType} {t.Shape}.",
                    nameof(tensors));
            }

            offsets[k] = total;
            total += t.Shape[ax];
        }

        Tensor[] inputs = [.. tensors];
        Tensor y = TensorPool.Zeros(first.Shape.With(ax, total), first.DType);
        ConcatInto(inputs, ax, y);

        GradientTape.RecordOperation(y, inputs, (dy, needs) =>
        {
            var dx = new Tensor?[inputs.Length];
            for (int k = 0; k < inputs.Length; k++)
            {
                if (needs[k])
                {
                    dx[k] = TensorPool.ZerosLike(inputs[k]);
                    MoveAlongAxis(dy, offsets[k], dx[k]!, 0, inputs[k].Shape[ax], ax, accumulate: false);
                }
            }

            return dx;
        });
        return y;
    }

    /// <summary>The tensors joined along <paramref name="axis"/> (≥ 0, shapes checked by the caller) into an existing y of the joined shape, not recorded:
    /// the copies of <see cref="Concat"/>, for inference into preallocated buffers.</summary>
    internal static void ConcatInto(ReadOnlySpan<Tensor> tensors, int axis, Tensor y)
    {
        int offset = 0;
        foreach (Tensor t in tensors)
        {
            MoveAlongAxis(t, 0, y, offset, t.Shape[axis], axis, accumulate: false);
            offset += t.Shape[axis];
        }
    }
}
