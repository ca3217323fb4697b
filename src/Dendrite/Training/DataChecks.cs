// DataChecks: validation of user data at the public boundary of Fit / Evaluate / Predict, so that a
// bad value is reported by row and column instead of surfacing as NaN losses or a kernel exception.
using Dendrite.Autodiff;
using Dendrite.Nn;
using Dendrite.Tensors;

namespace Dendrite.Training;

/// <summary>Checks of user data with messages that name the row and column.</summary>
internal static class DataChecks
{
    /// <summary>Throws <see cref="NonFiniteValueException"/> at the first NaN or infinity, naming row and column.</summary>
    public static void RequireFinite(Tensor t, string what)
    {
        int index = t.IndexOfNonFinite();
        if (index < 0)
        {
            return;
        }

        int rows = t.Rank == 0 ? 1 : t.Shape[0];
        int perRow = rows == 0 ? 1 : Math.Max(1, t.Size / rows);
        throw new NonFiniteValueException($"{what} contains {Describe(t.GetFlat(index))} at row {index / perRow}, column {index % perRow} (shape {t.Shape}); every value must be finite.");
    }

    /// <summary>Throws <see cref="ShapeMismatchException"/> unless x and y have the same number of rows.</summary>
    public static void RequireSameRows(Tensor x, Tensor y, string what)
    {
        int nx = x.Rank == 0 ? 1 : x.Shape[0];
        int ny = y.Rank == 0 ? 1 : y.Shape[0];
        if (nx != ny)
        {
            throw new ShapeMismatchException($"{what}: x has {nx} rows (shape {x.Shape}) but y has {ny} rows (shape {y.Shape}); they must match.");
        }
    }

    /// <summary>The rows of <paramref name="t"/> at <paramref name="indices"/>, copied into a new tensor (rented while a <see cref="TensorPool"/> is active).</summary>
    public static Tensor TakeRows(Tensor t, ReadOnlySpan<int> indices)
    {
        int rows = t.Shape[0];
        int perRow = rows == 0 ? 0 : t.Size / rows;
        Tensor result = TensorPool.Zeros(t.Shape.With(0, indices.Length), t.DType);
        for (int i = 0; i < indices.Length; i++)
        {
            if (t.DType == DType.Float32)
            {
                t.AsSpan().Slice(indices[i] * perRow, perRow).CopyTo(result.AsSpan().Slice(i * perRow, perRow));
            }
            else
            {
                t.AsDoubleSpan().Slice(indices[i] * perRow, perRow).CopyTo(result.AsDoubleSpan().Slice(i * perRow, perRow));
            }
        }

        return result;
    }

    private static string Describe(double v) => double.IsNaN(v) ? "NaN" : v > 0 ? "+Infinity" : "-Infinity";
}
