// TabularPreprocessor: everything between a raw table and the tensors a network trains on, fitted on the training
// rows only — the feature schema (training column names and kinds), the derived columns (ratios and differences
// appended to the raw columns, DerivedColumns.cs), the fitted ColumnTransformer (raw + derived columns →
// float32 [rows, features]) and, for classification, a LabelEncoder per target (labels → codes → labels).
// The task, when not given, is inferred as scikit-learn's type_of_target does: text or boolean targets are
// binary (2 classes) or multiclass (more); a numeric target is continuous (regression) if any value is not a
// whole number, otherwise binary (≤ 2 distinct values) or multiclass; several targets are multilabel when each
// has two classes, regression when all are numeric.
using Dendrite.Data.Preprocessing;
using Dendrite.Data.Tables;
using Dendrite.Tensors;

namespace Dendrite.Data.Modeling;

/// <summary>The fitted preprocessing of a tabular model: training schema, feature transformer and target encoders.</summary>
public sealed partial class TabularPreprocessor
{
    private readonly string[] _featureColumns;
    private readonly ColumnKind[] _featureKinds;
    private readonly string[] _targets;
    private readonly LabelEncoder[] _encoders;

    private TabularPreprocessor(
        TabularTask task, string[] targets, LabelEncoder[] encoders, string[] featureColumns, ColumnKind[] featureKinds, DerivedColumns derivedColumns, ColumnTransformer features)
    {
        Task = task;
        _targets = targets;
        _encoders = encoders;
        _featureColumns = featureColumns;
        _featureKinds = featureKinds;
        DerivedColumns = derivedColumns;
        Features = features;
    }

    /// <summary>What the model predicts.</summary>
    public TabularTask Task { get; }

    /// <summary>The target column(s).</summary>
    public IReadOnlyList<string> TargetNames => _targets;

    /// <summary>The raw feature columns of the training table, in order: the schema rows must match (derived columns are not among them).</summary>
    public IReadOnlyList<string> FeatureColumns => _featureColumns;

    /// <summary>The kind of each raw feature column in training, in <see cref="FeatureColumns"/> order.</summary>
    public IReadOnlyList<ColumnKind> FeatureKinds => _featureKinds;

    /// <summary>The columns computed from the raw feature columns before <see cref="Features"/>; <see cref="Preprocessing.DerivedColumns.None"/> when there are none.</summary>
    public DerivedColumns DerivedColumns { get; }

    /// <summary>The fitted feature transformer, over the raw and the derived feature columns.</summary>
    public ColumnTransformer Features { get; }

    /// <summary>One fitted encoder per target for classification; empty for regression.</summary>
    public IReadOnlyList<LabelEncoder> TargetEncoders => _encoders;

    /// <summary>The names of the model's input features (<c>num__Income</c>, <c>cat__Home_rent</c>, …).</summary>
    public IReadOnlyList<string> FeatureNames => Features.GetFeatureNamesOut();

    /// <summary>The number of input features of the network.</summary>
    public int FeatureCount => FeatureNames.Count;

    /// <summary>The number of outputs the network must have: 1 (binary), the classes (multiclass), the targets (multilabel, regression).</summary>
    public int OutputUnits => Task switch
    {
        TabularTask.Binary => 1,
        TabularTask.Multiclass => _encoders[0].Classes.Count,
        _ => _targets.Length,
    };

    /// <summary>Fits the preprocessing for one target on the training rows.</summary>
    /// <param name="train">The training rows, with the target column.</param>
    /// <param name="target">The target column.</param>
    /// <param name="task">What to predict; default null = inferred from the target (as sklearn's type_of_target).</param>
    /// <param name="features">The feature transformer to fit on the raw and derived columns; default null = <see cref="ColumnTransformer.FromTable"/> with its defaults.</param>
    /// <param name="derivedColumns">Ratio and difference columns computed from the raw feature columns of every row; default null = none.</param>
    /// <exception cref="ArgumentException">The target does not exist, has missing values or fewer than two classes, or does not suit the task; the message says which.</exception>
    /// <exception cref="PreprocessingException">A feature value cannot be used (e.g. infinite), or a derived column names an absent or non-numeric column.</exception>
    public static TabularPreprocessor Fit(DataTable train, string target, TabularTask? task = null, ColumnTransformer? features = null, DerivedColumns? derivedColumns = null)
    {
        ArgumentNullException.ThrowIfNull(target);
        return Fit(train, [target], task, features, derivedColumns);
    }

    /// <summary>Fits the preprocessing for one or more targets (multilabel, multi-output regression) on the training rows.</summary>
    /// <param name="train">The training rows, with the target columns.</param>
    /// <param name="targets">The target columns.</param>
    /// <param name="task">What to predict; default null = inferred from the targets.</param>
    /// <param name="features">The feature transformer to fit on the raw and derived columns; default null = <see cref="ColumnTransformer.FromTable"/> with its defaults.</param>
    /// <param name="derivedColumns">Ratio and difference columns computed from the raw feature columns of every row; default null = none.</param>
    /// <exception cref="ArgumentException">A target does not exist, has missing values or fewer than two classes, or does not suit the task; the message says which.</exception>
    /// <exception cref="PreprocessingException">A feature value cannot be used (e.g. infinite), or a derived column names an absent or non-numeric column.</exception>
    public static TabularPreprocessor Fit(
        DataTable train, IReadOnlyList<string> targets, TabularTask? task = null, ColumnTransformer? features = null, DerivedColumns? derivedColumns = null)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(targets);
        CheckTargets(train, targets);
        if (train.RowCount == 0)
        {
            throw new ArgumentException($"{Describe(train)} has no rows to fit on.", nameof(train));
        }

        TabularTask resolved = task ?? InferTask(train, targets);
        LabelEncoder[] encoders = FitTargets(train, targets, resolved);
        DataTable x = train.Drop(targets);
        string[] columns = [.. x.ColumnNames];
        ColumnKind[] kinds = [.. x.Columns.Select(c => c.Kind)];
        CheckFinite(x);
        derivedColumns ??= DerivedColumns.None;
        DataTable withDerived = derivedColumns.Transform(x);
        ColumnTransformer transformer = features ?? ColumnTransformer.FromTable(withDerived);
        transformer.Fit(withDerived);
        return new TabularPreprocessor(resolved, [.. targets], encoders, columns, kinds, derivedColumns, transformer);
    }

    /// <summary>The feature matrix of <paramref name="rows"/>: checked against the training schema, derived columns added, then transformed.</summary>
    /// <param name="rows">Raw rows with the training feature columns (the target columns may be there too; they are ignored).</param>
    /// <returns>A float32 tensor (rows, <see cref="FeatureCount"/>).</returns>
    /// <exception cref="PreprocessingException">Columns are missing or unexpected, a value does not fit its column's training kind, or a category is unknown to an encoder set to Error.</exception>
    public Tensor TransformFeatures(DataTable rows) => Features.TransformToTensor(DerivedColumns.Transform(Conform(rows)));

    /// <summary>The target tensor of <paramref name="rows"/>: (rows, 1) codes for binary, (rows) codes for multiclass, (rows, targets) for multilabel and regression.</summary>
    /// <param name="rows">Rows with the target column(s).</param>
    /// <exception cref="PreprocessingException">A target column is absent, or holds a label not seen in training.</exception>
    /// <exception cref="ArgumentException">A target has missing values.</exception>
    public Tensor TransformTargets(DataTable rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        string[] absent = [.. _targets.Where(t => !rows.Contains(t))];
        if (absent.Length > 0)
        {
            throw new PreprocessingException($"{Describe(rows)} lacks the target column(s) {string.Join(", ", absent)}; the columns are {string.Join(", ", rows.ColumnNames)}.", absent[0]);
        }

        return EncodeTargets(rows);
    }

    private static string Describe(DataTable table) => table.Source is null ? "The table" : $"'{table.Source}'";
}
