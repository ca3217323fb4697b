// Recurrence: the parts every fused recurrent kernel shares.
//   step-major layout  the kernels work on rows ordered (step s, batch b): xs = x reordered to (steps, batch, features)
//                      in processing order (block s holds input time t = TimeIndex(s)), so the rows of step s are one
//                      contiguous (batch × ·) block of every per-step buffer (the recurrent GEMM adds straight into it)
//   input projection   P = xs · W + b for all steps at once: ONE GEMM over (steps · batch) rows, before the loop
//   masks              a masked step (mask[b, t] = 0) keeps the previous state and repeats the previous output;
//                      the output before any unmasked step is 0 (Keras backend rnn: "In the case T = 0, a zero
//                      filled tensor will be used", keras/src/backend/{tensorflow,torch}/rnn.py)
//   outputs            written into the packed (batch, K, units) result (RecurrentSpec)
//   backward carries   dOut (the gradient of the running output), dh (of the state): at a masked step both pass
//                      to the previous step untouched; at an active step their sum is the gradient of the new h
//   input gradients    after the loop, from the step-major gate gradients dP: dW = xsᵀ · dP, db = Σ_rows dP and
//                      dx = dP · Wᵀ (one GEMM each); a masked row of dP is 0
using System.Numerics;
using Dendrite.Kernels.Operators;

namespace Dendrite.Kernels.Recurrent;

/// <summary>Shared passes of the fused recurrent kernels, generic over float32 and float64.</summary>
internal static class Recurrence
{
    /// <summary>xs (steps × batch × features) = x (batch × steps × features) in processing order: row (s, b) is x[b, TimeIndex(s)].</summary>
    public static void ToStepMajor<T>(in RecurrentSpec p, ReadOnlySpan<T> x, Span<T> xs)
    {
        int f = p.Features;
        for (int s = 0; s < p.Steps; s++)
        {
            int t = p.TimeIndex(s);
            for (int b = 0; b < p.Batch; b++)
            {
                x.Slice(((b * p.Steps) + t) * f, f).CopyTo(xs.Slice(((s * p.Batch) + b) * f, f));
            }
        }
    }

    /// <summary>The inverse of <see cref="ToStepMajor"/>: x[b, TimeIndex(s)] = xs row (s, b).</summary>
    public static void FromStepMajor<T>(in RecurrentSpec p, ReadOnlySpan<T> xs, Span<T> x)
    {
        int f = p.Features;
        for (int s = 0; s < p.Steps; s++)
        {
            int t = p.TimeIndex(s);
            for (int b = 0; b < p.Batch; b++)
            {
                xs.Slice(((s * p.Batch) + b) * f, f).CopyTo(x.Slice(((b * p.Steps) + t) * f, f));
            }
        }
    }

    /// <summary>proj (steps·batch × G·units) = xs · W, plus <paramref name="bias"/> (G·units, or empty) on every row: the bias is written first and the GEMM adds to it.</summary>
    public static void InputProjection<T>(in RecurrentSpec p, ReadOnlySpan<T> xs, ReadOnlySpan<T> kernel, ReadOnlySpan<T> bias, Span<T> proj)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        int rows = p.Batch * p.Steps, n = p.Gates * p.Units;
        if (!bias.IsEmpty)
        {
            for (int r = 0; r < rows; r++)
            {
                bias[..n].CopyTo(proj.Slice(r * n, n));
            }
        }

        Gemm.Multiply(false, false, rows, n, p.Features, xs, kernel, proj, accumulate: !bias.IsEmpty);
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

    /// <summary>dz = dy ⊙ f'(y) from the activation's output y (<see cref="Slope{T}(T, DenseActivation)"/>); dz may alias dy.</summary>
    public static void Derivative<T>(ReadOnlySpan<T> y, ReadOnlySpan<T> dy, Span<T> dz, DenseActivation activation)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        int k = 0;
        if (Vector.IsHardwareAccelerated && Vector<T>.IsSupported)
        {
            for (; k <= dz.Length - Vector<T>.Count; k += Vector<T>.Count)
            {
                (new Vector<T>(dy[k..]) * Slope(new Vector<T>(y[k..]), activation)).CopyTo(dz[k..]);
            }
        }

        for (; k < dz.Length; k++)
        {
            dz[k] = dy[k] * Slope(y[k], activation);
        }
    }

    /// <summary>f'(z) from the activation's output y = f(z): linear 1, relu [y &gt; 0] (ReLU'(0) = 0), sigmoid y(1 − y), tanh 1 − y².</summary>
    public static T Slope<T>(T y, DenseActivation activation)
        where T : unmanaged, IBinaryFloatingPointIeee754<T> => activation switch
        {
            DenseActivation.Relu => y > T.Zero ? T.One : T.Zero,
            DenseActivation.Sigmoid => y * (T.One - y),
            DenseActivation.Tanh => T.One - (y * y),
            _ => T.One,
        };

    /// <summary>The vector form of <see cref="Slope{T}(T, DenseActivation)"/>, lane by lane.</summary>
    public static Vector<T> Slope<T>(Vector<T> y, DenseActivation activation)
        where T : unmanaged, IBinaryFloatingPointIeee754<T> => activation switch
        {
            DenseActivation.Relu => Vector.ConditionalSelect(Vector.GreaterThan(y, Vector<T>.Zero), Vector<T>.One, Vector<T>.Zero),
            DenseActivation.Sigmoid => y * (Vector<T>.One - y),
            DenseActivation.Tanh => Vector<T>.One - (y * y),
            _ => Vector<T>.One,
        };

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

    /// <summary>
    /// The gradients that need no loop, from the step-major dProj: dW = xsᵀ · dProj, db = Σ_rows dProj, then dx = dProj · Wᵀ
    /// (each skipped when empty). <paramref name="xs"/> holds <see cref="ToStepMajor"/> of x and is overwritten with step-major dx.
    /// </summary>
    public static void InputGradients<T>(in RecurrentSpec p, Span<T> xs, ReadOnlySpan<T> kernel, ReadOnlySpan<T> dProj, Span<T> dx, Span<T> dKernel, Span<T> dBias)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        int rows = p.Batch * p.Steps, n = p.Gates * p.Units;
        if (!dKernel.IsEmpty)
        {
            Gemm.Multiply(true, false, p.Features, n, rows, xs, dProj, dKernel);
        }

        if (!dBias.IsEmpty)
        {
            SumRows(dProj, rows, n, dBias);
        }

        if (!dx.IsEmpty)
        {
            Gemm.Multiply(false, true, rows, p.Features, n, dProj, kernel, xs);
            FromStepMajor(p, xs, dx);
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
