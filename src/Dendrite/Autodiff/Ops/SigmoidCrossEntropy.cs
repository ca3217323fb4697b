// SigmoidCrossEntropy (fused, stable): the binary cross-entropy of targets y and logits z, element-wise
//   loss = max(z, 0) − z·y + log(1 + e^(−|z|))      (= −y log σ(z) − (1 − y) log(1 − σ(z)), never overflows)
// Backward: dz = dy · (σ(z) − y),   dy_target = dy · (−z)
// Matches the unfused composition in a test and passes its own gradient check.
using Dendrite.Tensors;

namespace Dendrite.Autodiff;

public static partial class Ops
{
    /// <summary>Element-wise binary cross-entropy of <paramref name="targets"/> given <paramref name="logits"/>, computed stably.</summary>
    /// <remarks><c>loss = max(z, 0) − z·y + log(1 + e^(−|z|))</c>; <c>dz = σ(z) − y</c>.</remarks>
    /// <param name="logits">z, any shape.</param>
    /// <param name="targets">y in [0, 1], same shape.</param>
    /// <exception cref="ArgumentException">The shapes or dtypes differ.</exception>
    public static Tensor SigmoidCrossEntropy(Tensor logits, Tensor targets)
    {
        Dispatch.SameDType(logits, targets, "SigmoidCrossEntropy");
        if (logits.Shape != targets.Shape)
        {
            throw new ArgumentException($"SigmoidCrossEntropy expects targets of shape {logits.Shape}, received {targets.Shape}.");
        }

        Tensor loss = TensorPool.ZerosLike(logits);
        for (int i = 0; i < loss.Size; i++)
        {
            double z = logits.GetFlat(i);
            double y = targets.GetFlat(i);
            loss.SetFlat(i, Math.Max(z, 0) - (z * y) + Math.Log(1 + Math.Exp(-Math.Abs(z))));
        }

        GradientTape.RecordOperation(loss, [logits, targets], (dy, needs) =>
        {
            Tensor? dz = null, dt = null;
            if (needs[0])
            {
                dz = TensorPool.ZerosLike(logits);
                for (int i = 0; i < dz.Size; i++)
                {
                    double z = logits.GetFlat(i);
                    dz.SetFlat(i, dy.GetFlat(i) * ((1 / (1 + Math.Exp(-z))) - targets.GetFlat(i)));
                }
            }

            if (needs[1])
            {
                dt = Multiply(dy, Negate(logits));
            }

            return [dz, dt];
        });
        return loss;
    }
}
