// GruSequence, backward through time (the formulas are in GruSequence.cs).
using System.Numerics;

namespace Dendrite.Kernels.Recurrent;

internal static partial class GruSequence
{
    /// <summary>
    /// Back-propagates through time; <paramref name="dh"/> ends as dL/dh0. <paramref name="xs"/> holds the step-major input and is
    /// overwritten; <paramref name="dProj"/> must be zero. Empty destinations are skipped.
    /// <paramref name="da"/> is batch × 3·units scratch; <paramref name="scratch"/> 2·batch·units + 3·units² (resetAfter false).
    /// </summary>
    public static void Backward<T>(in RecurrentSpec p, Span<T> xs, ReadOnlySpan<T> kernel, ReadOnlySpan<T> recurrentKernel, ReadOnlySpan<bool> mask, ReadOnlySpan<T> proj, ReadOnlySpan<T> h, ReadOnlySpan<T> m, ReadOnlySpan<T> dPacked, Span<T> dProj, Span<T> da, Span<T> scratch, Span<T> dOut, Span<T> dh, Span<T> dhNew, Span<T> dx, Span<T> dKernel, Span<T> dRecurrent, Span<T> dBias)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        int u = p.Units, g3 = 3 * u, bu = p.Batch * u, width = p.ResetAfter ? g3 : 2 * u;
        Span<T> dah = scratch[..bu], drh = scratch.Slice(bu, bu);
        Span<T> uzr = scratch.Slice(2 * bu, 2 * u * u), uh = scratch.Slice((2 * bu) + (2 * u * u), u * u);
        Span<T> dUzr = default, dUh = default;
        if (!p.ResetAfter)
        {
            SplitColumns(recurrentKernel, u, uzr, uh);
            if (!dRecurrent.IsEmpty)
            {
                dUzr = dRecurrent[..(2 * u * u)];
                dUh = dRecurrent.Slice(2 * u * u, u * u); // used as packed (u × 2u) and (u × u) blocks, re-laid out at the end
            }
        }

        Span<T> dRecurrentBias = p.ResetAfter && !dBias.IsEmpty ? dBias.Slice(g3, g3) : default;
        Recurrence.StartBackward(p, dPacked, dOut, dh, default);
        for (int s = p.Steps - 1; s >= 0; s--)
        {
            int t = p.TimeIndex(s);
            ReadOnlySpan<T> hp = h.Slice(s * bu, bu), ms = m.Slice(s * bu, bu);
            Recurrence.BackwardStep(p, s, mask, dPacked, dOut, dh, dhNew);
            da.Clear();
            dah.Clear();
            for (int b = 0; b < p.Batch; b++)
            {
                if (!Recurrence.Active(mask, p, b, t))
                {
                    continue;
                }

                int at = ((s * p.Batch) + b) * g3;
                ReadOnlySpan<T> z = proj.Slice(at, u), r = proj.Slice(at + u, u), hh = proj.Slice(at + (2 * u), u);
                ReadOnlySpan<T> dhn = dhNew.Slice(b * u, u), hpRow = hp.Slice(b * u, u);
                Span<T> row = da.Slice(b * width, width), daz = row[..u], dahRow = dah.Slice(b * u, u);
                TensorPrimitives.Subtract(hpRow, hh, daz);
                TensorPrimitives.Multiply(dhn, daz, daz);
                Recurrence.Derivative(z, daz, daz, p.RecurrentActivation);
                TensorPrimitives.Multiply(dhn, z, dahRow);
                dahRow.CopyTo(dh.Slice(b * u, u));                               // dh_{s−1} = dh ⊙ z + …
                TensorPrimitives.Subtract(dhn, dahRow, dahRow);                  // dh ⊙ (1 − z)
                Recurrence.Derivative(hh, dahRow, dahRow, p.Activation);
                if (p.ResetAfter)
                {
                    Span<T> dar = row.Slice(u, u);
                    TensorPrimitives.Multiply(dahRow, ms.Slice(b * u, u), dar);
                    Recurrence.Derivative(r, dar, dar, p.RecurrentActivation);
                    TensorPrimitives.Multiply(dahRow, r, row.Slice(2 * u, u));
                }

                daz.CopyTo(dProj.Slice(at, u));
                dahRow.CopyTo(dProj.Slice(at + (2 * u), u));
            }

            if (!p.ResetAfter)
            {
                Gemm.Multiply(false, true, p.Batch, u, u, dah, uh, drh);        // d(r ⊙ h_{s−1})
                if (!dUh.IsEmpty)
                {
                    Gemm.Multiply(true, false, u, u, p.Batch, ms, dah, dUh, accumulate: true);
                }

                for (int b = 0; b < p.Batch; b++)
                {
                    if (Recurrence.Active(mask, p, b, t))
                    {
                        int at = ((s * p.Batch) + b) * g3;
                        Span<T> dar = da.Slice((b * width) + u, u), drhRow = drh.Slice(b * u, u), dhRow = dh.Slice(b * u, u);
                        ReadOnlySpan<T> r = proj.Slice(at + u, u);
                        TensorPrimitives.MultiplyAdd(drhRow, r, dhRow, dhRow);
                        TensorPrimitives.Multiply(drhRow, hp.Slice(b * u, u), dar);
                        Recurrence.Derivative(r, dar, dar, p.RecurrentActivation);
                    }
                }
            }

            for (int b = 0; b < p.Batch; b++)
            {
                if (Recurrence.Active(mask, p, b, t))
                {
                    da.Slice((b * width) + u, u).CopyTo(dProj.Slice((((s * p.Batch) + b) * g3) + u, u));
                }
            }

            Gemm.Multiply(false, true, p.Batch, u, width, da, p.ResetAfter ? recurrentKernel : uzr, dh, accumulate: true);
            if (!dRecurrent.IsEmpty)
            {
                Gemm.Multiply(true, false, u, width, p.Batch, hp, da, p.ResetAfter ? dRecurrent : dUzr, accumulate: true);
            }

            if (!dRecurrentBias.IsEmpty)
            {
                Recurrence.SumRows(da, p.Batch, g3, dRecurrentBias);
            }
        }

        if (!p.ResetAfter && !dRecurrent.IsEmpty)
        {
            // dU was accumulated as the blocks [dU_zr (u × 2u) | dU_h (u × u)]; lay it out as (u × 3u) rows.
            // The split kernels are no longer needed: their scratch holds a copy of the blocks.
            Span<T> blocks = scratch.Slice(2 * bu, 3 * u * u);
            dRecurrent.CopyTo(blocks);
            for (int row = 0; row < u; row++)
            {
                blocks.Slice(row * 2 * u, 2 * u).CopyTo(dRecurrent.Slice(row * g3, 2 * u));
                blocks.Slice((2 * u * u) + (row * u), u).CopyTo(dRecurrent.Slice((row * g3) + (2 * u), u));
            }
        }

        Recurrence.InputGradients(p, xs, kernel, dProj, dx, dKernel, p.ResetAfter && !dBias.IsEmpty ? dBias[..g3] : dBias);
    }
}
