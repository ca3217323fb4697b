// Perceptron: Rosenblatt's model (1958), the first learning machine of the course.
//   output:  ŷ = step(w · x + b),   step(z) = 1 if z ≥ 0 else 0   (Heaviside)
//   rule:    for each sample, w ← w + η (y − ŷ) x,   b ← b + η (y − ŷ)
//            (nothing changes when the prediction is right; a wrong one moves the boundary toward the sample)
//   stop:    after an epoch with no errors (converged), or after maxEpochs (not converged).
// The perceptron convergence theorem: on linearly separable data the rule reaches zero errors in finitely
// many updates. XOR is not linearly separable, so the errors never reach zero — the motivation for MLPs.
// Written with plain loops on purpose: this file is the perceptron rule, nothing else.
using Dendrite.Tensors;

namespace Dendrite.Models;

/// <summary>Rosenblatt's perceptron: a step-activated linear unit trained by the perceptron learning rule.</summary>
/// <remarks><c>ŷ = step(w·x + b)</c>; update <c>w ← w + η(y − ŷ)x</c>, <c>b ← b + η(y − ŷ)</c>.</remarks>
public sealed class Perceptron
{
    private readonly double[] _weights;

    /// <summary>Creates a perceptron with all weights and the bias at zero (or small random values when seeded).</summary>
    /// <param name="inputs">The number of input features, ≥ 1.</param>
    /// <param name="learningRate">η, &gt; 0; default 1.</param>
    /// <param name="seed">When given, weights start uniform in [−0.5, 0.5) from this seed; default null = zeros.</param>
    /// <exception cref="ArgumentOutOfRangeException">A setting is out of range.</exception>
    public Perceptron(int inputs, double learningRate = 1.0, int? seed = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(inputs, 1);
        if (!(learningRate > 0) || !double.IsFinite(learningRate))
        {
            throw new ArgumentOutOfRangeException(nameof(learningRate), learningRate, "Perceptron learning rate must be > 0 and finite.");
        }

        LearningRate = learningRate;
        _weights = new double[inputs];
        if (seed is { } s)
        {
            var random = new RandomGenerator(s);
            for (int i = 0; i < inputs; i++)
            {
                _weights[i] = random.Uniform(-0.5, 0.5);
            }

            Bias = random.Uniform(-0.5, 0.5);
        }
    }

    /// <summary>η.</summary>
    public double LearningRate { get; }

    /// <summary>The weights w, one per input.</summary>
    public IReadOnlyList<double> Weights => _weights;

    /// <summary>The bias b.</summary>
    public double Bias { get; private set; }

    /// <summary>The Heaviside step: 1 if z ≥ 0, else 0.</summary>
    /// <param name="z">The weighted sum.</param>
    public static int Step(double z) => z >= 0 ? 1 : 0;

    /// <summary>The weighted sum w · x + b for one sample.</summary>
    /// <param name="x">The sample's features.</param>
    /// <exception cref="ArgumentException">The feature count is wrong.</exception>
    public double WeightedSum(ReadOnlySpan<float> x)
    {
        if (x.Length != _weights.Length)
        {
            throw new ArgumentException($"Perceptron expects {_weights.Length} features, received {x.Length}.", nameof(x));
        }

        double z = Bias;
        for (int i = 0; i < x.Length; i++)
        {
            z += _weights[i] * x[i];
        }

        return z;
    }

    /// <summary>The predicted class (0 or 1) of one sample.</summary>
    /// <param name="x">The sample's features.</param>
    public int Predict(ReadOnlySpan<float> x) => Step(WeightedSum(x));

    /// <summary>The predicted class (0 or 1) of each row of <paramref name="x"/>.</summary>
    /// <param name="x">Samples × features.</param>
    public int[] Predict(Tensor x)
    {
        ArgumentNullException.ThrowIfNull(x);
        RequireMatrix(x);
        var result = new int[x.Shape[0]];
        for (int r = 0; r < result.Length; r++)
        {
            result[r] = Predict(x.Rows(r, 1).To(DType.Float32).AsSpan());
        }

        return result;
    }

    /// <summary>Trains with the perceptron rule, one sample at a time in order, until an epoch has no errors.</summary>
    /// <param name="x">Samples × features.</param>
    /// <param name="y">The class of each sample, 0 or 1.</param>
    /// <param name="maxEpochs">The most epochs to run, ≥ 1; default 100.</param>
    /// <returns>Whether it converged, after how many epochs, and the errors of each epoch.</returns>
    /// <exception cref="ArgumentException">Shapes differ or a label is not 0 or 1.</exception>
    public PerceptronResult Fit(Tensor x, Tensor y, int maxEpochs = 100)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxEpochs, 1);
        RequireMatrix(x);
        int n = x.Shape[0];
        if (y.Size != n)
        {
            throw new ArgumentException($"Perceptron.Fit: x has {n} rows but y has {y.Size} labels.", nameof(y));
        }

        for (int r = 0; r < n; r++)
        {
            if (y.GetFlat(r) is not (0 or 1))
            {
                throw new ArgumentException($"Perceptron.Fit: label {y.GetFlat(r)} at row {r} is not 0 or 1.", nameof(y));
            }
        }

        var errorsPerEpoch = new List<int>();
        for (int epoch = 0; epoch < maxEpochs; epoch++)
        {
            int errors = 0;
            for (int r = 0; r < n; r++)
            {
                Span<float> sample = x.Rows(r, 1).To(DType.Float32).AsSpan();
                int error = (int)y.GetFlat(r) - Predict(sample);   // y − ŷ ∈ {−1, 0, 1}
                if (error == 0)
                {
                    continue;
                }

                errors++;
                for (int i = 0; i < _weights.Length; i++)
                {
                    _weights[i] += LearningRate * error * sample[i];   // w ← w + η (y − ŷ) x
                }

                Bias += LearningRate * error;                          // b ← b + η (y − ŷ)
            }

            errorsPerEpoch.Add(errors);
            if (errors == 0)
            {
                return new PerceptronResult(true, epoch + 1, errorsPerEpoch);
            }
        }

        return new PerceptronResult(false, maxEpochs, errorsPerEpoch);
    }

    private void RequireMatrix(Tensor x)
    {
        if (x.Rank != 2 || x.Shape[1] != _weights.Length)
        {
            throw new ArgumentException($"Perceptron expects x of shape (samples, {_weights.Length}), received {x.Shape}.", nameof(x));
        }
    }
}

/// <summary>The outcome of <see cref="Perceptron.Fit"/>.</summary>
/// <param name="Converged">Whether an epoch finished with no errors (the data were separated).</param>
/// <param name="Epochs">The number of epochs run.</param>
/// <param name="ErrorsPerEpoch">How many samples were misclassified in each epoch.</param>
public sealed record PerceptronResult(bool Converged, int Epochs, IReadOnlyList<int> ErrorsPerEpoch);
