// Gather: y[…, j, …] = x[…, indices[j], …] along one axis (rows may repeat or be left out)
// Backward: dx = zeros(x.shape);  dx[…, indices[j], …] += dy[…, j, …]   (repeated indices accumulate)
using Dendrite.Tensors;

namespace Dendrite.Autodiff;

public static partial class Ops
{
    /// <summary>Picks rows of <paramref name="x"/> by index along <paramref name="axis"/> (Keras <c>take</c>).</summary>
    /// <remarks><c>y_j = x[indices[j]]</c> on the axis; <c>dx[indices[j]] += dy_j</c>, so repeated indices accumulate.</remarks>
    /// <param name="x">The tensor, rank ≥ 1.</param>
    /// <param name="indices">Row indices in [−n, n), n the axis length; negative counts from the end.</param>
    /// <param name="axis">The axis to gather along; default 0.</param>
    /// <exception cref="ArgumentException">The axis or an index is out of range.</exception>
    public static Tensor Gather(Tensor x, int[] indices, int axis = 0)
    {
        NotNull(x, "Gather", nameof(x));
        ArgumentNullException.ThrowIfNull(indices);
        int ax = CheckAxis(x.Shape, axis, "Gather");
        int n = x.Shape[ax];
        int[] rows = new int[indices.Length];
        for (int j = 0; j < indices.Length; j++)
        {
            int r = indices[j] < 0 ? indices[j] + n : indices[j];
            if (r < 0 || r >= n)
            {
                throw new ArgumentException(
                    $"Gather expects indices in [{-n}, {n}) for axis {axis} of shape {x.Shape}, received {indices[j]} at position {j}.",
                    nameof(indices));
            }

            rows[j] = r;
        }

        Tensor y = TensorPool.Zeros(x.Shape.With(ax, rows.Length), x.DType);
        for (int j = 0; j < rows.Length; j++)
        {
            MoveAlongAxis(x, rows[j], y, j, 1, ax, accumulate: false);
        }

        GradientTape.RecordOperation(y, [x], (dy, needs) =>
        {
            Tensor dx = TensorPool.ZerosLike(x);
            for (int j = 0; j < rows.Length; j++)
            {
                MoveAlongAxis(dy, j, dx, rows[j], 1, ax, accumulate: true);
            }

            return [dx];
        });
        return y;
    }
}
