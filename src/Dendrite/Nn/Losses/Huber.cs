// Huber (Keras): with x = y_pred − y_true,
//   loss = mean(h(x), axis=−1),   h(x) = ½x² if |x| ≤ δ, else δ|x| − ½δ²      (default δ = 1)
// Quadratic near zero like MSE, linear for large errors like MAE. Keras' class name is Huber, its
// default loss name "huber_loss".
using Dendrite.Autodiff;
using Dendrite.Tensors;

namespace Dendrite.Nn.Losses;

/// <summary>The Huber loss: squared error for small errors, absolute error beyond δ.</summary>
/// <remarks><c>loss = mean(h(y_pred − y_true), axis=−1)</c>, <c>h(x) = ½x²</c> if <c>|x| ≤ δ</c>, else <c>δ|x| − ½δ²</c>.</remarks>
public sealed class Huber : Loss
{
    /// <summary>Creates a Huber loss.</summary>
    /// <param name="delta">δ, where the quadratic becomes linear; &gt; 0; default 1.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="delta"/> is not positive and finite.</exception>
    public Huber(double delta = 1.0)
    {
        Delta = delta > 0 && double.IsFinite(delta) ? delta
            : throw new ArgumentOutOfRangeException(nameof(delta), delta, $"Huber delta must be positive and finite, received {delta}.");
    }

    /// <summary>δ.</summary>
    public double Delta { get; }

    /// <inheritdoc/>
    public override string Name => "huber_loss";

    /// <inheritdoc/>
    public override Tensor Call(Tensor yTrue, Tensor yPred)
    {
        Tensor h = Ops.Huber(Ops.Subtract(yPred, yTrue), Delta);
        return yPred.Rank == 0 ? h : Ops.Mean(h, -1);
    }

    /// <inheritdoc/>
    public override IReadOnlyDictionary<string, object?> GetConfig() => new Dictionary<string, object?> { ["delta"] = Delta };
}
