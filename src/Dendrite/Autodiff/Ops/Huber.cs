// Huber (fused, element-wise on an error x, δ > 0):
//   y = ½x²              if |x| ≤ δ
//   y = δ|x| − ½δ²       otherwise
// Backward: dx = dy · x if |x| ≤ δ, else dy · δ · sign(x)   (= dy · clip(x, −δ, δ); continuous at |x| = δ,
// so the choice of branch at the boundary does not matter).
using Dendrite.Tensors;

namespace Dendrite.Autodiff;

public static partial class Ops
{
    /// <summary>The Huber function of each element: quadratic within ±δ, linear beyond.</summary>
    /// <remarks><c>y = ½x²</c> for <c>|x| ≤ δ</c>, else <c>δ|x| − ½δ²</c>; <c>dx = dy · clip(x, −δ, δ)</c>.</remarks>
    /// <param name="x">The errors, e.g. predictions − targets.</param>
    /// <param name="delta">δ, the point where the quadratic becomes linear; &gt; 0.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="delta"/> is not positive and finite.</exception>
    public static Tensor Huber(Tensor x, double delta)
    {
        if (!(delta > 0) || !double.IsFinite(delta))
        {
            throw new ArgumentOutOfRangeException(nameof(delta), delta, $"Huber delta must be positive and finite, received {delta}.");
        }

        Tensor y = TensorPool.ZerosLike(x);
        for (int i = 0; i < y.Size; i++)
        {
            double e = x.GetFlat(i);
            double abs = Math.Abs(e);
            y.SetFlat(i, abs <= delta ? 0.5 * e * e : (delta * abs) - (0.5 * delta * delta));
        }

        GradientTape.RecordOperation(y, [x], (dy, needs) =>
        {
            Tensor dx = TensorPool.ZerosLike(x);
            for (int i = 0; i < dx.Size; i++)
            {
                dx.SetFlat(i, dy.GetFlat(i) * Math.Clamp(x.GetFlat(i), -delta, delta));
            }

            return [dx];
        });
        return y;
    }
}
