// Gradient clipping and decoupled weight decay, as Keras 3's base optimizer (_clip_gradients,
// _clip_by_norm, clip_by_global_norm, _apply_weight_decay in keras/src/optimizers/base_optimizer.py):
//   clipNorm c:        g ← g · c / max(‖g‖, c)                  (per variable; ‖g‖ = 0 leaves g as is)
//   globalClipNorm c:  g ← g · min(1, c / sqrt(Σ_all ‖g‖²))     (a non-finite global norm gives NaN, as Keras)
//   clipValue c:       g ← clip(g, −c, c)
//   weight decay λ:    w ← w − w · λ · η                       (η the step's learning rate, not bias-corrected)
// Clipping works on copies: the caller's gradient tensors are never modified.
using System.Numerics;
using Dendrite.Autodiff;
using Dendrite.Tensors;

namespace Dendrite.Optimizers;

public abstract partial class Optimizer
{
    /// <summary>The gradients in each variable's dtype, clipped as configured (copies when clipped).</summary>
    private Tensor[] ClipGradients(IReadOnlyList<Variable> variables, IReadOnlyList<Tensor> gradients)
    {
        var g = new Tensor[gradients.Count];
        for (int i = 0; i < g.Length; i++)
        {
            g[i] = gradients[i].To(variables[i].Value.DType);
        }

        if (ClipNorm is { } clipNorm)
        {
            for (int i = 0; i < g.Length; i++)
            {
                double norm = Math.Sqrt(SumOfSquares(g[i]));
                g[i] = Scaled(g[i], norm > 0 ? clipNorm / Math.Max(norm, clipNorm) : 1);
            }
        }
        else if (GlobalClipNorm is { } globalClipNorm)
        {
            double total = 0;
            foreach (Tensor t in g)
            {
                total += SumOfSquares(t);
            }

            double norm = Math.Sqrt(total);
            double scale = !double.IsFinite(norm) ? double.NaN : norm > globalClipNorm ? globalClipNorm / norm : 1;
            for (int i = 0; i < g.Length; i++)
            {
                g[i] = Scaled(g[i], scale);
            }
        }
        else if (ClipValue is { } clipValue)
        {
            for (int i = 0; i < g.Length; i++)
            {
                Tensor c = g[i].Clone();
                for (int j = 0; j < c.Size; j++)
                {
                    c.SetFlat(j, Math.Clamp(c.GetFlat(j), -clipValue, clipValue));
                }

                g[i] = c;
            }
        }

        return g;
    }

    /// <summary>Decoupled weight decay w ← w − w·λ·η, in the weight's own precision.</summary>
    private static void Decay(Tensor w, double decay, double learningRate)
    {
        if (w.DType == DType.Float32)
        {
            Decay(w.AsSpan(), (float)decay, (float)learningRate);
        }
        else
        {
            Decay(w.AsDoubleSpan(), decay, learningRate);
        }

        static void Decay<T>(Span<T> w, T decay, T learningRate)
            where T : unmanaged, IBinaryFloatingPointIeee754<T>
        {
            for (int i = 0; i < w.Length; i++)
            {
                w[i] -= w[i] * decay * learningRate;
            }
        }
    }

    private static double SumOfSquares(Tensor t)
    {
        double sum = 0;
        for (int i = 0; i < t.Size; i++)
        {
            double v = t.GetFlat(i);
            sum += v * v;
        }

        return sum;
    }

    private static Tensor Scaled(Tensor t, double scale)
    {
        if (scale == 1)
        {
            return t;
        }

        Tensor c = t.Clone();
        for (int i = 0; i < c.Size; i++)
        {
            c.SetFlat(i, c.GetFlat(i) * scale);
        }

        return c;
    }

    private double? CheckClip(double? value, string parameter)
        => value is null or (> 0 and < double.PositiveInfinity) ? value
            : throw new ArgumentOutOfRangeException(parameter, value, $"{GetType().Name} {parameter} must be finite and > 0, received {value}.");
}
