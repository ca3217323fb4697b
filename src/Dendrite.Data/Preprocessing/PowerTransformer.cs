// PowerTransformer, as scikit-learn's sklearn.preprocessing.PowerTransformer (1.2 documentation and _data.py) with
// method="yeo-johnson" (its default; Box-Cox, which needs strictly positive data, is not offered):
//   fit: per column, λ by maximum likelihood (YeoJohnson.cs), then, with standardize (default True), the mean and
//   population std (ddof = 0) of the transformed training values, as the StandardScaler sklearn fits on them
//   (a constant transformed column gets std 1).
//   transform: x' = (ψ(x, λ) − mean) / std, or ψ(x, λ) without standardize. NaN (missing) values are left out of the
//   fit and kept as NaN, as sklearn does. inverse_transform is not offered.
using System.Text.Json;
using Dendrite.Data.Tables;

namespace Dendrite.Data.Preprocessing;

/// <summary>Makes each column more Gaussian with the Yeo-Johnson power transform, then standardises it, as scikit-learn's <c>PowerTransformer</c>.</summary>
/// <remarks>λ per column maximises the Yeo-Johnson log-likelihood of the training values (Brent's method on [−10, 10]).</remarks>
public sealed class PowerTransformer : Transformer
{
    private double[] _lambdas = [];
    private double[] _mean = [];
    private double[] _scale = [];

    /// <summary>Creates a Yeo-Johnson power transformer.</summary>
    /// <param name="standardize">Whether the transformed values are standardised to zero mean and unit variance; default true.</param>
    public PowerTransformer(bool standardize = true) => Standardize = standardize;

    /// <summary>Whether the transformed values are standardised.</summary>
    public bool Standardize { get; }

    /// <summary>The fitted λ of each column (sklearn's <c>lambdas_</c>).</summary>
    /// <exception cref="InvalidOperationException">Not fitted.</exception>
    public IReadOnlyList<double> Lambdas => IsFitted ? _lambdas : throw NotFitted();

    /// <summary>The training mean of each transformed column (0 without standardisation).</summary>
    /// <exception cref="InvalidOperationException">Not fitted.</exception>
    public IReadOnlyList<double> Mean => IsFitted ? _mean : throw NotFitted();

    /// <summary>The training std of each transformed column, 1 for a constant one (1 without standardisation).</summary>
    /// <exception cref="InvalidOperationException">Not fitted.</exception>
    public IReadOnlyList<double> Scale => IsFitted ? _scale : throw NotFitted();

    private protected override void FitColumns(IReadOnlyList<DataColumn> columns)
    {
        _lambdas = new double[columns.Count];
        _mean = new double[columns.Count];
        _scale = new double[columns.Count];
        for (int c = 0; c < columns.Count; c++)
        {
            double[] present = Scalers.Present(columns[c], nameof(PowerTransformer));
            double lambda = YeoJohnson.Optimize(present);
            _lambdas[c] = lambda;
            _mean[c] = 0;
            _scale[c] = 1;
            if (Standardize)
            {
                double[] transformed = [.. present.Select(x => YeoJohnson.Transform(x, lambda))];
                double mean = Statistics.Mean(transformed), variance = Statistics.Variance(transformed, mean);
                _mean[c] = mean;
                _scale[c] = Statistics.IsConstant(variance, mean, transformed.Length) ? 1.0 : Math.Sqrt(variance);
            }
        }
    }

    private protected override IReadOnlyList<DataColumn> TransformColumns(IReadOnlyList<DataColumn> columns)
    {
        var output = new DataColumn[columns.Count];
        for (int c = 0; c < columns.Count; c++)
        {
            double[] values = ColumnValues.Numbers(columns[c], nameof(PowerTransformer));
            for (int r = 0; r < values.Length; r++)
            {
                values[r] = (YeoJohnson.Transform(values[r], _lambdas[c]) - _mean[c]) / _scale[c];
            }

            output[c] = new NumericColumn(columns[c].Name, values);
        }

        return output;
    }

    private protected override JsonElement WriteState() => JsonSerializer.SerializeToElement(
        new PowerTransformerJson { Standardize = Standardize, Lambdas = _lambdas, Mean = _mean, Scale = _scale }, PreprocessingJsonContext.Default.PowerTransformerJson);

    internal static PowerTransformer ReadState(JsonElement state, int features)
    {
        PowerTransformerJson json = ReadState(state, PreprocessingJsonContext.Default.PowerTransformerJson);
        Require(json.Lambdas.Length == features && json.Mean.Length == features && json.Scale.Length == features, nameof(PowerTransformer), $"expected {features} lambdas, means and scales");
        return new PowerTransformer(json.Standardize) { _lambdas = json.Lambdas, _mean = json.Mean, _scale = json.Scale };
    }
}
