namespace Dendrite.Data.Preprocessing;

/// <summary>Which scaler the automatic pipeline (<see cref="ColumnTransformer.FromTable"/>) puts after the numeric imputer.</summary>
public enum NumericScaling
{
    /// <summary><see cref="StandardScaler"/>: zero mean, unit variance.</summary>
    Standard,

    /// <summary><see cref="MinMaxScaler"/>: the training range onto (0, 1).</summary>
    MinMax,

    /// <summary><see cref="RobustScaler"/>: median and interquartile range.</summary>
    Robust,

    /// <summary>No scaling.</summary>
    None,

    /// <summary><see cref="PowerTransformer"/>: Yeo-Johnson towards a Gaussian shape, then standardised.</summary>
    Power,
}
