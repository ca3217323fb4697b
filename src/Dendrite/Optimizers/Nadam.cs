// Nadam (Dozat, 2016): Adam with Nesterov momentum, exactly as Keras 3 (keras/src/optimizers/nadam.py):
//   t = step number (1, 2, …),  u_t = β1 · (1 − ½ · 0.96^t)            (momentum schedule)
//   Π_t = u_1 · u_2 · … · u_t                                          ("u_product", one per optimizer; not a slot:
//                                                                      recomputed from Iterations in the same order
//                                                                      after a Load, so resumed training is exact)
//   m ← m + (g − m)(1 − β1)                                            ("momentum")
//   v ← v + (g² − v)(1 − β2)                                           ("velocity")
//   m̂ = u_{t+1} · m / (1 − Π_t · u_{t+1}) + (1 − u_t) · g / (1 − Π_t)
//   v̂ = v / (1 − β2^t)
//   w ← w − η · m̂ / (sqrt(v̂) + ε)
// Keras defaults: η = 0.001, β1 = 0.9, β2 = 0.999, ε = 1e-7.
using System.Numerics;
using Dendrite.Autodiff;
using Dendrite.Optimizers.Schedules;
using Dendrite.Tensors;

namespace Dendrite.Optimizers;

/// <summary>Nadam: Adam with Nesterov momentum.</summary>
/// <remarks>
/// <c>m̂ = u_{t+1}·m/(1 − Π_{t+1}) + (1 − u_t)·g/(1 − Π_t); w ← w − η·m̂/(sqrt(v/(1−β2ᵗ)) + ε)</c>, <c>u_t = β1(1 − ½·0.96ᵗ)</c>.
/// See https://openreview.net/pdf?id=OM0jvwB8jIp57ZJjtNEZ.
/// </remarks>
public sealed class Nadam : Optimizer
{
    private long _productStep;
    private double _product = 1;

    /// <summary>Creates a Nadam optimizer.</summary>
    /// <param name="learningRate">η; default 0.001.</param>
    /// <param name="beta1">β1, the decay of the first moment, in [0, 1); default 0.9.</param>
    /// <param name="beta2">β2, the decay of the second moment, in [0, 1); default 0.999.</param>
    /// <param name="epsilon">ε added to sqrt(v̂), ≥ 0; default 1e-7.</param>
    /// <param name="weightDecay">λ of the decoupled weight decay w ← w − w·λ·η, ≥ 0; default null = none.</param>
    /// <param name="clipNorm">Clips each gradient to this L2 norm, &gt; 0; default null = none.</param>
    /// <param name="clipValue">Clips each gradient element to [−c, c], &gt; 0; default null = none.</param>
    /// <param name="globalClipNorm">Scales all gradients so their joint L2 norm is at most this, &gt; 0; default null = none.</param>
    /// <param name="schedule">The learning rate as a function of the step, replacing <paramref name="learningRate"/>; default null = fixed.</param>
    /// <exception cref="ArgumentOutOfRangeException">A hyperparameter is out of range.</exception>
    public Nadam(double learningRate = 0.001, double beta1 = 0.9, double beta2 = 0.999, double epsilon = 1e-7, double? weightDecay = null, double? clipNorm = null, double? clipValue = null, double? globalClipNorm = null, LearningRateSchedule? schedule = null)
        : base(learningRate, weightDecay, clipNorm, clipValue, globalClipNorm, schedule)
    {
        Beta1 = beta1 is >= 0 and < 1 ? beta1 : throw new ArgumentOutOfRangeException(nameof(beta1), beta1, $"Nadam beta1 must be in [0, 1), received {beta1}.");
        Beta2 = beta2 is >= 0 and < 1 ? beta2 : throw new ArgumentOutOfRangeException(nameof(beta2), beta2, $"Nadam beta2 must be in [0, 1), received {beta2}.");
        Epsilon = epsilon >= 0 && double.IsFinite(epsilon) ? epsilon
            : throw new ArgumentOutOfRangeException(nameof(epsilon), epsilon, $"Nadam epsilon must be finite and >= 0, received {epsilon}.");
    }

    /// <summary>β1.</summary>
    public double Beta1 { get; }

    /// <summary>β2.</summary>
    public double Beta2 { get; }

    /// <summary>ε.</summary>
    public double Epsilon { get; }

    /// <inheritdoc/>
    public override string Name => "nadam";

    /// <inheritdoc/>
    protected override void Update(Variable variable, Tensor gradient)
    {
        Tensor m = Slot(variable, "momentum");
        Tensor v = Slot(variable, "velocity");
        UpdateSpans(variable, gradient, m, v, Step, Step);
    }

    private void Step<T>(Span<T> w, ReadOnlySpan<T> g, Span<T> m, Span<T> v)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        long t = Iterations;
        double ut = Momentum(t);
        double utNext = Momentum(t + 1);
        double product = Product(t);
        T gradientWeight = T.CreateChecked((1 - ut) / (1 - product));
        T momentumWeight = T.CreateChecked(utNext / (1 - (product * utNext)));
        T secondMomentCorrection = T.CreateChecked(1 - Math.Pow(Beta2, t));
        T oneMinusB1 = T.CreateChecked(1 - Beta1);
        T oneMinusB2 = T.CreateChecked(1 - Beta2);
        T lr = T.CreateChecked(LearningRate);
        T eps = T.CreateChecked(Epsilon);
        int i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            // The same formula, Vector<T>.Count parameters at a time, in the scalar loop's order of operations: vector
            // +, −, ×, ÷ and √ round as the scalar ones, so the result is the scalar loop's.
            Vector<T> gwV = new(gradientWeight), mwV = new(momentumWeight), corrV = new(secondMomentCorrection);
            Vector<T> b1V = new(oneMinusB1), b2V = new(oneMinusB2), lrV = new(lr), epsV = new(eps);
            for (; i <= w.Length - Vector<T>.Count; i += Vector<T>.Count)
            {
                Vector<T> gi = new(g[i..]), mOld = new(m[i..]), vOld = new(v[i..]);
                Vector<T> mi = mOld + ((gi - mOld) * b1V);
                Vector<T> vi = vOld + (((gi * gi) - vOld) * b2V);
                mi.CopyTo(m[i..]);
                vi.CopyTo(v[i..]);
                Vector<T> mHat = (mwV * mi) + (gwV * gi);
                Vector<T> vHat = vi / corrV;
                (new Vector<T>(w[i..]) - (lrV * mHat / (Vector.SquareRoot(vHat) + epsV))).CopyTo(w[i..]);
            }
        }

        for (; i < w.Length; i++)
        {
            T gi = g[i];
            m[i] += (gi - m[i]) * oneMinusB1;
            v[i] += ((gi * gi) - v[i]) * oneMinusB2;
            T mHat = (momentumWeight * m[i]) + (gradientWeight * gi);
            T vHat = v[i] / secondMomentCorrection;
            w[i] -= lr * mHat / (T.Sqrt(vHat) + eps);
        }
    }

    /// <summary>u_t = β1 · (1 − ½ · 0.96^t).</summary>
    private double Momentum(long t) => Beta1 * (1 - (0.5 * Math.Pow(0.96, t)));

    /// <summary>Π_t = u_1 ⋯ u_t, extended by one factor per step and recomputed when Iterations jumps.</summary>
    private double Product(long t)
    {
        if (_productStep == t - 1)
        {
            _product *= Momentum(t);
        }
        else if (_productStep != t)
        {
            _product = 1;
            for (long i = 1; i <= t; i++)
            {
                _product *= Momentum(i);
            }
        }

        _productStep = t;
        return _product;
    }

    /// <inheritdoc/>
    public override IReadOnlyDictionary<string, object?> GetConfig() => new Dictionary<string, object?>(base.GetConfig())
    {
        ["beta_1"] = Beta1,
        ["beta_2"] = Beta2,
        ["epsilon"] = Epsilon,
    };
}
