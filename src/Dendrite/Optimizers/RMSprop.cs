// RMSprop (Hinton, 2012), exactly as Keras 3 (keras/src/optimizers/rmsprop.py, update_step):
//   v ← ρ v + (1 − ρ) g²                                    ("velocity")
//   centered:  ḡ ← ρ ḡ + (1 − ρ) g;   d = v − ḡ² + ε        ("average_gradient")
//   otherwise: d = v + ε
//   Δ = η g / sqrt(d)                                       (ε inside the square root, as Keras)
//   momentum μ > 0:  m ← μ m + Δ;  w ← w − m                ("momentum"; plain, not Nesterov)
//   otherwise:       w ← w − Δ
// Keras defaults: η = 0.001, ρ = 0.9, μ = 0, ε = 1e-7, centered = false.
using System.Numerics;
using Dendrite.Autodiff;
using Dendrite.Optimizers.Schedules;
using Dendrite.Tensors;

namespace Dendrite.Optimizers;

/// <summary>RMSprop: divides the gradient by a running root mean square of recent gradients.</summary>
/// <remarks>
/// <c>v ← ρv + (1−ρ)g²; w ← w − ηg / sqrt(v + ε)</c>. Centered: <c>sqrt(v − ḡ² + ε)</c> with <c>ḡ ← ρḡ + (1−ρ)g</c>.
/// With momentum: <c>m ← μm + ηg / sqrt(…); w ← w − m</c>.
/// See http://www.cs.toronto.edu/~tijmen/csc321/slides/lecture_slides_lec6.pdf.
/// </remarks>
public sealed class RMSprop : Optimizer
{
    /// <summary>Creates an RMSprop optimizer.</summary>
    /// <param name="learningRate">η; default 0.001.</param>
    /// <param name="rho">ρ, the decay of the running averages, in [0, 1); default 0.9.</param>
    /// <param name="momentum">μ, in [0, 1); default 0 (no momentum).</param>
    /// <param name="epsilon">ε added under the square root, ≥ 0; default 1e-7.</param>
    /// <param name="centered">Divide by the estimated variance rather than the second moment; default false.</param>
    /// <param name="weightDecay">λ of the decoupled weight decay w ← w − w·λ·η, ≥ 0; default null = none.</param>
    /// <param name="clipNorm">Clips each gradient to this L2 norm, &gt; 0; default null = none.</param>
    /// <param name="clipValue">Clips each gradient element to [−c, c], &gt; 0; default null = none.</param>
    /// <param name="globalClipNorm">Scales all gradients so their joint L2 norm is at most this, &gt; 0; default null = none.</param>
    /// <param name="schedule">The learning rate as a function of the step, replacing <paramref name="learningRate"/>; default null = fixed.</param>
    /// <exception cref="ArgumentOutOfRangeException">A hyperparameter is out of range.</exception>
    public RMSprop(double learningRate = 0.001, double rho = 0.9, double momentum = 0.0, double epsilon = 1e-7, bool centered = false, double? weightDecay = null, double? clipNorm = null, double? clipValue = null, double? globalClipNorm = null, LearningRateSchedule? schedule = null)
        : base(learningRate, weightDecay, clipNorm, clipValue, globalClipNorm, schedule)
    {
        Rho = rho is >= 0 and < 1 ? rho : throw new ArgumentOutOfRangeException(nameof(rho), rho, $"RMSprop rho must be in [0, 1), received {rho}.");
        Momentum = momentum is >= 0 and < 1 ? momentum
            : throw new ArgumentOutOfRangeException(nameof(momentum), momentum, $"RMSprop momentum must be in [0, 1), received {momentum}.");
        Epsilon = epsilon >= 0 && double.IsFinite(epsilon) ? epsilon
            : throw new ArgumentOutOfRangeException(nameof(epsilon), epsilon, $"RMSprop epsilon must be finite and >= 0, received {epsilon}.");
        Centered = centered;
    }

    /// <summary>ρ.</summary>
    public double Rho { get; }

    /// <summary>μ.</summary>
    public double Momentum { get; }

    /// <summary>ε.</summary>
    public double Epsilon { get; }

    /// <summary>Whether the centered form is used.</summary>
    public bool Centered { get; }

    /// <inheritdoc/>
    public override string Name => "rmsprop";

    /// <inheritdoc/>
    protected override void Update(Variable variable, Tensor gradient)
    {
        ArgumentNullException.ThrowIfNull(variable);
        ArgumentNullException.ThrowIfNull(gradient);
        Tensor velocity = Slot(variable, "velocity");
        Tensor? momentum = Momentum > 0 ? Slot(variable, "momentum") : null;
        Tensor? average = Centered ? Slot(variable, "average_gradient") : null;
        if (variable.Value.DType == DType.Float32)
        {
            Step(variable.Value.AsSpan(), gradient.AsSpan(), velocity.AsSpan(), momentum is null ? default : momentum.AsSpan(), average is null ? default : average.AsSpan());
        }
        else
        {
            Step(variable.Value.AsDoubleSpan(), gradient.AsDoubleSpan(), velocity.AsDoubleSpan(), momentum is null ? default : momentum.AsDoubleSpan(), average is null ? default : average.AsDoubleSpan());
        }
    }

    private void Step<T>(Span<T> w, ReadOnlySpan<T> g, Span<T> v, Span<T> m, Span<T> avg)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        T lr = T.CreateChecked(LearningRate);
        T rho = T.CreateChecked(Rho);
        T oneMinusRho = T.CreateChecked(1 - Rho);
        T eps = T.CreateChecked(Epsilon);
        T mu = T.CreateChecked(Momentum);
        int i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            // The same formula, Vector<T>.Count parameters at a time, in the scalar loop's order of operations: vector
            // +, −, ×, ÷ and √ round as the scalar ones, so the result is the scalar loop's.
            Vector<T> lrV = new(lr), rhoV = new(rho), oneMinusRhoV = new(oneMinusRho), epsV = new(eps), muV = new(mu);
            for (; i <= w.Length - Vector<T>.Count; i += Vector<T>.Count)
            {
                Vector<T> gi = new(g[i..]);
                Vector<T> vi = (rhoV * new Vector<T>(v[i..])) + (oneMinusRhoV * gi * gi);
                vi.CopyTo(v[i..]);
                Vector<T> denominator;
                if (Centered)
                {
                    Vector<T> ai = (rhoV * new Vector<T>(avg[i..])) + (oneMinusRhoV * gi);
                    ai.CopyTo(avg[i..]);
                    denominator = vi - (ai * ai) + epsV;
                }
                else
                {
                    denominator = vi + epsV;
                }

                Vector<T> increment = lrV * gi / Vector.SquareRoot(denominator);
                if (Momentum > 0)
                {
                    Vector<T> mi = (muV * new Vector<T>(m[i..])) + increment;
                    mi.CopyTo(m[i..]);
                    (new Vector<T>(w[i..]) - mi).CopyTo(w[i..]);
                }
                else
                {
                    (new Vector<T>(w[i..]) - increment).CopyTo(w[i..]);
                }
            }
        }

        for (; i < w.Length; i++)
        {
            T gi = g[i];
            v[i] = (rho * v[i]) + (oneMinusRho * gi * gi);
            T denominator;
            if (Centered)
            {
                avg[i] = (rho * avg[i]) + (oneMinusRho * gi);
                denominator = v[i] - (avg[i] * avg[i]) + eps;
            }
            else
            {
                denominator = v[i] + eps;
            }

            T increment = lr * gi / T.Sqrt(denominator);
            if (Momentum > 0)
            {
                m[i] = (mu * m[i]) + increment;
                w[i] -= m[i];
            }
            else
            {
                w[i] -= increment;
            }
        }
    }

    /// <inheritdoc/>
    public override IReadOnlyDictionary<string, object?> GetConfig() => new Dictionary<string, object?>(base.GetConfig())
    {
        ["rho"] = Rho,
        ["momentum"] = Momentum,
        ["epsilon"] = Epsilon,
        ["centered"] = Centered,
    };
}
