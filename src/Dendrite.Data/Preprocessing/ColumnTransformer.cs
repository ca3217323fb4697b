// ColumnTransformer, as scikit-learn's sklearn.compose.ColumnTransformer (1.x documentation):
//   entries (name, transformer, columns) are applied to their columns and their outputs concatenated in entry
//   order; here each entry's transformer is a list of steps applied in order (sklearn's Pipeline).
//   remainder "drop" (default) leaves the other columns out; "passthrough" appends them unchanged, in their
//   original order, after the entries' outputs. Output names follow get_feature_names_out with
//   verbose_feature_names_out=True: "<entry>__<feature>" and "remainder__<column>".
// TransformToTensor turns the output into the float32 matrix [rows, features] that Fit takes; an output that is
// still text or still has missing cells is an error naming the output column and the entry to fix.
using System.Text.Json;
using Dendrite.Data.Tables;
using Dendrite.Tensors;

namespace Dendrite.Data.Preprocessing;

/// <summary>Applies pipelines of transformers to chosen columns and joins their outputs, as scikit-learn's <c>ColumnTransformer</c>.</summary>
/// <remarks>Output = [entry₁ output | entry₂ output | … | remainder], named <c>entry__feature</c>.</remarks>
public sealed partial class ColumnTransformer : Transformer
{
    private readonly ColumnTransformerEntry[] _entries;
    private string[] _remainderColumns = [];

    /// <summary>Creates a column transformer.</summary>
    /// <param name="entries">The entries, each (name, steps, columns); names must be distinct.</param>
    /// <param name="remainder">What to do with columns no entry names; default <see cref="Remainder.Drop"/> (sklearn's default).</param>
    /// <exception cref="ArgumentException">Two entries share a name.</exception>
    public ColumnTransformer(IReadOnlyList<ColumnTransformerEntry> entries, Remainder remainder = Remainder.Drop)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentOutOfRangeException.ThrowIfNotEqual(Enum.IsDefined(remainder), true, nameof(remainder));
        if (entries.Any(e => e is null))
        {
            throw new ArgumentException("ColumnTransformer entries must not be null.", nameof(entries));
        }

        if (entries.GroupBy(e => e.Name).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new ArgumentException($"ColumnTransformer: the entry name '{twice.Key}' is used twice.", nameof(entries));
        }

        _entries = [.. entries];
        Remainder = remainder;
    }

    /// <summary>The entries, in output order.</summary>
    public IReadOnlyList<ColumnTransformerEntry> Entries => _entries;

    /// <summary>What happens to the columns no entry names.</summary>
    public Remainder Remainder { get; }

    /// <summary>The fitted columns no entry names, in table order (passed through or dropped by <see cref="Remainder"/>).</summary>
    /// <exception cref="InvalidOperationException">Not fitted.</exception>
    public IReadOnlyList<string> RemainderColumns => IsFitted ? _remainderColumns : throw NotFitted();

    /// <summary>Transforms <paramref name="table"/> into the float32 matrix [rows, features] a model trains on.</summary>
    /// <param name="table">The rows, holding the fitted columns.</param>
    /// <returns>A tensor of shape (rows, <see cref="Transformer.GetFeatureNamesOut"/>.Count).</returns>
    /// <exception cref="PreprocessingException">The rows cannot be transformed, or an output column is still categorical, missing or not finite.</exception>
    public Tensor TransformToTensor(DataTable table)
    {
        DataTable output = Transform(table);
        int rows = output.RowCount, features = output.Columns.Count;
        var data = new float[rows * features];
        for (int f = 0; f < features; f++)
        {
            DataColumn column = output.Columns[f];
            if (column.Kind == ColumnKind.Categorical)
            {
                throw new PreprocessingException(
                    $"ColumnTransformer output column '{column.Name}' is still categorical; give entry '{EntryOf(column.Name)}' an encoder (OneHotEncoder or OrdinalEncoder).", column.Name);
            }

            double[] values = ColumnValues.Numbers(column, nameof(ColumnTransformer));
            for (int r = 0; r < rows; r++)
            {
                if (!double.IsFinite(values[r]))
                {
                    throw new PreprocessingException(double.IsNaN(values[r])
                        ? $"ColumnTransformer output column '{column.Name}' is missing in row {r}; give entry '{EntryOf(column.Name)}' a SimpleImputer."
                        : $"ColumnTransformer output column '{column.Name}' is {values[r]} in row {r}; numeric inputs must be finite.", column.Name);
                }

                data[r * features + f] = (float)values[r];
            }
        }

        return new Tensor(data, new Shape(rows, features));
    }

    private protected override void FitColumns(IReadOnlyList<DataColumn> columns)
    {
        var table = new DataTable(columns);
        foreach (ColumnTransformerEntry entry in _entries)
        {
            string[] absent = [.. entry.Columns.Where(c => !table.Contains(c))];
            if (absent.Length > 0)
            {
                throw new ArgumentException(
                    $"ColumnTransformer entry '{entry.Name}' names column(s) {string.Join(", ", absent)}, which the table lacks; the columns are {string.Join(", ", table.ColumnNames)}.");
            }

            DataTable part = table.Select(entry.Columns);
            foreach (Transformer step in entry.Steps)
            {
                part = step.FitTransform(part);
            }
        }

        var used = new HashSet<string>(_entries.SelectMany(e => e.Columns), StringComparer.Ordinal);
        _remainderColumns = [.. columns.Select(c => c.Name).Where(n => !used.Contains(n))];
    }

    private protected override IReadOnlyList<DataColumn> TransformColumns(IReadOnlyList<DataColumn> columns)
    {
        var table = new DataTable(columns);
        var output = new List<DataColumn>();
        foreach (ColumnTransformerEntry entry in _entries)
        {
            DataTable part = table.Select(entry.Columns);
            foreach (Transformer step in entry.Steps)
            {
                part = step.Transform(part);
            }

            output.AddRange(part.Columns.Select(c => c.Rename($"{entry.Name}__{c.Name}")));
        }

        if (Remainder == Remainder.Passthrough)
        {
            output.AddRange(_remainderColumns.Select(n => table[n].Rename($"remainder__{n}")));
        }

        return output;
    }

    private protected override IReadOnlyList<string> FeatureNamesOut(IReadOnlyList<string> namesIn)
    {
        var names = new List<string>();
        foreach (ColumnTransformerEntry entry in _entries)
        {
            IReadOnlyList<string> outNames = entry.Steps.Count == 0 ? entry.Columns : entry.Steps[^1].GetFeatureNamesOut();
            names.AddRange(outNames.Select(n => $"{entry.Name}__{n}"));
        }

        if (Remainder == Remainder.Passthrough)
        {
            names.AddRange(_remainderColumns.Select(n => $"remainder__{n}"));
        }

        return names;
    }

    private string EntryOf(string outputName) => outputName[..outputName.IndexOf("__", StringComparison.Ordinal)];

    private protected override JsonElement WriteState() => JsonSerializer.SerializeToElement(
        new ColumnTransformerJson
        {
            Remainder = Remainder,
            RemainderColumns = _remainderColumns,
            Entries = [.. _entries.Select(e => new ColumnEntryJson { Name = e.Name, Columns = [.. e.Columns], Steps = [.. e.Steps.Select(s => s.ToEnvelope())] })],
        },
        PreprocessingJsonContext.Default.ColumnTransformerJson);

    internal static ColumnTransformer ReadState(JsonElement state, int features)
    {
        ColumnTransformerJson json = ReadState(state, PreprocessingJsonContext.Default.ColumnTransformerJson);
        Require(json.RemainderColumns.Length <= features, nameof(ColumnTransformer), $"it lists {json.RemainderColumns.Length} remainder columns for {features} input columns");
        ColumnTransformerEntry[] entries = [.. json.Entries.Select(e => new ColumnTransformerEntry(e.Name, [.. e.Steps.Select(FromEnvelope)], e.Columns))];
        return new ColumnTransformer(entries, json.Remainder) { _remainderColumns = json.RemainderColumns };
    }
}
