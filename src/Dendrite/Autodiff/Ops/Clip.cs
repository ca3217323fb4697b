// Clip: y = min(max(x, low), high)
// Backward: dx = dy · [low ≤ x ≤ high]   (subgradient choice: the gradient passes at the bounds, as TensorFlow)
using Dendrite.Tensors;

namespace Dendrite.Autodiff;

public static partial class Ops
{
    /// <summary>Limits every element to [<paramref name="low"/>, <paramref name="high"/>].</summary>
    /// <remarks><c>y = min(max(x, low), high)</c>; <c>dx = dy · [low ≤ x ≤ high]</c>.</remarks>
    /// <param name="x">The tensor.</param>
    /// <param name="low">The lower bound.</param>
    /// <param name="high">The upper bound, ≥ low.</param>
    /// <exception cref="ArgumentException"><paramref name="low"/> &gt; <paramref name="high"/>.</exception>
    public static Tensor Clip(Tensor x, double low, double high)
    {
        if (low > high)
        {
            throw new ArgumentException($"Clip needs low <= high, received low {low} and high {high}.");
        }

        Tensor y = TensorPool.ZerosLike(x);
        if (x.DType == DType.Float32)
        {
            TensorPrimitives.Clamp(x.Span<float>(), (float)low, (float)high, y.Span<float>());
        }
        else
        {
            TensorPrimitives.Clamp(x.Span<double>(), low, high, y.Span<double>());
        }

        GradientTape.RecordOperation(y, [x], (dy, needs) =>
        {
            Tensor dx = TensorPool.ZerosLike(x);
            for (int i = 0; i < x.Size; i++)
            {
                double v = x.GetFlat(i);
                dx.SetFlat(i, v >= low && v <= high ? dy.GetFlat(i) : 0.0);
            }

            return [dx];
        });
        return y;
    }
}
