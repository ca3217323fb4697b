// Options of the CSV reader. Defaults follow pandas.read_csv where it has one (header row, ',' separator)
// except for missing values: only the empty field is missing unless the caller names more tokens (pandas'
// default list also turns "NA", "null", "NaN" ... into missing values, which silently eats real categories).
using System.Globalization;
using Dendrite.Data.Tables;

namespace Dendrite.Data.Csv;

/// <summary>How to read a CSV file: header, separator, culture, missing-value tokens, schema and column subset.</summary>
public sealed class CsvReadOptions
{
    /// <summary>Whether the first record holds the column names; default true (without one the columns are named <c>column_1</c>, <c>column_2</c>, …).</summary>
    public bool HasHeader { get; init; } = true;

    /// <summary>The field separator; default <c>','</c> (use <c>';'</c> for files written with a comma decimal separator, <c>'\t'</c> for TSV).</summary>
    public char Separator { get; init; } = ',';

    /// <summary>The culture numbers are written in (decimal separator, sign); default <see cref="CultureInfo.InvariantCulture"/>. Thousands separators are never accepted.</summary>
    public CultureInfo Culture { get; init; } = CultureInfo.InvariantCulture;

    /// <summary>Texts read as a missing value besides the empty field, compared exactly (ordinal); default none. Example: <c>["NA", "?"]</c>.</summary>
    public IReadOnlyList<string> MissingTokens { get; init; } = [];

    /// <summary>Column kinds that override inference, by column name; default empty (every kind inferred).</summary>
    public IReadOnlyDictionary<string, ColumnKind> Schema { get; init; } = new Dictionary<string, ColumnKind>();

    /// <summary>The columns to read, in this order; default null (every column, in file order).</summary>
    public IReadOnlyList<string>? Columns { get; init; }

    /// <summary>The default options: a header row, ',' separators, invariant culture, only empty fields missing.</summary>
    public static CsvReadOptions Default { get; } = new();
}
