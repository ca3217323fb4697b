// SGD — stochastic gradient descent, with Keras' momentum and Nesterov forms:
//   plain:     w ← w − η g
//   momentum:  v ← μ v − η g;   w ← w + v
//   nesterov:  v ← μ v − η g;   w ← w + μ v − η g
// Keras defaults: η = 0.01, μ = 0, nesterov = false.
using System.Numerics;
using Dendrite.Autodiff;
using Dendrite.Optimizers.Schedules;
using Dendrite.Tensors;

namespace Dendrite.Optimizers;

/// <summary>Stochastic gradient descent, optionally with (Nesterov) momentum.</summary>
/// <remarks><c>v ← μv − ηg; w ← w + v</c> (Nesterov: <c>w ← w + μv − ηg</c>); plain SGD is <c>w ← w − ηg</c>.</remarks>
public sealed class SGD : Optimizer
{
    /// <summary>Creates an SGD optimizer.</summary>
    /// <param name="learningRate">η; default 0.01.</param>
    /// <param name="momentum">μ in [0, 1); default 0.</param>
    /// <param name="nesterov">Use Nesterov momentum; default false.</param>
    /// <param name="weightDecay">λ of the decoupled weight decay w ← w − w·λ·η, ≥ 0; default null = none.</param>
    /// <param name="clipNorm">Clips each gradient to this L2 norm, &gt; 0; default null = none.</param>
    /// <param name="clipValue">Clips each gradient element to [−c, c], &gt; 0; default null = none.</param>
    /// <param name="globalClipNorm">Scales all gradients so their joint L2 norm is at most this, &gt; 0; default null = none.</param>
    /// <param name="schedule">The learning rate as a function of the step, replacing <paramref name="learningRate"/>; default null = fixed.</param>
    /// <exception cref="ArgumentOutOfRangeException">A hyperparameter is out of range.</exception>
    public SGD(double learningRate = 0.01, double momentum = 0.0, bool nesterov = false, double? weightDecay = null, double? clipNorm = null, double? clipValue = null, double? globalClipNorm = null, LearningRateSchedule? schedule = null)
        : base(learningRate, weightDecay, clipNorm, clipValue, globalClipNorm, schedule)
    {
        if (momentum is < 0 or >= 1 || double.IsNaN(momentum))
        {
            throw new ArgumentOutOfRangeException(nameof(momentum), momentum, "SGD momentum must be in [0, 1).");
        }

        Momentum = momentum;
        Nesterov = nesterov;
    }

    /// <summary>μ.</summary>
    public double Momentum { get; }

    /// <summary>Whether the Nesterov form is used.</summary>
    public bool Nesterov { get; }

    /// <inheritdoc/>
    public override string Name => "sgd";

    /// <inheritdoc/>
    protected override void Update(Variable variable, Tensor gradient)
    {
        Tensor? v = Momentum > 0 ? Slot(variable, "momentum") : null;
        UpdateSpans(variable, gradient, v, null, Step, Step, elementwise: true);
    }

    private void Step<T>(Span<T> w, ReadOnlySpan<T> g, Span<T> v, Span<T> unused)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        T lr = T.CreateChecked(LearningRate);
        if (Momentum == 0)
        {
            TensorPrimitives.MultiplyAdd(g, -lr, w, w); // w ← w − η·g (a multiply then an add, as w[i] -= lr * g[i])
            return;
        }

        T mu = T.CreateChecked(Momentum);
        for (int i = 0; i < w.Length; i++)
        {
            v[i] = (mu * v[i]) - (lr * g[i]);
            w[i] += Nesterov ? (mu * v[i]) - (lr * g[i]) : v[i];
        }
    }

    /// <inheritdoc/>
    public override IReadOnlyDictionary<string, object?> GetConfig() => new Dictionary<string, object?>(base.GetConfig())
    {
        ["momentum"] = Momentum,
        ["nesterov"] = Nesterov,
    };
}
