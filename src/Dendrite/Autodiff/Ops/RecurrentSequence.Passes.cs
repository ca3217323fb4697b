// RecurrentSequence: the dtype-generic bodies of the forward and backward passes, and what they keep. Scratch comes
// from the TensorPool (returned with the step); x is reordered step-major for the kernels in each pass (Recurrence).
using System.Numerics;
using Dendrite.Kernels.Recurrent;
using Dendrite.Tensors;

namespace Dendrite.Autodiff;

public static partial class Ops
{
    private static void RecurrentForward<T>(RecurrentSpec p, Tensor x, Tensor kernel, Tensor recurrentKernel, Tensor? bias, Tensor? initialH, Tensor? initialC, bool[]? mask, RecurrentBuffers saved, Tensor packed)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        initialH?.Span<T>().CopyTo(saved.H.Span<T>());
        initialC?.Span<T>().CopyTo(saved.C!.Span<T>());
        int bu = p.Batch * p.Units, g = p.Gates * p.Units;
        DType dtype = x.DType;
        Span<T> output = TensorPool.Zeros(new Shape(bu), dtype).Span<T>();
        Span<T> xs = StepMajor<T>(p, x);
        ReadOnlySpan<T> b = bias is null ? default : bias.Span<T>();
        ReadOnlySpan<bool> m = mask;
        switch (p.Cell)
        {
            case RecurrentCell.Lstm:
                LstmSequence.Forward(p, xs, kernel.Span<T>(), recurrentKernel.Span<T>(), b, m, saved.Proj.Span<T>(), saved.H.Span<T>(), saved.C!.Span<T>(), saved.Extra!.Span<T>(), output, packed.Span<T>());
                break;
            case RecurrentCell.Gru:
                Span<T> rec = TensorPool.Uninitialized(new Shape(p.Batch * g), dtype).Span<T>();
                Span<T> split = p.ResetAfter ? default : TensorPool.Uninitialized(new Shape(3 * p.Units * p.Units), dtype).Span<T>();
                GruSequence.Forward(p, xs, kernel.Span<T>(), recurrentKernel.Span<T>(), b, m, saved.Proj.Span<T>(), saved.H.Span<T>(), saved.Extra!.Span<T>(), rec, split, output, packed.Span<T>());
                break;
            default:
                SimpleRnnSequence.Forward(p, xs, kernel.Span<T>(), recurrentKernel.Span<T>(), b, m, saved.Proj.Span<T>(), saved.H.Span<T>(), output, packed.Span<T>());
                break;
        }
    }

    private static void RecurrentBackward<T>(RecurrentSpec p, Tensor x, Tensor kernel, Tensor recurrentKernel, bool[]? mask, RecurrentBuffers saved, Tensor dy, RecurrentGradients grads)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        int bu = p.Batch * p.Units, g = p.Gates * p.Units;
        DType dtype = x.DType;
        Span<T> dProj = TensorPool.Zeros(new Shape(p.Batch * p.Steps * g), dtype).Span<T>();
        Span<T> xs = StepMajor<T>(p, x);
        Span<T> dOut = TensorPool.Zeros(new Shape(bu), dtype).Span<T>();
        Span<T> dhNew = TensorPool.Zeros(new Shape(bu), dtype).Span<T>();
        Span<T> dx = Of(grads.X), dk = Of(grads.Kernel), dr = Of(grads.Recurrent), db = Of(grads.Bias);
        ReadOnlySpan<bool> m = mask;
        switch (p.Cell)
        {
            case RecurrentCell.Lstm:
                LstmSequence.Backward(p, xs, kernel.Span<T>(), recurrentKernel.Span<T>(), m, saved.Proj.Span<T>(), saved.H.Span<T>(), saved.C!.Span<T>(), saved.Extra!.Span<T>(), dy.Span<T>(), dProj, dOut, grads.H.Span<T>(), grads.C!.Span<T>(), dhNew, dx, dk, dr, db);
                break;
            case RecurrentCell.Gru:
                Span<T> da = TensorPool.Zeros(new Shape(p.Batch * g), dtype).Span<T>();
                Span<T> scratch = TensorPool.Zeros(new Shape((2 * bu) + (3 * p.Units * p.Units)), dtype).Span<T>();
                GruSequence.Backward(p, xs, kernel.Span<T>(), recurrentKernel.Span<T>(), m, saved.Proj.Span<T>(), saved.H.Span<T>(), saved.Extra!.Span<T>(), dy.Span<T>(), dProj, da, scratch, dOut, grads.H.Span<T>(), dhNew, dx, dk, dr, db);
                break;
            default:
                SimpleRnnSequence.Backward(p, xs, kernel.Span<T>(), recurrentKernel.Span<T>(), m, saved.Proj.Span<T>(), saved.H.Span<T>(), dy.Span<T>(), dProj, dOut, grads.H.Span<T>(), dhNew, dx, dk, dr, db);
                break;
        }

        static Span<T> Of(Tensor? t) => t is null ? default : t.Span<T>();
    }

    /// <summary>x (batch, steps, features) reordered step-major into a pooled scratch buffer (Recurrence.ToStepMajor).</summary>
    private static Span<T> StepMajor<T>(RecurrentSpec p, Tensor x)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        Span<T> xs = TensorPool.Uninitialized(new Shape(p.Batch * p.Steps * p.Features), x.DType).Span<T>();
        Recurrence.ToStepMajor(p, x.Span<T>(), xs);
        return xs;
    }

    /// <summary>What the forward pass keeps for back-propagation through time.</summary>
    private sealed class RecurrentBuffers
    {
        public required Tensor Proj { get; init; }

        public required Tensor H { get; init; }

        public Tensor? C { get; init; }

        public Tensor? Extra { get; init; }
    }

    /// <summary>The gradients one backward pass produces (null where not needed); H and C are dL/dh0, dL/dc0.</summary>
    private sealed class RecurrentGradients
    {
        public Tensor? X { get; init; }

        public Tensor? Kernel { get; init; }

        public Tensor? Recurrent { get; init; }

        public Tensor? Bias { get; init; }

        public required Tensor H { get; init; }

        public Tensor? C { get; init; }
    }
}
