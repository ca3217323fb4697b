// MinMaxScaler, as scikit-learn's sklearn.preprocessing.MinMaxScaler (1.x documentation and _data.py):
//   X_std = (X − data_min) / (data_max − data_min);  X_scaled = X_std · (max − min) + min,
//   with feature_range = (min, max), default (0, 1), and clip default False. sklearn stores this as
//   scale_ = (max − min) / data_range and min_ = min − data_min · scale_, X_scaled = X · scale_ + min_;
//   a data range below 10·eps counts as zero and becomes 1 (_handle_zeros_in_scale), so a constant column maps
//   to min. Missing values (NaN) are ignored in fit and kept by transform.
using System.Text.Json;
using Dendrite.Data.Tables;

namespace Dendrite.Data.Preprocessing;

/// <summary>Maps each column's training range onto <see cref="FeatureRange"/>, as scikit-learn's <c>MinMaxScaler</c>.</summary>
/// <remarks><c>x' = (x − dataMin) / (dataMax − dataMin) · (max − min) + min</c>; a constant column maps to <c>min</c>.</remarks>
public sealed class MinMaxScaler : Transformer
{
    private double[] _dataMin = [];
    private double[] _dataMax = [];

    /// <summary>Creates a scaler.</summary>
    /// <param name="featureRange">The output range (min, max) with min &lt; max; default null = (0, 1).</param>
    /// <param name="clip">Whether to clip transformed values into the range (for rows outside the training range); default false.</param>
    /// <exception cref="ArgumentException">min ≥ max, or a bound is not finite.</exception>
    public MinMaxScaler((double Min, double Max)? featureRange = null, bool clip = false)
    {
        (double min, double max) = featureRange ?? (0, 1);
        if (!(min < max) || !double.IsFinite(min) || !double.IsFinite(max))
        {
            throw new ArgumentException($"MinMaxScaler's featureRange must be finite with min < max, received ({min}, {max}).", nameof(featureRange));
        }

        FeatureRange = (min, max);
        Clip = clip;
    }

    /// <summary>The output range.</summary>
    public (double Min, double Max) FeatureRange { get; }

    /// <summary>Whether transformed values are clipped into the range.</summary>
    public bool Clip { get; }

    /// <summary>Each column's training minimum (sklearn's <c>data_min_</c>).</summary>
    /// <exception cref="InvalidOperationException">Not fitted.</exception>
    public IReadOnlyList<double> DataMin => IsFitted ? _dataMin : throw NotFitted();

    /// <summary>Each column's training maximum (sklearn's <c>data_max_</c>).</summary>
    /// <exception cref="InvalidOperationException">Not fitted.</exception>
    public IReadOnlyList<double> DataMax => IsFitted ? _dataMax : throw NotFitted();

    private protected override void FitColumns(IReadOnlyList<DataColumn> columns)
    {
        _dataMin = new double[columns.Count];
        _dataMax = new double[columns.Count];
        for (int c = 0; c < columns.Count; c++)
        {
            double[] present = Scalers.Present(columns[c], nameof(MinMaxScaler));
            _dataMin[c] = present.Min();
            _dataMax[c] = present.Max();
        }
    }

    private protected override IReadOnlyList<DataColumn> TransformColumns(IReadOnlyList<DataColumn> columns)
    {
        var (min, max) = FeatureRange;
        var output = new DataColumn[columns.Count];
        for (int c = 0; c < columns.Count; c++)
        {
            double scale = (max - min) / Statistics.NonZeroScale(_dataMax[c] - _dataMin[c]);
            double offset = min - _dataMin[c] * scale;
            double[] values = ColumnValues.Numbers(columns[c], nameof(MinMaxScaler));
            for (int r = 0; r < values.Length; r++)
            {
                double v = values[r] * scale + offset;
                values[r] = Clip && !double.IsNaN(v) ? Math.Clamp(v, min, max) : v;
            }

            output[c] = new NumericColumn(columns[c].Name, values);
        }

        return output;
    }

    private protected override JsonElement WriteState() => JsonSerializer.SerializeToElement(
        new MinMaxScalerJson { FeatureRange = [FeatureRange.Min, FeatureRange.Max], Clip = Clip, DataMin = _dataMin, DataMax = _dataMax },
        PreprocessingJsonContext.Default.MinMaxScalerJson);

    internal static MinMaxScaler ReadState(JsonElement state, int features)
    {
        MinMaxScalerJson json = ReadState(state, PreprocessingJsonContext.Default.MinMaxScalerJson);
        Require(json.FeatureRange.Length == 2 && json.DataMin.Length == features && json.DataMax.Length == features, nameof(MinMaxScaler), $"expected a range of 2 and {features} minima and maxima");
        return new MinMaxScaler((json.FeatureRange[0], json.FeatureRange[1]), json.Clip) { _dataMin = json.DataMin, _dataMax = json.DataMax };
    }
}
