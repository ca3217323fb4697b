// LstmSequence: the LSTM over a whole sequence, forward and backward through time, fused.
// Keras 3 (keras/src/layers/rnn/lstm.py LSTMCell.call, fused implementation 2): kernel columns in gate order
// i, f, c, o;  a = x_t · W + h_{s−1} · U + b,  split in four blocks of width units:
//   i = σ(a_i)   f = σ(a_f)   g = act(a_c)   o = σ(a_o)      (σ = recurrent activation, act = activation)
//   c_s = f ⊙ c_{s−1} + i ⊙ g          h_s = o ⊙ act(c_s)
// Backward at an active step (dh = dOut + carried dh, dc = carried dc):
//   da_o = dh ⊙ act(c_s) ⊙ σ'(o)       dc ← dc + dh ⊙ o ⊙ act'(c_s)
//   da_i = dc ⊙ g ⊙ σ'(i)   da_f = dc ⊙ c_{s−1} ⊙ σ'(f)   da_c = dc ⊙ i ⊙ act'(g)   dc_{s−1} = dc ⊙ f
//   dh_{s−1} = da · Uᵀ (one GEMM per step);  after the loop dU = Hᵀ · dA over all steps (H = h_0 … h_{T−1}, step-major,
//   one GEMM), then dx, dW, db from all da at once (Recurrence.InputGradients)
// Buffers (step-major, Recurrence): proj (steps·batch × 4·units) holds x·W + b, then the recurrent GEMM adds h·U to
// the step's block, then the activated gates, kept for backward; h and c (steps + 1, batch, units) hold the initial
// then each step's states; tc (steps, batch, units) holds act(c_s); dProj (steps·batch × 4·units) receives da.
using System.Numerics;

namespace Dendrite.Kernels.Recurrent;

/// <summary>The fused forward and backward passes of an LSTM over a sequence.</summary>
internal static class LstmSequence
{
    /// <summary>Runs the sequence on step-major <paramref name="xs"/>; <paramref name="h"/> and <paramref name="c"/> must hold h0 and c0 in their first blocks.</summary>
    public static void Forward<T>(in RecurrentSpec p, ReadOnlySpan<T> xs, ReadOnlySpan<T> kernel, ReadOnlySpan<T> recurrentKernel, ReadOnlySpan<T> bias, ReadOnlySpan<bool> mask, Span<T> proj, Span<T> h, Span<T> c, Span<T> tc, Span<T> output, Span<T> packed)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        int u = p.Units, g4 = 4 * u, bu = p.Batch * u;
        Recurrence.InputProjection(p, xs, kernel, bias, proj);
        for (int s = 0; s < p.Steps; s++)
        {
            int t = p.TimeIndex(s);
            Span<T> hp = h.Slice(s * bu, bu), hn = h.Slice((s + 1) * bu, bu);
            Span<T> cp = c.Slice(s * bu, bu), cn = c.Slice((s + 1) * bu, bu);
            Span<T> block = proj.Slice(s * p.Batch * g4, p.Batch * g4);
            Gemm.Multiply(false, false, p.Batch, g4, u, hp, recurrentKernel, block, accumulate: true);
            for (int b = 0; b < p.Batch; b++)
            {
                if (!Recurrence.Active(mask, p, b, t))
                {
                    continue;
                }

                Span<T> a = block.Slice(b * g4, g4);
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

    /// <summary>
    /// Back-propagates through time; <paramref name="dh"/> and <paramref name="dc"/> end as dL/dh0 and dL/dc0. <paramref name="dProj"/> must
    /// be zero; <paramref name="xs"/> holds the step-major input and is overwritten. Empty destinations are skipped.
    /// </summary>
    public static void Backward<T>(in RecurrentSpec p, Span<T> xs, ReadOnlySpan<T> kernel, ReadOnlySpan<T> recurrentKernel, ReadOnlySpan<bool> mask, ReadOnlySpan<T> proj, ReadOnlySpan<T> h, ReadOnlySpan<T> c, ReadOnlySpan<T> tc, ReadOnlySpan<T> dPacked, Span<T> dProj, Span<T> dOut, Span<T> dh, Span<T> dc, Span<T> dhNew, Span<T> dx, Span<T> dKernel, Span<T> dRecurrent, Span<T> dBias)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        int u = p.Units, g4 = 4 * u, bu = p.Batch * u;
        Recurrence.StartBackward(p, dPacked, dOut, dh, dc);
        for (int s = p.Steps - 1; s >= 0; s--)
        {
            int t = p.TimeIndex(s);
            Recurrence.BackwardStep(p, s, mask, dPacked, dOut, dh, dhNew);
            Span<T> da = dProj.Slice(s * p.Batch * g4, p.Batch * g4);
            for (int b = 0; b < p.Batch; b++)
            {
                if (Recurrence.Active(mask, p, b, t))
                {
                    int at = (s * bu) + (b * u);
                    CellBackward(p, proj.Slice(((s * p.Batch) + b) * g4, g4), tc.Slice(at, u), c.Slice(at, u), dhNew.Slice(b * u, u), dc.Slice(b * u, u), da.Slice(b * g4, g4));
                }
            }

            Gemm.Multiply(false, true, p.Batch, u, g4, da, recurrentKernel, dh, accumulate: true);
        }

        if (!dRecurrent.IsEmpty)
        {
            Gemm.Multiply(true, false, u, g4, p.Steps * p.Batch, h[..(p.Steps * bu)], dProj, dRecurrent, accumulate: true);
        }

        Recurrence.InputGradients(p, xs, kernel, dProj, dx, dKernel, dBias);
    }

    /// <summary>One row of an active step: da (i, f, c, o blocks) from the gates a, act(c_s), c_{s−1} and dh; dc becomes dc_{s−1}.</summary>
    private static void CellBackward<T>(in RecurrentSpec p, ReadOnlySpan<T> a, ReadOnlySpan<T> tc, ReadOnlySpan<T> cp, ReadOnlySpan<T> dh, Span<T> dc, Span<T> da)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        int u = p.Units, k = 0;
        DenseActivation act = p.Activation, gate = p.RecurrentActivation;
        if (Vector.IsHardwareAccelerated && Vector<T>.IsSupported)
        {
            for (; k <= u - Vector<T>.Count; k += Vector<T>.Count)
            {
                Vector<T> i = new(a[k..]), f = new(a[(u + k)..]), g = new(a[((2 * u) + k)..]), o = new(a[((3 * u) + k)..]);
                Vector<T> dH = new(dh[k..]), tcv = new(tc[k..]);
                Vector<T> dC = new Vector<T>(dc[k..]) + (dH * o * Recurrence.Slope(tcv, act));          // total dc_s
                (dC * g * Recurrence.Slope(i, gate)).CopyTo(da[k..]);
                (dC * new Vector<T>(cp[k..]) * Recurrence.Slope(f, gate)).CopyTo(da[(u + k)..]);
                (dC * i * Recurrence.Slope(g, act)).CopyTo(da[((2 * u) + k)..]);
                (dH * tcv * Recurrence.Slope(o, gate)).CopyTo(da[((3 * u) + k)..]);
                (dC * f).CopyTo(dc[k..]);                                                               // dc_{s−1}
            }
        }

        for (; k < u; k++)
        {
            T i = a[k], f = a[u + k], g = a[(2 * u) + k], o = a[(3 * u) + k];
            T dC = dc[k] + (dh[k] * o * Recurrence.Slope(tc[k], act));
            da[k] = dC * g * Recurrence.Slope(i, gate);
            da[u + k] = dC * cp[k] * Recurrence.Slope(f, gate);
            da[(2 * u) + k] = dC * i * Recurrence.Slope(g, act);
            da[(3 * u) + k] = dh[k] * tc[k] * Recurrence.Slope(o, gate);
            dc[k] = dC * f;
        }
    }
}
