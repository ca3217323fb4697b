// SoftmaxCrossEntropy (fused, stable): cross-entropy of target distributions y and logits z along an axis
//   loss = −Σ_j y_j · log_softmax(z)_j = Σ_j y_j · (logsumexp(z) − z_j)
// Backward: dz_j = dy · (softmax(z)_j · Σ_k y_k − y_j)     (= softmax − y for one-hot targets)
//           dy_target_j = dy · (−log_softmax(z)_j)
// Matches the unfused composition −Σ y ⊙ LogSoftmax(z) in a test and passes its own gradient check.
using Dendrite.Tensors;

namespace Dendrite.Autodiff;

public static partial class Ops
{
    /// <summary>Cross-entropy of <paramref name="targets"/> given <paramref name="logits"/> along <paramref name="axis"/>, fused and stable.</summary>
    /// <remarks><c>loss = −Σ_j y_j log_softmax(z)_j</c>; <c>dz = softmax(z)·Σy − y</c>. The axis is removed from the result.</remarks>
    /// <param name="logits">z.</param>
    /// <param name="targets">y, same shape (one-hot or a distribution).</param>
    /// <param name="axis">The class axis; default -1.</param>
    /// <exception cref="ArgumentException">The shapes or dtypes differ.</exception>
    public static Tensor SoftmaxCrossEntropy(Tensor logits, Tensor targets, int axis = -1)
    {
        Dispatch.SameDType(logits, targets, "SoftmaxCrossEntropy");
        if (logits.Shape != targets.Shape)
        {
            throw new ArgumentException($"SoftmaxCrossEntropy expects targets of shape {logits.Shape}, received {targets.Shape}.");
        }

        int ax = logits.Shape.NormalizeAxis(axis);
        Tensor logP;
        using (new NoRecording())
        {
            logP = LogSoftmax(logits, ax);
        }

        var (outer, n, inner) = Dispatch.Split(logits.Shape, ax);
        Tensor loss = TensorPool.Zeros(Squeeze(logits.Shape, [.. Enumerable.Range(0, logits.Rank).Select(i => i == ax)]), logits.DType);
        for (int o = 0; o < outer; o++)
        {
            for (int i = 0; i < inner; i++)
            {
                double s = 0;
                for (int r = 0; r < n; r++)
                {
                    int ix = (((o * n) + r) * inner) + i;
                    s -= targets.GetFlat(ix) * logP.GetFlat(ix);
                }

                loss.SetFlat((o * inner) + i, s);
            }
        }

        GradientTape.RecordOperation(loss, [logits, targets], (dy, needs) =>
        {
            Tensor? dz = null, dt = null;
            if (needs[0])
            {
                dz = TensorPool.ZerosLike(logits);
                for (int o = 0; o < outer; o++)
                {
                    for (int i = 0; i < inner; i++)
                    {
                        double sumY = 0;
                        for (int r = 0; r < n; r++)
                        {
                            sumY += targets.GetFlat((((o * n) + r) * inner) + i);
                        }

                        double g = dy.GetFlat((o * inner) + i);
                        for (int r = 0; r < n; r++)
                        {
                            int ix = (((o * n) + r) * inner) + i;
                            dz.SetFlat(ix, g * ((Math.Exp(logP.GetFlat(ix)) * sumY) - targets.GetFlat(ix)));
                        }
                    }
                }
            }

            if (needs[1])
            {
                Tensor dyKeep = dy.View(logits.Shape.With(ax, 1));
                dt = Negate(Multiply(dyKeep, logP));
            }

            return [dz, dt];
        });
        return loss;
    }
}
