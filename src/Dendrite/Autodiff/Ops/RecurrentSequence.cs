// RecurrentSequence (fused): a SimpleRNN, LSTM or GRU over a whole sequence as ONE tape record.
//   inputs   x (batch, steps, features), kernel (features, G·units), recurrent kernel (units, G·units), bias,
//            initial h (and c) (batch, units) or none (zeros); a mask (batch, steps) is data, not differentiated
//   output   packed (batch, K, units): the outputs (every step, or the last), then with returnState the final
//            states — the layer slices it (RecurrentSpec). One record instead of hundreds of per-step ops.
// Forward: the input projection of all steps is one GEMM, then one recurrent GEMM per step adding into that step's
// block of the projection (Kernels.Recurrent, step-major rows).
// Backward: back-propagation through time in one pass — per step one GEMM for dh; then dx, dW and db (and dU for the
// LSTM and the SimpleRNN) from all the gate gradients at once; the kernels' headers give each cell's formulas. Saved
// for backward: the activated gates, the states of every step (and act(c) for the LSTM, m for the GRU).
using Dendrite.Kernels.Recurrent;
using Dendrite.Tensors;

namespace Dendrite.Autodiff;

public static partial class Ops
{
    /// <summary>Runs a recurrent cell over a sequence as one fused, differentiable op.</summary>
    /// <param name="spec">The cell, sizes and options; its sizes must match the tensors.</param>
    /// <param name="x">Shape (batch, steps, features).</param>
    /// <param name="kernel">Shape (features, G·units).</param>
    /// <param name="recurrentKernel">Shape (units, G·units).</param>
    /// <param name="bias">Shape (G·units), (2, 3·units) for a GRU with resetAfter, or null.</param>
    /// <param name="initialH">The initial h, shape (batch, units), or null for zeros.</param>
    /// <param name="initialC">The initial c of an LSTM, shape (batch, units), or null for zeros.</param>
    /// <param name="mask">Shape (batch, steps), nonzero = step used, or null.</param>
    /// <returns>The packed result, shape (batch, K, units).</returns>
    internal static Tensor RecurrentSequence(RecurrentSpec spec, Tensor x, Tensor kernel, Tensor recurrentKernel, Tensor? bias, Tensor? initialH, Tensor? initialC, Tensor? mask)
    {
        int b = spec.Batch, t = spec.Steps, u = spec.Units, g = spec.Gates * u, bu = b * u;
        CheckShape(x, new Shape(b, t, spec.Features), "x");
        CheckShape(kernel, new Shape(spec.Features, g), "kernel");
        CheckShape(recurrentKernel, new Shape(u, g), "recurrentKernel");
        if (initialH is not null)
        {
            CheckShape(initialH, new Shape(b, u), "initialH");
        }

        if (initialC is not null)
        {
            CheckShape(initialC, new Shape(b, u), "initialC");
        }

        bool[]? active = null;
        if (mask is not null)
        {
            CheckShape(mask, new Shape(b, t), "mask");
            active = new bool[b * t];
            for (int i = 0; i < active.Length; i++)
            {
                active[i] = mask.GetFlat(i) != 0;
            }
        }

        DType dtype = x.DType;
        foreach (Tensor? other in (Tensor?[])[kernel, recurrentKernel, bias, initialH, initialC])
        {
            if (other is not null)
            {
                Dispatch.SameDType(x, other, "RecurrentSequence");
            }
        }

        bool lstm = spec.Cell == RecurrentCell.Lstm, gru = spec.Cell == RecurrentCell.Gru;
        var saved = new RecurrentBuffers
        {
            Proj = TensorPool.Uninitialized(new Shape(t * b, g), dtype), // written whole by the input projection
            H = TensorPool.Zeros(new Shape((t + 1) * bu), dtype),
            C = lstm ? TensorPool.Zeros(new Shape((t + 1) * bu), dtype) : null,
            Extra = lstm || gru ? TensorPool.Zeros(new Shape(t * bu), dtype) : null,
        };
        Tensor packed = TensorPool.Zeros(new Shape(b, spec.PackedSteps, u), dtype);
        if (dtype == DType.Float32)
        {
            RecurrentForward<float>(spec, x, kernel, recurrentKernel, bias, initialH, initialC, active, saved, packed);
        }
        else
        {
            RecurrentForward<double>(spec, x, kernel, recurrentKernel, bias, initialH, initialC, active, saved, packed);
        }

        var inputs = new List<Tensor> { x, kernel, recurrentKernel };
        int biasAt = Add(inputs, bias), hAt = Add(inputs, initialH), cAt = Add(inputs, initialC);
        GradientTape.RecordOperation(packed, [.. inputs], (dy, needs) =>
        {
            var grads = new RecurrentGradients
            {
                X = needs[0] ? TensorPool.ZerosLike(x) : null,
                Kernel = needs[1] ? TensorPool.ZerosLike(kernel) : null,
                Recurrent = needs[2] ? TensorPool.ZerosLike(recurrentKernel) : null,
                Bias = biasAt >= 0 && needs[biasAt] ? TensorPool.ZerosLike(bias!) : null,
                H = TensorPool.Zeros(new Shape(b, u), dtype),
                C = lstm ? TensorPool.Zeros(new Shape(b, u), dtype) : null,
            };
            if (dtype == DType.Float32)
            {
                RecurrentBackward<float>(spec, x, kernel, recurrentKernel, active, saved, dy, grads);
            }
            else
            {
                RecurrentBackward<double>(spec, x, kernel, recurrentKernel, active, saved, dy, grads);
            }

            var result = new Tensor?[inputs.Count];
            (result[0], result[1], result[2]) = (grads.X, grads.Kernel, grads.Recurrent);
            Set(result, biasAt, grads.Bias);
            Set(result, hAt, grads.H);
            Set(result, cAt, grads.C);
            return result;
        });
        return packed;

        static int Add(List<Tensor> list, Tensor? item)
        {
            if (item is null)
            {
                return -1;
            }

            list.Add(item);
            return list.Count - 1;
        }

        static void Set(Tensor?[] result, int at, Tensor? value)
        {
            if (at >= 0)
            {
                result[at] = value;
            }
        }
    }

    private static void CheckShape(Tensor t, Shape expected, string what)
    {
        if (t.Shape != expected)
        {
            throw new ArgumentException($"RecurrentSequence expects {what} of shape {expected}, received {t.Shape}.", what);
        }
    }
}
