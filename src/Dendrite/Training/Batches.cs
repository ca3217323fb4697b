// Batches: row views and row gathers over the tensors of every model input (or output) at once, so
// that a mini-batch takes the same rows from each.
using Dendrite.Tensors;

namespace Dendrite.Training;

/// <summary>Rows of several tensors at once.</summary>
internal static class Batches
{
    /// <summary>Rows [start, start + count) of each tensor, as views.</summary>
    public static IReadOnlyList<Tensor> Rows(IReadOnlyList<Tensor> tensors, int start, int count)
    {
        var result = new Tensor[tensors.Count];
        for (int i = 0; i < result.Length; i++)
        {
            result[i] = tensors[i].Rows(start, count);
        }

        return result;
    }

    /// <summary>The given rows of each tensor, copied.</summary>
    public static IReadOnlyList<Tensor> Take(IReadOnlyList<Tensor> tensors, ReadOnlySpan<int> rows)
    {
        var result = new Tensor[tensors.Count];
        for (int i = 0; i < result.Length; i++)
        {
            result[i] = DataChecks.TakeRows(tensors[i], rows);
        }

        return result;
    }
}
