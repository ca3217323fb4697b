// Dense, inference step (InferenceStep.cs): y = f(x · W + b) written into the caller's buffer with the kernels
// Call uses — DenseFused.Forward (GEMM, then bias and a fused f row by row), and for an activation the fused pass
// does not apply, the activation's own kernel on a scratch z kept by the step — so y is bit-identical to Call's.
// W and b are read when the step runs (weights set or trained since are used); a kernel or bias of another shape
// (the layer rebuilt) makes Run report the step stale.
using Dendrite.Autodiff;
using Dendrite.Kernels;
using Dendrite.Tensors;

namespace Dendrite.Nn.Layers;

public sealed partial class Dense
{
    /// <inheritdoc/>
    internal override InferenceStep? CreateInferenceStep(Shape inputShape)
    {
        if (_kernel is null || _kernel.Value.DType != DType.Float32 || inputShape.Rank < 2 || inputShape[^1] != _kernel.Shape[0])
        {
            return null;
        }

        Shape outputShape = ComputeOutputShape(inputShape);
        DenseActivation? fused = FusedActivation(Activation);
        Tensor? z = null;
        if (fused is null)
        {
            // The activation runs after the fused linear pass, from z into y: only if it can write into a buffer.
            z = Tensor.Zeros(outputShape);
            if (!Activation.CallInto(z, Tensor.Zeros(outputShape)))
            {
                return null;
            }
        }

        return new Step(this, outputShape, _kernel.Shape[0], fused ?? DenseActivation.Linear, z);
    }

    /// <summary>y = f(x · W + b) for one input shape: m rows of k features to n units.</summary>
    private sealed class Step(Dense layer, Shape outputShape, int k, DenseActivation fused, Tensor? z) : InferenceStep
    {
        private readonly int _n = layer.Units;
        private readonly bool _hasBias = layer._bias is not null;

        public override Shape OutputShape { get; } = outputShape;

        public override bool Run(ReadOnlySpan<Tensor> inputs, Tensor y)
        {
            Tensor x = inputs[0];
            Variable? kernel = layer._kernel;
            Variable? bias = layer._bias;
            if (kernel is null || kernel.Shape[0] != k || kernel.Shape[1] != _n || (bias is not null) != _hasBias || (bias is not null && bias.Shape[0] != _n) || x.Size % k != 0)
            {
                return false;
            }

            Tensor w = kernel.Value;
            Tensor? b = bias?.Value;
            if (w.DType != DType.Float32 || x.DType != DType.Float32 || (b is not null && b.DType != DType.Float32))
            {
                return false;
            }

            Tensor linear = z ?? y;
            DenseFused.Forward(x.Size / k, _n, k, x.AsSpan(), w.AsSpan(), b is null ? default : b.AsSpan(), linear.AsSpan(), fused);
            if (z is not null)
            {
                layer.Activation.CallInto(z, y);
            }

            return true;
        }
    }
}
