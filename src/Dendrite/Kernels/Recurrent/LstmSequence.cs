// LstmSequence: the LSTM over a whole sequence, forward and backward through time, fused.
// Keras 3 (keras/src/layers/rnn/lstm.py LSTMCell.call, fused implementation 2): kernel columns in gate order
// i, f, c, o;  a = x_t · W + h_{s−1} · U + b,  split in four blocks of width units:
//   i = σ(a_i)   f = σ(a_f)   g = act(a_c)   o = σ(a_o)      (σ = recurrent activation, act = activation)
//   c_s = f ⊙ c_{s−1} + i ⊙ g          h_s = o ⊙ act(c_s)
// Backward at an active step (dh = dOut + carried dh, dc = carried dc):
//   da_o = dh ⊙ act(c_s) ⊙ σ'(o)       dc ← dc + dh ⊙ o ⊙ act'(c_s)
//   da_i = dc ⊙ g ⊙ σ'(i)   da_f = dc ⊙ c_{s−1} ⊙ σ'(f)   da_c = dc ⊙ i ⊙ act'(g)   dc_{s−1} = dc ⊙ f
//   dh_{s−1} = da · Uᵀ   dU += h_{s−1}ᵀ · da      then dx, dW, db from all da at once (Recurrence.InputGradients)
// Buffers: proj (batch·steps × 4·units) holds the activated gates after forward; h and c (steps + 1, batch,
// units) hold the initial then each step's states; tc (steps, batch, units) holds act(c_s).
using System.Numerics;

namespace Dendrite.Kernels.Recurrent;

/// <summary>The fused forward and backward passes of an LSTM over a sequence.</summary>
internal static class LstmSequence
{
    /// <summary>Runs the sequence; <paramref name="h"/> and <paramref name="c"/> must hold h0 and c0 in their first blocks.</summary>
    public static void Forward<T>(in RecurrentSpec p, ReadOnlySpan<T> x, ReadOnlySpan<T> kernel, ReadOnlySpan<T> recurrentKernel, ReadOnlySpan<T> bias, ReadOnlySpan<bool> mask, Span<T> proj, Span<T> h, Span<T> c, Span<T> tc, Span<T> rec, Span<T> output, Span<T> packed)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        int u = p.Units, g4 = 4 * u, bu = p.Batch * u;
        Recurrence.InputProjection(p, x, kernel, bias, proj);
        for (int s = 0; s < p.Steps; s++)
        {
            int t = p.TimeIndex(s);
            Span<T> hp = h.Slice(s * bu, bu), hn = h.Slice((s + 1) * bu, bu);
            Span<T> cp = c.Slice(s * bu, bu), cn = c.Slice((s + 1) * bu, bu);
            Gemm.Multiply(false, false, p.Batch, g4, u, hp, recurrentKernel, rec);
            for (int b = 0; b < p.Batch; b++)
            {
                if (!Recurrence.Active(mask, p, b, t))
                {
                    continue;
                }

                Span<T> a = proj.Slice(((b * p.Steps) + t) * g4, g4);
                TensorPrimitives.Add(a, rec.Slice(b * g4, g4), a);
                Recurrence.Activate(a[..(2 * u)], p.RecurrentActivation);
                Recurrence.Activate(a.Slice(2 * u, u), p.Activation);
                Recurrence.Activate(a.Slice(3 * u, u), p.RecurrentActivation);
                Span<T> cRow = cn.Slice(b * u, u), tcRow = tc.Slice((s * bu) + (b * u), u);
                TensorPrimitives.Multiply(a.Slice(u, u), cp.Slice(b * u, u), cRow);      // f ⊙ c_{s−1}
                TensorPrimitives.MultiplyAdd(a[..u], a.Slice(2 * u, u), cRow, cRow);   // + i ⊙ g
                cRow.CopyTo(tcRow);
                Recurrence.Activate(tcRow, p.Activation);
                TensorPrimitives.Multiply(a.Slice(3 * u, u), tcRow, hn.Slice(b * u, u)); // o ⊙ act(c)
            }

            Recurrence.FinishStep(p, s, mask, hp, hn, cp, cn, output, packed);
        }

        Recurrence.FinishSequence(p, output, h.Slice(p.Steps * bu, bu), c.Slice(p.Steps * bu, bu), packed);
    }

    /// <summary>Back-propagates through time; <paramref name="dh"/> and <paramref name="dc"/> end as dL/dh0 and dL/dc0. Empty destinations are skipped.</summary>
    public static void Backward<T>(in RecurrentSpec p, ReadOnlySpan<T> x, ReadOnlySpan<T> kernel, ReadOnlySpan<T> recurrentKernel, ReadOnlySpan<bool> mask, ReadOnlySpan<T> proj, ReadOnlySpan<T> h, ReadOnlySpan<T> c, ReadOnlySpan<T> tc, ReadOnlySpan<T> dPacked, Span<T> dProj, Span<T> da, Span<T> dOut, Span<T> dh, Span<T> dc, Span<T> dhNew, Span<T> dx, Span<T> dKernel, Span<T> dRecurrent, Span<T> dBias)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        int u = p.Units, g4 = 4 * u, bu = p.Batch * u;
        Recurrence.StartBackward(p, dPacked, dOut, dh, dc);
        for (int s = p.Steps - 1; s >= 0; s--)
        {
            int t = p.TimeIndex(s);
            Recurrence.BackwardStep(p, s, mask, dPacked, dOut, dh, dhNew);
            da.Clear();
            for (int b = 0; b < p.Batch; b++)
            {
                if (!Recurrence.Active(mask, p, b, t))
                {
                    continue;
                }

                ReadOnlySpan<T> a = proj.Slice(((b * p.Steps) + t) * g4, g4);
                ReadOnlySpan<T> gi = a[..u], gf = a.Slice(u, u), gg = a.Slice(2 * u, u), go = a.Slice(3 * u, u);
                ReadOnlySpan<T> tcRow = tc.Slice((s * bu) + (b * u), u), cp = c.Slice((s * bu) + (b * u), u), dhn = dhNew.Slice(b * u, u);
                Span<T> row = da.Slice(b * g4, g4), dcRow = dc.Slice(b * u, u);
                Span<T> dai = row[..u], daf = row.Slice(u, u), dag = row.Slice(2 * u, u), dao = row.Slice(3 * u, u);

                TensorPrimitives.Multiply(dhn, tcRow, dao);                  // dh ⊙ act(c)
                Recurrence.Derivative(go, dao, dao, p.RecurrentActivation);
                TensorPrimitives.Multiply(dhn, go, dai);                      // dh ⊙ o, then ⊙ act'(c)
                Recurrence.Derivative(tcRow, dai, dai, p.Activation);
                TensorPrimitives.Add(dcRow, dai, dcRow);                      // total dc_s
                TensorPrimitives.Multiply(dcRow, gg, dai);
                Recurrence.Derivative(gi, dai, dai, p.RecurrentActivation);
                TensorPrimitives.Multiply(dcRow, cp, daf);
                Recurrence.Derivative(gf, daf, daf, p.RecurrentActivation);
                TensorPrimitives.Multiply(dcRow, gi, dag);
                Recurrence.Derivative(gg, dag, dag, p.Activation);
                TensorPrimitives.Multiply(dcRow, gf, dcRow);                 // dc_{s−1}
                row.CopyTo(dProj.Slice(((b * p.Steps) + t) * g4, g4));
            }

            Gemm.Multiply(false, true, p.Batch, u, g4, da, recurrentKernel, dh, accumulate: true);
            if (!dRecurrent.IsEmpty)
            {
                Gemm.Multiply(true, false, u, g4, p.Batch, h.Slice(s * bu, bu), da, dRecurrent, accumulate: true);
            }
        }

        Recurrence.InputGradients(p, x, kernel, dProj, dx, dKernel, dBias);
    }
}
