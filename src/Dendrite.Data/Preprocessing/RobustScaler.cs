// RobustScaler, as scikit-learn's sklearn.preprocessing.RobustScaler (1.x documentation and _data.py):
//   x' = (x − median) / (q_max − q_min), with_centering and with_scaling default True, quantile_range
//   default (25.0, 75.0) = the interquartile range; the quantiles are numpy.nanpercentile's, i.e. numpy's default
//   "linear" interpolation (position p/100·(n − 1) between the sorted values). A range below 10·eps becomes 1
//   (_handle_zeros_in_scale). Missing values (NaN) are ignored in fit and kept by transform.
//   sklearn's unit_variance option (divide by the normal distribution's IQR) is not offered.
using System.Text.Json;
using Dendrite.Data.Tables;

namespace Dendrite.Data.Preprocessing;

/// <summary>Centres each column on its training median and divides by its interquartile range, as scikit-learn's <c>RobustScaler</c>.</summary>
/// <remarks><c>x' = (x − median) / (q75 − q25)</c> (numpy linear percentiles); a zero range gives scale 1.</remarks>
public sealed class RobustScaler : Transformer
{
    private double[] _center = [];
    private double[] _scale = [];

    /// <summary>Creates a scaler.</summary>
    /// <param name="withCentering">Whether to subtract the median; default true.</param>
    /// <param name="withScaling">Whether to divide by the quantile range; default true.</param>
    /// <param name="quantileRange">The percentiles (qMin, qMax), 0 ≤ qMin &lt; qMax ≤ 100; default null = (25, 75).</param>
    /// <exception cref="ArgumentException">The quantile range is not within 0..100 with qMin &lt; qMax.</exception>
    public RobustScaler(bool withCentering = true, bool withScaling = true, (double Min, double Max)? quantileRange = null)
    {
        (double min, double max) = quantileRange ?? (25, 75);
        if (!(min >= 0 && min < max && max <= 100))
        {
            throw new ArgumentException($"RobustScaler's quantileRange must satisfy 0 <= qMin < qMax <= 100, received ({min}, {max}).", nameof(quantileRange));
        }

        WithCentering = withCentering;
        WithScaling = withScaling;
        QuantileRange = (min, max);
    }

    /// <summary>Whether the median is subtracted.</summary>
    public bool WithCentering { get; }

    /// <summary>Whether values are divided by the quantile range.</summary>
    public bool WithScaling { get; }

    /// <summary>The percentiles whose difference is the scale.</summary>
    public (double Min, double Max) QuantileRange { get; }

    /// <summary>Each column's training median (sklearn's <c>center_</c>).</summary>
    /// <exception cref="InvalidOperationException">Not fitted.</exception>
    public IReadOnlyList<double> Center => IsFitted ? _center : throw NotFitted();

    /// <summary>Each column's quantile range, or 1 where it is zero (sklearn's <c>scale_</c>).</summary>
    /// <exception cref="InvalidOperationException">Not fitted.</exception>
    public IReadOnlyList<double> Scale => IsFitted ? _scale : throw NotFitted();

    private protected override void FitColumns(IReadOnlyList<DataColumn> columns)
    {
        _center = new double[columns.Count];
        _scale = new double[columns.Count];
        for (int c = 0; c < columns.Count; c++)
        {
            double[] present = Scalers.Present(columns[c], nameof(RobustScaler));
            _center[c] = Statistics.Median(present);
            _scale[c] = Statistics.NonZeroScale(Statistics.Percentile(present, QuantileRange.Max) - Statistics.Percentile(present, QuantileRange.Min));
        }
    }

    private protected override IReadOnlyList<DataColumn> TransformColumns(IReadOnlyList<DataColumn> columns) =>
        Scalers.Apply(columns, nameof(RobustScaler), c => WithCentering ? _center[c] : 0, c => WithScaling ? _scale[c] : 1);

    private protected override JsonElement WriteState() => JsonSerializer.SerializeToElement(
        new RobustScalerJson { WithCentering = WithCentering, WithScaling = WithScaling, QuantileRange = [QuantileRange.Min, QuantileRange.Max], Center = _center, Scale = _scale },
        PreprocessingJsonContext.Default.RobustScalerJson);

    internal static RobustScaler ReadState(JsonElement state, int features)
    {
        RobustScalerJson json = ReadState(state, PreprocessingJsonContext.Default.RobustScalerJson);
        Require(json.QuantileRange.Length == 2 && json.Center.Length == features && json.Scale.Length == features, nameof(RobustScaler), $"expected a range of 2 and {features} centres and scales");
        return new RobustScaler(json.WithCentering, json.WithScaling, (json.QuantileRange[0], json.QuantileRange[1])) { _center = json.Center, _scale = json.Scale };
    }
}
