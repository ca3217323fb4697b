// GradientCheck: compares the tape's gradients with central differences, in double precision.
//   numeric:  ∂f/∂x_i ≈ (f(x + h e_i) − f(x − h e_i)) / 2h
//   passes when |analytic − numeric| ≤ atol + rtol · |numeric| for every element.
// Inputs and variables are converted to float64 for the check (and restored after), so the very ops and
// layers used in float32 training are checked with an O(h²) error around 1e-10, not float32 noise.
// A non-scalar f is reduced to the scalar Σ f(x) ⊙ w with fixed pseudo-random weights w, which checks
// every output component at once.
using Dendrite.Tensors;

namespace Dendrite.Autodiff;

/// <summary>Checks reverse-mode gradients against central finite differences in double precision.</summary>
/// <remarks>
/// <code>
/// var result = GradientCheck.Check(x => layer.Call(x, training: false), input, layer.TrainableVariables);
/// Assert.True(result.Passed, result.ToString());
/// </code>
/// </remarks>
public static class GradientCheck
{
    /// <summary>Checks the gradients of <paramref name="function"/> with respect to its inputs.</summary>
    /// <param name="function">Maps the (float64) inputs to a tensor; must be deterministic.</param>
    /// <param name="inputs">The points at which to check; copied to float64, never modified.</param>
    /// <param name="step">The finite-difference step h; default 1e-6.</param>
    /// <param name="relativeTolerance">rtol; default 1e-5.</param>
    /// <param name="absoluteTolerance">atol; default 1e-7.</param>
    /// <returns>The worst discrepancy found and whether all elements passed.</returns>
    public static GradientCheckResult Check(
        Func<IReadOnlyList<Tensor>, Tensor> function,
        IReadOnlyList<Tensor> inputs,
        double step = 1e-6,
        double relativeTolerance = 1e-5,
        double absoluteTolerance = 1e-7)
        => Check(function, inputs, [], step, relativeTolerance, absoluteTolerance);

    /// <summary>Checks the gradients of a one-input function with respect to its input and to <paramref name="variables"/> (a layer's weights).</summary>
    /// <param name="function">Maps the (float64) input to a tensor, reading the variables' values.</param>
    /// <param name="input">The point at which to check.</param>
    /// <param name="variables">Weights to check too; their values are float64 during the check and restored after.</param>
    /// <param name="step">The finite-difference step h; default 1e-6.</param>
    /// <param name="relativeTolerance">rtol; default 1e-5.</param>
    /// <param name="absoluteTolerance">atol; default 1e-7.</param>
    public static GradientCheckResult Check(
        Func<Tensor, Tensor> function,
        Tensor input,
        IReadOnlyList<Variable>? variables = null,
        double step = 1e-6,
        double relativeTolerance = 1e-5,
        double absoluteTolerance = 1e-7)
    {
        ArgumentNullException.ThrowIfNull(function);
        return Check(xs => function(xs[0]), [input], variables ?? [], step, relativeTolerance, absoluteTolerance);
    }

    private static GradientCheckResult Check(
        Func<IReadOnlyList<Tensor>, Tensor> function,
        IReadOnlyList<Tensor> inputs,
        IReadOnlyList<Variable> variables,
        double step,
        double relativeTolerance,
        double absoluteTolerance)
    {
        ArgumentNullException.ThrowIfNull(function);
        ArgumentNullException.ThrowIfNull(inputs);
        var x = inputs.Select(t => t.To(DType.Float64).Clone()).ToArray();
        var saved = variables.Select(v => v.Value).ToArray();
        try
        {
            foreach (Variable v in variables)
            {
                v.Value = v.Value.To(DType.Float64).Clone();
            }

            Tensor[] sources = [.. x, .. variables.Select(v => v.Value)];
            Tensor? weights = null;
            Tensor Scalar(Tensor y)
            {
                if (y.DType != DType.Float64)
                {
                    throw new InvalidOperationException($"GradientCheck: the function returned a {y.DType} tensor for float64 inputs; every op on the path must keep float64.");
                }

                if (y.Size == 1)
                {
                    return Ops.Sum(y);
                }

                if (weights is null)
                {
                    var rng = new RandomGenerator(12345);
                    weights = Tensor.Zeros(y.Shape, DType.Float64);
                    for (int i = 0; i < weights.Size; i++)
                    {
                        weights.SetFlat(i, rng.Uniform(0.5, 1.5));
                    }
                }

                return Ops.Sum(Ops.Multiply(y, weights));
            }

            Tensor[] analytic;
            using (var tape = new GradientTape())
            {
                foreach (Tensor s in sources)
                {
                    tape.Watch(s);
                }

                Tensor f = Scalar(function(x));
                analytic = tape.Gradient(f, sources);
            }

            var result = new GradientCheckResult(relativeTolerance, absoluteTolerance);
            for (int s = 0; s < sources.Length; s++)
            {
                Tensor src = sources[s];
                string name = s < x.Length ? $"input {s}" : $"variable '{variables[s - x.Length].Name}'";
                for (int i = 0; i < src.Size; i++)
                {
                    double original = src.GetFlat(i);
                    src.SetFlat(i, original + step);
                    double plus = Scalar(function(x)).GetFlat(0);
                    src.SetFlat(i, original - step);
                    double minus = Scalar(function(x)).GetFlat(0);
                    src.SetFlat(i, original);
                    double numeric = (plus - minus) / (2 * step);
                    result.Add(name, i, analytic[s].GetFlat(i), numeric);
                }
            }

            return result;
        }
        finally
        {
            for (int i = 0; i < variables.Count; i++)
            {
                variables[i].Value = saved[i];
            }
        }
    }
}

/// <summary>The outcome of a <see cref="GradientCheck"/>: the worst element and whether all passed.</summary>
public sealed class GradientCheckResult
{
    private readonly double _relativeTolerance;
    private readonly double _absoluteTolerance;

    internal GradientCheckResult(double relativeTolerance, double absoluteTolerance)
    {
        _relativeTolerance = relativeTolerance;
        _absoluteTolerance = absoluteTolerance;
    }

    /// <summary>Whether every element satisfied |analytic − numeric| ≤ atol + rtol·|numeric|.</summary>
    public bool Passed { get; private set; } = true;

    /// <summary>The number of gradient elements compared.</summary>
    public int Count { get; private set; }

    /// <summary>The largest |analytic − numeric| seen.</summary>
    public double MaxAbsoluteError { get; private set; }

    /// <summary>Where the worst violation (or largest error, if none) was, with both values.</summary>
    public string Worst { get; private set; } = "none";

    private double _worstExcess = double.NegativeInfinity;

    internal void Add(string source, int index, double analytic, double numeric)
    {
        Count++;
        double err = Math.Abs(analytic - numeric);
        double allowed = _absoluteTolerance + (_relativeTolerance * Math.Abs(numeric));
        bool ok = err <= allowed && double.IsFinite(analytic) == double.IsFinite(numeric);
        Passed &= ok;
        MaxAbsoluteError = Math.Max(MaxAbsoluteError, double.IsNaN(err) ? double.PositiveInfinity : err);
        double excess = double.IsNaN(err) ? double.PositiveInfinity : err - allowed;
        if (excess > _worstExcess)
        {
            _worstExcess = excess;
            Worst = $"{source}[{index}]: analytic {analytic:G10}, numeric {numeric:G10}";
        }
    }

    /// <inheritdoc/>
    public override string ToString() => $"{(Passed ? "passed" : "FAILED")}: {Count} elements, max |error| {MaxAbsoluteError:G3}; worst {Worst}";
}
