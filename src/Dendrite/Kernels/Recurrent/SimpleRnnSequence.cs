// SimpleRnnSequence: the Elman network over a whole sequence, forward and backward through time, fused.
//   h_s = f(x_t · W + b + h_{s−1} · U)          (keras/src/layers/rnn/simple_rnn.py SimpleRNNCell.call;
//                                               the context of step s is the previous hidden state)
//   forward:  P = xs · W + b for every step in one GEMM, then per step one GEMM adding h_{s−1} · U to the step's block
//   backward: da_s = (dOut + dh)_s ⊙ f'(h_s);   dh_{s−1} = da_s · Uᵀ (one GEMM per step);   after the loop
//             dU = Hᵀ · dA over all steps (H = h_0 … h_{T−1}), dx = dA · Wᵀ, dW = xsᵀ · dA, db = Σ dA (one GEMM each)
// Buffers (step-major, Recurrence): proj (steps·batch × units) is activated in place and kept for backward; h (steps + 1,
// batch, units) holds h0 then each step's state, in processing order; dProj (steps·batch × units) receives da.
using System.Numerics;

namespace Dendrite.Kernels.Recurrent;

/// <summary>The fused forward and backward passes of a SimpleRNN over a sequence.</summary>
internal static class SimpleRnnSequence
{
    /// <summary>Runs the sequence on step-major <paramref name="xs"/>; <paramref name="h"/> must hold h0 in its first block.</summary>
    public static void Forward<T>(in RecurrentSpec p, ReadOnlySpan<T> xs, ReadOnlySpan<T> kernel, ReadOnlySpan<T> recurrentKernel, ReadOnlySpan<T> bias, ReadOnlySpan<bool> mask, Span<T> proj, Span<T> h, Span<T> output, Span<T> packed)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        int u = p.Units, bu = p.Batch * u;
        Recurrence.InputProjection(p, xs, kernel, bias, proj);
        for (int s = 0; s < p.Steps; s++)
        {
            int t = p.TimeIndex(s);
            Span<T> hp = h.Slice(s * bu, bu), hn = h.Slice((s + 1) * bu, bu), block = proj.Slice(s * bu, bu);
            Gemm.Multiply(false, false, p.Batch, u, u, hp, recurrentKernel, block, accumulate: true);
            for (int b = 0; b < p.Batch; b++)
            {
                if (Recurrence.Active(mask, p, b, t))
                {
                    Span<T> a = block.Slice(b * u, u);
                    Recurrence.Activate(a, p.Activation);
                    a.CopyTo(hn.Slice(b * u, u));
                }
            }

            Recurrence.FinishStep(p, s, mask, hp, hn, default, default, output, packed);
        }

        Recurrence.FinishSequence(p, output, h.Slice(p.Steps * bu, bu), default, packed);
    }

    /// <summary>
    /// Back-propagates through time; <paramref name="dh"/> ends as dL/dh0. <paramref name="dProj"/> must be zero; <paramref name="xs"/> holds
    /// the step-major input and is overwritten. Empty destinations are skipped.
    /// </summary>
    public static void Backward<T>(in RecurrentSpec p, Span<T> xs, ReadOnlySpan<T> kernel, ReadOnlySpan<T> recurrentKernel, ReadOnlySpan<bool> mask, ReadOnlySpan<T> proj, ReadOnlySpan<T> h, ReadOnlySpan<T> dPacked, Span<T> dProj, Span<T> dOut, Span<T> dh, Span<T> dhNew, Span<T> dx, Span<T> dKernel, Span<T> dRecurrent, Span<T> dBias)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        int u = p.Units, bu = p.Batch * u;
        Recurrence.StartBackward(p, dPacked, dOut, dh, default);
        for (int s = p.Steps - 1; s >= 0; s--)
        {
            int t = p.TimeIndex(s);
            Recurrence.BackwardStep(p, s, mask, dPacked, dOut, dh, dhNew);
            Span<T> da = dProj.Slice(s * bu, bu);
            for (int b = 0; b < p.Batch; b++)
            {
                if (Recurrence.Active(mask, p, b, t))
                {
                    Recurrence.Derivative(proj.Slice((s * bu) + (b * u), u), dhNew.Slice(b * u, u), da.Slice(b * u, u), p.Activation);
                }
            }

            Gemm.Multiply(false, true, p.Batch, u, u, da, recurrentKernel, dh, accumulate: true);
        }

        if (!dRecurrent.IsEmpty)
        {
            Gemm.Multiply(true, false, u, u, p.Steps * p.Batch, h[..(p.Steps * bu)], dProj, dRecurrent, accumulate: true);
        }

        Recurrence.InputGradients(p, xs, kernel, dProj, dx, dKernel, dBias);
    }
}
