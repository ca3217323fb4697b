// Adam (Kingma & Ba, 2014), in Keras' "epsilon hat" form:
//   t ← t + 1
//   η_t = η · sqrt(1 − β2^t) / (1 − β1^t)
//   m ← m + (g − m)(1 − β1)          (= β1 m + (1 − β1) g)
//   v ← v + (g² − v)(1 − β2)         (= β2 v + (1 − β2) g²)
//   w ← w − η_t · m / (sqrt(v) + ε)
// Keras defaults: η = 0.001, β1 = 0.9, β2 = 0.999, ε = 1e-7.
using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Dendrite.Autodiff;
using Dendrite.Optimizers.Schedules;
using Dendrite.Tensors;

namespace Dendrite.Optimizers;

/// <summary>Adam: adaptive moment estimation.</summary>
/// <remarks>
/// <c>m ← β1 m + (1−β1) g; v ← β2 v + (1−β2) g²; w ← w − η·sqrt(1−β2ᵗ)/(1−β1ᵗ) · m / (sqrt(v) + ε)</c>.
/// See https://arxiv.org/abs/1412.6980.
/// </remarks>
public class Adam : Optimizer
{
    /// <summary>Creates an Adam optimizer.</summary>
    /// <param name="learningRate">η; default 0.001.</param>
    /// <param name="beta1">Decay of the first moment, in [0, 1); default 0.9.</param>
    /// <param name="beta2">Decay of the second moment, in [0, 1); default 0.999.</param>
    /// <param name="epsilon">ε added to sqrt(v), ≥ 0; default 1e-7.</param>
    /// <param name="weightDecay">λ of the decoupled weight decay w ← w − w·λ·η, ≥ 0; default null = none.</param>
    /// <param name="clipNorm">Clips each gradient to this L2 norm, &gt; 0; default null = none.</param>
    /// <param name="clipValue">Clips each gradient element to [−c, c], &gt; 0; default null = none.</param>
    /// <param name="globalClipNorm">Scales all gradients so their joint L2 norm is at most this, &gt; 0; default null = none.</param>
    /// <param name="schedule">The learning rate as a function of the step, replacing <paramref name="learningRate"/>; default null = fixed.</param>
    /// <exception cref="ArgumentOutOfRangeException">A hyperparameter is out of range.</exception>
    public Adam(double learningRate = 0.001, double beta1 = 0.9, double beta2 = 0.999, double epsilon = 1e-7, double? weightDecay = null, double? clipNorm = null, double? clipValue = null, double? globalClipNorm = null, LearningRateSchedule? schedule = null)
        : base(learningRate, weightDecay, clipNorm, clipValue, globalClipNorm, schedule)
    {
        Beta1 = beta1 is >= 0 and < 1 ? beta1 : throw new ArgumentOutOfRangeException(nameof(beta1), beta1, "Adam beta1 must be in [0, 1).");
        Beta2 = beta2 is >= 0 and < 1 ? beta2 : throw new ArgumentOutOfRangeException(nameof(beta2), beta2, "Adam beta2 must be in [0, 1).");
        Epsilon = epsilon >= 0 ? epsilon : throw new ArgumentOutOfRangeException(nameof(epsilon), epsilon, "Adam epsilon must be >= 0.");
    }

    /// <summary>β1.</summary>
    public double Beta1 { get; }

    /// <summary>β2.</summary>
    public double Beta2 { get; }

    /// <summary>ε.</summary>
    public double Epsilon { get; }

    /// <inheritdoc/>
    public override string Name => "adam";

    /// <inheritdoc/>
    protected override void Update(Variable variable, Tensor gradient)
    {
        ArgumentNullException.ThrowIfNull(variable);
        Tensor m = Slot(variable, "m");
        Tensor v = Slot(variable, "v");
        UpdateSpans(variable, gradient, m, v, Step, Step, elementwise: true);
    }

    private void Step<T>(Span<T> w, ReadOnlySpan<T> g, Span<T> m, Span<T> v)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        double t = Iterations;
        T lrT = T.CreateChecked(LearningRate * Math.Sqrt(1 - Math.Pow(Beta2, t)) / (1 - Math.Pow(Beta1, t)));
        T oneMinusB1 = T.CreateChecked(1 - Beta1);
        T oneMinusB2 = T.CreateChecked(1 - Beta2);
        T eps = T.CreateChecked(Epsilon);
        int i = 0;
        if (Vector512.IsHardwareAccelerated)
        {
            // The same formula 16 floats at a time where the CPU has AVX-512 (Vector<T> stays 256 bits wide there).
            Vector512<T> lr512 = Vector512.Create(lrT), b1512 = Vector512.Create(oneMinusB1), b2512 = Vector512.Create(oneMinusB2), eps512 = Vector512.Create(eps);
            ref T wRef = ref MemoryMarshal.GetReference(w), mRef = ref MemoryMarshal.GetReference(m), vRef = ref MemoryMarshal.GetReference(v);
            ref T gRef = ref MemoryMarshal.GetReference(g);
            for (; i <= w.Length - Vector512<T>.Count; i += Vector512<T>.Count)
            {
                nuint at = (nuint)i;
                Vector512<T> gi = Vector512.LoadUnsafe(ref gRef, at), mOld = Vector512.LoadUnsafe(ref mRef, at), vOld = Vector512.LoadUnsafe(ref vRef, at);
                Vector512<T> mi = mOld + ((gi - mOld) * b1512);
                Vector512<T> vi = vOld + (((gi * gi) - vOld) * b2512);
                mi.StoreUnsafe(ref mRef, at);
                vi.StoreUnsafe(ref vRef, at);
                (Vector512.LoadUnsafe(ref wRef, at) - (lr512 * mi / (Vector512.Sqrt(vi) + eps512))).StoreUnsafe(ref wRef, at);
            }
        }

        if (Vector.IsHardwareAccelerated)
        {
            // The same formula, Vector<T>.Count parameters at a time; vector +, −, ×, ÷ and √ round exactly as the
            // scalar ones, so the result is the same as the scalar loop's.
            Vector<T> lrV = new(lrT), b1V = new(oneMinusB1), b2V = new(oneMinusB2), epsV = new(eps);
            for (; i <= w.Length - Vector<T>.Count; i += Vector<T>.Count)
            {
                Vector<T> gi = new(g[i..]), mOld = new(m[i..]), vOld = new(v[i..]);
                Vector<T> mi = mOld + ((gi - mOld) * b1V);
                Vector<T> vi = vOld + (((gi * gi) - vOld) * b2V);
                mi.CopyTo(m[i..]);
                vi.CopyTo(v[i..]);
                (new Vector<T>(w[i..]) - (lrV * mi / (Vector.SquareRoot(vi) + epsV))).CopyTo(w[i..]);
            }
        }

        for (; i < w.Length; i++)
        {
            T gi = g[i];
            T mi = m[i] + ((gi - m[i]) * oneMinusB1);
            T vi = v[i] + (((gi * gi) - v[i]) * oneMinusB2);
            m[i] = mi;
            v[i] = vi;
            w[i] -= lrT * mi / (T.Sqrt(vi) + eps);
        }
    }

    /// <inheritdoc/>
    public override IReadOnlyDictionary<string, object?> GetConfig() => new Dictionary<string, object?>(base.GetConfig())
    {
        ["beta_1"] = Beta1,
        ["beta_2"] = Beta2,
        ["epsilon"] = Epsilon,
    };
}
