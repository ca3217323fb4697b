// Recurrence: the parts every fused recurrent kernel shares.
//   input projection   P = x · W + b for all steps at once: ONE GEMM over (batch · steps) rows, before the loop
//   masks              a masked step (mask[b, t] = 0) keeps the previous state and repeats the previous output;
//                      the output before any unmasked step is 0 (Keras backend rnn: "In the case T = 0, a zero
//                      filled tensor will be used", keras/src/backend/{tensorflow,torch}/rnn.py)
//   outputs            written into the packed (batch, K, units) result (RecurrentSpec)
//   backward carries   dOut (the gradient of the running output), dh (of the state): at a masked step both pass
//                      to the previous step untouched; at an active step their sum is the gradient of the new h
using System.Numerics;
using Dendrite.Kernels.Operators;

namespace Dendrite.Kernels.Recurrent;

/// <summary>Shared passes of the fused recurrent kernels, generic over float32 and float64.</summary>
internal static class Recurrence
{
    /// <summary>proj (batch·steps × G·units) = x · W, plus <paramref name="bias"/> (G·units, or empty) on every row.</summary>
    public static void InputProjection<T>(in RecurrentSpec p, ReadOnlySpan<T> x, ReadOnlySpan<T> kernel, ReadOnlySpan<T> bias, Span<T> proj)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        int rows = p.Batch * p.Steps, n = p.Gates * p.Units;
        Gemm.Multiply(false, false, rows, n, p.Features, x, kernel, proj);
        if (!bias.IsEmpty)
        {
            for (int r = 0; r < rows; r++)
            {
                Span<T> row = proj.Slice(r * n, n);
                Elementwise.Map(row, bias[..n], row, default(AddOperator));
            }
        }
    }

    /// <summary>v = f(v) in place.</summary>
    public static void Activate<T>(Span<T> v, DenseActivation activation)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        switch (activation)
        {
            case DenseActivation.Relu:
                Elementwise.Map(v, v, default(ReluOperator));
                break;
            case DenseActivation.Sigmoid:
                TensorPrimitives.Sigmoid<T>(v, v);
                break;
            case DenseActivation.Tanh:
                TensorPrimitives.Tanh<T>(v, v);
                break;
        }
    }

    /// <summary>dz = dy ⊙ f'(y) from the activation's output y (linear 1, relu [y &gt; 0], sigmoid y(1 − y), tanh 1 − y²); dz may alias dy.</summary>
    public static void Derivative<T>(ReadOnlySpan<T> y, ReadOnlySpan<T> dy, Span<T> dz, DenseActivation activation)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        for (int k = 0; k < dz.Length; k++)
        {
            T v = y[k];
            dz[k] = activation switch
            {
                DenseActivation.Relu => v > T.Zero ? dy[k] : T.Zero,
                DenseActivation.Sigmoid => dy[k] * v * (T.One - v),
                DenseActivation.Tanh => dy[k] * (T.One - (v * v)),
                _ => dy[k],
            };
        }
    }

    /// <summary>Whether row <paramref name="b"/> is active at input time <paramref name="t"/> (no mask: always).</summary>
    public static bool Active(ReadOnlySpan<bool> mask, in RecurrentSpec p, int b, int t) => mask.IsEmpty || mask[(b * p.Steps) + t];

    /// <summary>After step <paramref name="s"/>: masked rows keep the previous state; the running output follows active rows; outputs are written.</summary>
    /// <param name="p">The pass.</param>
    /// <param name="s">The step.</param>
    /// <param name="mask">(batch × steps) or empty.</param>
    /// <param name="previous">h before the step (batch × units).</param>
    /// <param name="next">h after the step, fixed in place for masked rows.</param>
    /// <param name="previousC">c before the step (LSTM), or empty.</param>
    /// <param name="nextC">c after the step (LSTM), or empty.</param>
    /// <param name="output">The running output (batch × units).</param>
    /// <param name="packed">The packed result.</param>
    public static void FinishStep<T>(in RecurrentSpec p, int s, ReadOnlySpan<bool> mask, ReadOnlySpan<T> previous, Span<T> next, ReadOnlySpan<T> previousC, Span<T> nextC, Span<T> output, Span<T> packed)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        int u = p.Units, t = p.TimeIndex(s);
        for (int b = 0; b < p.Batch; b++)
        {
            if (Active(mask, p, b, t))
            {
                next.Slice(b * u, u).CopyTo(output.Slice(b * u, u));
            }
            else
            {
                previous.Slice(b * u, u).CopyTo(next.Slice(b * u, u));
                if (!nextC.IsEmpty)
                {
                    previousC.Slice(b * u, u).CopyTo(nextC.Slice(b * u, u));
                }
            }

            if (p.ReturnSequences)
            {
                output.Slice(b * u, u).CopyTo(packed.Slice(((b * p.PackedSteps) + s) * u, u));
            }
        }
    }

    /// <summary>After the last step: the last output (without returnSequences) and the final states (with returnState).</summary>
    public static void FinishSequence<T>(in RecurrentSpec p, ReadOnlySpan<T> output, ReadOnlySpan<T> h, ReadOnlySpan<T> c, Span<T> packed)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        int u = p.Units, k = p.PackedSteps, o = p.OutputSteps;
        for (int b = 0; b < p.Batch; b++)
        {
            if (!p.ReturnSequences)
            {
                output.Slice(b * u, u).CopyTo(packed.Slice(b * k * u, u));
            }

            if (p.ReturnState)
            {
                h.Slice(b * u, u).CopyTo(packed.Slice(((b * k) + o) * u, u));
                if (!c.IsEmpty)
                {
                    c.Slice(b * u, u).CopyTo(packed.Slice(((b * k) + o + 1) * u, u));
                }
            }
        }
    }

    /// <summary>Backward setup: dOut = dY of the last output (without returnSequences), dh and dc = dY of the final states (with returnState).</summary>
    public static void StartBackward<T>(in RecurrentSpec p, ReadOnlySpan<T> dPacked, Span<T> dOut, Span<T> dh, Span<T> dc)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        int u = p.Units, k = p.PackedSteps, o = p.OutputSteps;
        for (int b = 0; b < p.Batch; b++)
        {
            if (!p.ReturnSequences)
            {
                dPacked.Slice(b * k * u, u).CopyTo(dOut.Slice(b * u, u));
            }

            if (p.ReturnState)
            {
                dPacked.Slice(((b * k) + o) * u, u).CopyTo(dh.Slice(b * u, u));
                if (!dc.IsEmpty)
                {
                    dPacked.Slice(((b * k) + o + 1) * u, u).CopyTo(dc.Slice(b * u, u));
                }
            }
        }
    }

    /// <summary>
    /// Backward at step <paramref name="s"/>, before the cell: adds the output gradient of this step to dOut; for an active row
    /// dhNew = dOut + dh and both carries restart at 0 (the cell adds what flows to the previous state); a masked row gets dhNew = 0
    /// and keeps its carries, which pass to the previous step.
    /// </summary>
    public static void BackwardStep<T>(in RecurrentSpec p, int s, ReadOnlySpan<bool> mask, ReadOnlySpan<T> dPacked, Span<T> dOut, Span<T> dh, Span<T> dhNew)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        int u = p.Units, t = p.TimeIndex(s);
        for (int b = 0; b < p.Batch; b++)
        {
            Span<T> dOutRow = dOut.Slice(b * u, u), dhRow = dh.Slice(b * u, u), dhNewRow = dhNew.Slice(b * u, u);
            if (p.ReturnSequences)
            {
                TensorPrimitives.Add(dOutRow, dPacked.Slice(((b * p.PackedSteps) + s) * u, u), dOutRow);
            }

            if (Active(mask, p, b, t))
            {
                TensorPrimitives.Add(dOutRow, dhRow, dhNewRow);
                dOutRow.Clear();
                dhRow.Clear();
            }
            else
            {
                dhNewRow.Clear();
            }
        }
    }

    /// <summary>The gradients that need no loop: dx = dProj · Wᵀ, dW = xᵀ · dProj, db = Σ_rows dProj (each skipped when empty).</summary>
    public static void InputGradients<T>(in RecurrentSpec p, ReadOnlySpan<T> x, ReadOnlySpan<T> kernel, ReadOnlySpan<T> dProj, Span<T> dx, Span<T> dKernel, Span<T> dBias)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        int rows = p.Batch * p.Steps, n = p.Gates * p.Units;
        if (!dx.IsEmpty)
        {
            Gemm.Multiply(false, true, rows, p.Features, n, dProj, kernel, dx);
        }

        if (!dKernel.IsEmpty)
        {
            Gemm.Multiply(true, false, p.Features, n, rows, x, dProj, dKernel);
        }

        if (!dBias.IsEmpty)
        {
            SumRows(dProj, rows, n, dBias);
        }
    }

    /// <summary>destination (n) += Σ over the <paramref name="rows"/> rows of <paramref name="m"/> (rows × n).</summary>
    public static void SumRows<T>(ReadOnlySpan<T> m, int rows, int n, Span<T> destination)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        for (int r = 0; r < rows; r++)
        {
            TensorPrimitives.Add(destination[..n], m.Slice(r * n, n), destination[..n]);
        }
    }
}
