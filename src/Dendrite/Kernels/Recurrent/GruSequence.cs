// GruSequence: the GRU over a whole sequence, forward and backward through time, fused.
// Keras 3 (keras/src/layers/rnn/gru.py GRUCell.call, implementation 2): kernel columns in gate order z, r, h;
//   resetAfter (default; bias (2, 3·units) = input bias, recurrent bias):
//     m = h_{s−1} · U + b_rec;   z = σ(x_z + m_z)   r = σ(x_r + m_r)   ĥ = act(x_h + r ⊙ m_h)
//   resetAfter false (bias (3·units,), input only):
//     z = σ(x_z + h_{s−1} · U_z)   r = σ(x_r + h_{s−1} · U_r)   ĥ = act(x_h + (r ⊙ h_{s−1}) · U_h)
//   h_s = z ⊙ h_{s−1} + (1 − z) ⊙ ĥ            (x_· = x_t · W_· + b_in,·, one GEMM for all steps)
// Backward at an active step (dh = dOut + carried dh):
//   da_z = dh ⊙ (h_{s−1} − ĥ) ⊙ σ'(z)   da_h = dh ⊙ (1 − z) ⊙ act'(ĥ)   dh_{s−1} = dh ⊙ z + …
//   after:  da_r = da_h ⊙ m_h ⊙ σ'(r);  recurrent gradient [da_z, da_r, da_h ⊙ r] → dh_{s−1} += ·Uᵀ, dU += h_{s−1}ᵀ·, db_rec += Σ
//   before: d(r⊙h) = da_h · U_hᵀ;  da_r = d(r⊙h) ⊙ h_{s−1} ⊙ σ'(r);  dh_{s−1} += d(r⊙h) ⊙ r + [da_z, da_r] · U_zrᵀ
// Buffers (step-major, Recurrence): proj (steps·batch × 3·units) holds z, r, ĥ after forward; h (steps + 1, batch, units); m
// (steps, batch, units) holds m_h (after) or r ⊙ h_{s−1} (before).
using System.Numerics;

namespace Dendrite.Kernels.Recurrent;

/// <summary>The fused forward and backward passes of a GRU over a sequence.</summary>
internal static partial class GruSequence
{
    /// <summary>Runs the sequence on step-major <paramref name="xs"/>; <paramref name="h"/> must hold h0 in its first block. <paramref name="rec"/> is batch × 3·units scratch; <paramref name="split"/> 3·units² scratch (resetAfter false).</summary>
    public static void Forward<T>(in RecurrentSpec p, ReadOnlySpan<T> xs, ReadOnlySpan<T> kernel, ReadOnlySpan<T> recurrentKernel, ReadOnlySpan<T> bias, ReadOnlySpan<bool> mask, Span<T> proj, Span<T> h, Span<T> m, Span<T> rec, Span<T> split, Span<T> output, Span<T> packed)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        int u = p.Units, g3 = 3 * u, bu = p.Batch * u;
        ReadOnlySpan<T> recurrentBias = p.ResetAfter && !bias.IsEmpty ? bias.Slice(g3, g3) : default;
        Recurrence.InputProjection(p, xs, kernel, bias.IsEmpty ? default : bias[..g3], proj);
        Span<T> uzr = default, uh = default;
        if (!p.ResetAfter)
        {
            uzr = split[..(2 * u * u)];
            uh = split.Slice(2 * u * u, u * u);
            SplitColumns(recurrentKernel, u, uzr, uh);
        }

        for (int s = 0; s < p.Steps; s++)
        {
            int t = p.TimeIndex(s);
            Span<T> hp = h.Slice(s * bu, bu), hn = h.Slice((s + 1) * bu, bu), ms = m.Slice(s * bu, bu);
            int width = p.ResetAfter ? g3 : 2 * u;
            Gemm.Multiply(false, false, p.Batch, width, u, hp, p.ResetAfter ? recurrentKernel : uzr, rec);
            for (int b = 0; b < p.Batch; b++)
            {
                if (!Recurrence.Active(mask, p, b, t))
                {
                    continue;
                }

                Span<T> a = proj.Slice(((s * p.Batch) + b) * g3, g3), r = rec.Slice(b * width, width);
                if (!recurrentBias.IsEmpty)
                {
                    TensorPrimitives.Add(r, recurrentBias, r);
                }

                TensorPrimitives.Add(a[..(2 * u)], r[..(2 * u)], a[..(2 * u)]);
                Recurrence.Activate(a[..(2 * u)], p.RecurrentActivation);
                if (p.ResetAfter)
                {
                    r.Slice(2 * u, u).CopyTo(ms.Slice(b * u, u));                                 // m_h
                    TensorPrimitives.MultiplyAdd(a.Slice(u, u), r.Slice(2 * u, u), a.Slice(2 * u, u), a.Slice(2 * u, u));
                    Recurrence.Activate(a.Slice(2 * u, u), p.Activation);
                }
                else
                {
                    TensorPrimitives.Multiply(a.Slice(u, u), hp.Slice(b * u, u), ms.Slice(b * u, u)); // r ⊙ h_{s−1}
                }
            }

            if (!p.ResetAfter)
            {
                Gemm.Multiply(false, false, p.Batch, u, u, ms, uh, rec[..bu]);
                for (int b = 0; b < p.Batch; b++)
                {
                    if (Recurrence.Active(mask, p, b, t))
                    {
                        Span<T> ah = proj.Slice((((s * p.Batch) + b) * g3) + (2 * u), u);
                        TensorPrimitives.Add(ah, rec.Slice(b * u, u), ah);
                        Recurrence.Activate(ah, p.Activation);
                    }
                }
            }

            for (int b = 0; b < p.Batch; b++)
            {
                if (Recurrence.Active(mask, p, b, t))
                {
                    ReadOnlySpan<T> a = proj.Slice(((s * p.Batch) + b) * g3, g3);
                    Span<T> hRow = hn.Slice(b * u, u);
                    TensorPrimitives.Subtract(hp.Slice(b * u, u), a.Slice(2 * u, u), hRow);   // h_{s−1} − ĥ
                    TensorPrimitives.MultiplyAdd(a[..u], hRow, a.Slice(2 * u, u), hRow);      // ĥ + z ⊙ (h_{s−1} − ĥ)
                }
            }

            Recurrence.FinishStep(p, s, mask, hp, hn, default, default, output, packed);
        }

        Recurrence.FinishSequence(p, output, h.Slice(p.Steps * bu, bu), default, packed);
    }

    /// <summary>Copies the columns of U (units × 3·units) into U_zr (units × 2·units) and U_h (units × units).</summary>
    internal static void SplitColumns<T>(ReadOnlySpan<T> recurrentKernel, int u, Span<T> uzr, Span<T> uh)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        for (int row = 0; row < u; row++)
        {
            recurrentKernel.Slice(row * 3 * u, 2 * u).CopyTo(uzr.Slice(row * 2 * u, 2 * u));
            recurrentKernel.Slice((row * 3 * u) + (2 * u), u).CopyTo(uh.Slice(row * u, u));
        }
    }
}
