// StandardScaler, as scikit-learn's sklearn.preprocessing.StandardScaler (1.x documentation and _data.py):
//   z = (x − u) / s, u the training mean (with_mean, default True), s the training standard deviation
//   (with_std, default True) computed with numpy.std's default ddof = 0: s = sqrt(Σ(x − u)² / n).
//   A feature whose variance is within the two-pass rounding bound of zero (sklearn's _is_constant_feature:
//   var ≤ n·eps·var + (n·mean·eps)²) gets s = 1, so constant features are centred but not blown up.
//   Missing values (NaN) are ignored in fit and kept as NaN by transform, as sklearn does.
using System.Text.Json;
using Dendrite.Data.Tables;

namespace Dendrite.Data.Preprocessing;

/// <summary>Centres each column on its training mean and divides by its training standard deviation, as scikit-learn's <c>StandardScaler</c>.</summary>
/// <remarks><c>z = (x − mean) / std</c> with the population std (ddof = 0); a constant column gets std 1.</remarks>
public sealed class StandardScaler : Transformer
{
    private double[] _mean = [];
    private double[] _scale = [];

    /// <summary>Creates a scaler.</summary>
    /// <param name="withMean">Whether to subtract the mean; default true.</param>
    /// <param name="withStd">Whether to divide by the standard deviation; default true.</param>
    public StandardScaler(bool withMean = true, bool withStd = true)
    {
        WithMean = withMean;
        WithStd = withStd;
    }

    /// <summary>Whether the mean is subtracted.</summary>
    public bool WithMean { get; }

    /// <summary>Whether values are divided by the standard deviation.</summary>
    public bool WithStd { get; }

    /// <summary>The training mean of each column (sklearn's <c>mean_</c>).</summary>
    /// <exception cref="InvalidOperationException">Not fitted.</exception>
    public IReadOnlyList<double> Mean => IsFitted ? _mean : throw NotFitted();

    /// <summary>The divisor of each column (sklearn's <c>scale_</c>): the population std, or 1 for a constant column.</summary>
    /// <exception cref="InvalidOperationException">Not fitted.</exception>
    public IReadOnlyList<double> Scale => IsFitted ? _scale : throw NotFitted();

    private protected override void FitColumns(IReadOnlyList<DataColumn> columns)
    {
        _mean = new double[columns.Count];
        _scale = new double[columns.Count];
        for (int c = 0; c < columns.Count; c++)
        {
            double[] present = Scalers.Present(columns[c], nameof(StandardScaler));
            double mean = Statistics.Mean(present);
            double variance = Statistics.Variance(present, mean);
            _mean[c] = mean;
            _scale[c] = Statistics.IsConstant(variance, mean, present.Length) ? 1.0 : Math.Sqrt(variance);
        }
    }

    private protected override IReadOnlyList<DataColumn> TransformColumns(IReadOnlyList<DataColumn> columns) =>
        Scalers.Apply(columns, nameof(StandardScaler), c => WithMean ? _mean[c] : 0, c => WithStd ? _scale[c] : 1);

    private protected override JsonElement WriteState() => JsonSerializer.SerializeToElement(
        new StandardScalerJson { WithMean = WithMean, WithStd = WithStd, Mean = _mean, Scale = _scale }, PreprocessingJsonContext.Default.StandardScalerJson);

    internal static StandardScaler ReadState(JsonElement state, int features)
    {
        StandardScalerJson json = ReadState(state, PreprocessingJsonContext.Default.StandardScalerJson);
        Require(json.Mean.Length == features && json.Scale.Length == features, nameof(StandardScaler), $"expected {features} means and scales");
        return new StandardScaler(json.WithMean, json.WithStd) { _mean = json.Mean, _scale = json.Scale };
    }
}
