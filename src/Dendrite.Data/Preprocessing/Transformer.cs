// Transformer: scikit-learn's fit / transform contract on our typed table. Fit learns from the training rows
// only (feature_names_in_ are the names of the columns it saw); Transform applies what was learned to any rows
// that hold those columns; GetFeatureNamesOut names the output columns as sklearn's get_feature_names_out.
// Each transformer reads the columns it was fitted on by name (extra columns are ignored) and returns a new
// table of its output columns. The fitted state serializes to JSON (Transformer.Json.cs).
using Dendrite.Data.Tables;

namespace Dendrite.Data.Preprocessing;

/// <summary>A preprocessing step fitted on training rows and then applied to any rows, as scikit-learn's transformers.</summary>
public abstract partial class Transformer
{
    private string[]? _featureNamesIn;
    private ColumnKind[] _featureKindsIn = [];

    /// <summary>Whether <see cref="Fit"/> has run.</summary>
    public bool IsFitted => _featureNamesIn is not null;

    /// <summary>The names of the columns the transformer was fitted on (sklearn's <c>feature_names_in_</c>).</summary>
    /// <exception cref="InvalidOperationException">Not fitted.</exception>
    public IReadOnlyList<string> FeatureNamesIn => _featureNamesIn ?? throw NotFitted();

    /// <summary>Learns the transformation from the training rows (every column of <paramref name="table"/>).</summary>
    /// <param name="table">The training rows, holding only the columns to transform.</param>
    /// <returns>This transformer, fitted.</returns>
    /// <exception cref="ArgumentException">A column has a kind or content this transformer cannot learn from; the message names it.</exception>
    public Transformer Fit(DataTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        if (table.Columns.Count == 0)
        {
            throw new ArgumentException($"{GetType().Name}.Fit needs at least one column, received none.", nameof(table));
        }

        FitColumns(table.Columns);
        _featureNamesIn = [.. table.ColumnNames];
        _featureKindsIn = [.. table.Columns.Select(c => c.Kind)];
        return this;
    }

    /// <summary>Applies the fitted transformation to <paramref name="table"/>, which must hold the fitted columns (others are ignored).</summary>
    /// <param name="table">The rows.</param>
    /// <returns>A table of the output columns, named as <see cref="GetFeatureNamesOut"/>.</returns>
    /// <exception cref="InvalidOperationException">Not fitted.</exception>
    /// <exception cref="PreprocessingException">A fitted column is absent, or a value cannot be transformed (e.g. an unknown category); the message names the column.</exception>
    public DataTable Transform(DataTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        string[] names = _featureNamesIn ?? throw NotFitted();
        string[] absent = [.. names.Where(n => !table.Contains(n))];
        if (absent.Length > 0)
        {
            throw new PreprocessingException(
                $"{GetType().Name} was fitted on columns {string.Join(", ", names)}; the rows lack {string.Join(", ", absent)}.", absent[0]);
        }

        DataColumn[] columns = [.. names.Select(n => table[n])];
        for (int i = 0; i < columns.Length; i++)
        {
            if (columns[i].Kind != _featureKindsIn[i])
            {
                throw new PreprocessingException(
                    $"{GetType().Name}: column '{names[i]}' was {Kind(_featureKindsIn[i])} when fitted, received a {Kind(columns[i].Kind)} column.", names[i]);
            }
        }

        return new DataTable(TransformColumns(columns), table.Source);
    }

    /// <summary>The kinds of the columns the transformer was fitted on, in <see cref="FeatureNamesIn"/> order.</summary>
    /// <exception cref="InvalidOperationException">Not fitted.</exception>
    public IReadOnlyList<ColumnKind> FeatureKindsIn => IsFitted ? _featureKindsIn : throw NotFitted();

    /// <summary>Fits on <paramref name="table"/> and transforms it.</summary>
    /// <param name="table">The training rows.</param>
    public DataTable FitTransform(DataTable table) => Fit(table).Transform(table);

    /// <summary>The names of the output columns, as sklearn's <c>get_feature_names_out</c>.</summary>
    /// <exception cref="InvalidOperationException">Not fitted.</exception>
    public IReadOnlyList<string> GetFeatureNamesOut() => FeatureNamesOut(FeatureNamesIn);

    /// <summary>Learns from the columns (named as in the table).</summary>
    private protected abstract void FitColumns(IReadOnlyList<DataColumn> columns);

    /// <summary>Transforms the fitted columns, given in fit order.</summary>
    private protected abstract IReadOnlyList<DataColumn> TransformColumns(IReadOnlyList<DataColumn> columns);

    /// <summary>The output names for the fitted input names.</summary>
    private protected virtual IReadOnlyList<string> FeatureNamesOut(IReadOnlyList<string> namesIn) => namesIn;

    /// <summary>Restores the input names and kinds of a deserialized transformer.</summary>
    private protected void SetFitted(IReadOnlyList<string> namesIn, IReadOnlyList<ColumnKind> kindsIn)
    {
        _featureNamesIn = [.. namesIn];
        _featureKindsIn = [.. kindsIn];
    }

    private protected static string Kind(ColumnKind kind) => kind.ToString().ToLowerInvariant();

    private protected InvalidOperationException NotFitted() =>
        new($"This {GetType().Name} is not fitted yet: call Fit with the training rows before Transform.");
}
