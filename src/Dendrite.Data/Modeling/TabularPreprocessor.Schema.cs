// TabularPreprocessor, schema: raw rows are checked against the training columns before any transformer sees
// them. Missing and unexpected columns are named together (target columns are allowed and ignored); a column
// read with another kind than in training is converted where the text allows it — a CSV of new rows can read
// a numeric column as text when one cell holds text, or a text column as numbers when every cell is a
// number — and otherwise the first offending cell is named. Numeric cells must be finite (missing is NaN).
using System.Globalization;
using Dendrite.Data.Preprocessing;
using Dendrite.Data.Tables;

namespace Dendrite.Data.Modeling;

public sealed partial class TabularPreprocessor
{
    /// <summary>The feature columns of <paramref name="rows"/> in training order and kinds.</summary>
    /// <param name="rows">Raw rows.</param>
    /// <exception cref="PreprocessingException">Columns are missing or unexpected, or a value does not fit its column's training kind.</exception>
    public DataTable Conform(DataTable rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        string[] missing = [.. _featureColumns.Where(c => !rows.Contains(c))];
        string[] unexpected = [.. rows.ColumnNames.Where(c => !_featureColumns.Contains(c, StringComparer.Ordinal) && !_targets.Contains(c, StringComparer.Ordinal))];
        if (missing.Length > 0 || unexpected.Length > 0)
        {
            string problems = string.Join("; ", new[]
            {
                missing.Length > 0 ? "missing " + string.Join(", ", missing) : null,
                unexpected.Length > 0 ? "unexpected " + string.Join(", ", unexpected) : null,
            }.OfType<string>());
            throw new PreprocessingException(
                $"{Describe(rows)} does not have the training columns: {problems}. The model was trained on {string.Join(", ", _featureColumns)}.", missing.FirstOrDefault() ?? unexpected[0]);
        }

        var columns = new DataColumn[_featureColumns.Length];
        for (int i = 0; i < columns.Length; i++)
        {
            columns[i] = Convert(rows[_featureColumns[i]], _featureKinds[i]);
        }

        var table = new DataTable(columns, rows.Source);
        CheckFinite(table);
        return table;
    }

    private static DataColumn Convert(DataColumn column, ColumnKind kind)
    {
        if (column.Kind == kind)
        {
            return column;
        }

        int n = column.Length;
        switch (kind)
        {
            case ColumnKind.Numeric:
                var numbers = new double[n];
                for (int r = 0; r < n; r++)
                {
                    string? text = ColumnValues.Label(column, r);
                    numbers[r] = text is null ? double.NaN
                        : column.Kind == ColumnKind.Boolean ? (text == "true" ? 1 : 0)
                        : double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) ? v
                        : throw Mismatch(column, kind, r, text);
                }

                return new NumericColumn(column.Name, numbers);
            case ColumnKind.Boolean:
                var flags = new bool?[n];
                for (int r = 0; r < n; r++)
                {
                    string? text = ColumnValues.Label(column, r);
                    flags[r] = text is null ? null
                        : text.ToUpperInvariant() is "TRUE" or "YES" or "1" ? true
                        : text.ToUpperInvariant() is "FALSE" or "NO" or "0" ? false
                        : throw Mismatch(column, kind, r, text);
                }

                return new BooleanColumn(column.Name, flags);
            default:
                var labels = new string?[n];
                for (int r = 0; r < n; r++)
                {
                    labels[r] = ColumnValues.Label(column, r);
                }

                return new CategoricalColumn(column.Name, labels);
        }
    }

    private static PreprocessingException Mismatch(DataColumn column, ColumnKind kind, int row, string text) => new(
        $"Column '{column.Name}' was {kind.ToString().ToLowerInvariant()} in training, but row {row} holds the {column.Kind.ToString().ToLowerInvariant()} value '{text}'.", column.Name);

    private static void CheckFinite(DataTable table)
    {
        foreach (NumericColumn column in table.Columns.OfType<NumericColumn>())
        {
            for (int r = 0; r < column.Length; r++)
            {
                if (double.IsInfinity(column[r]))
                {
                    throw new PreprocessingException(
                        $"Column '{column.Name}' holds {(column[r] > 0 ? "Infinity" : "-Infinity")} in row {r}; numeric values must be finite (leave a cell empty for a missing value).", column.Name);
                }
            }
        }
    }
}
