// Fills one column of exactly the known number of rows straight from field text, so a table needs its
// column data and nothing more: double[] + bool[] mask for numbers, bool?[] for booleans, string?[] for
// categories with every label interned (one string per distinct label, however many rows repeat it).
using System.Globalization;
using Dendrite.Data.Tables;

namespace Dendrite.Data.Csv;

/// <summary>Builds one column of a fixed number of rows from field texts.</summary>
internal abstract class ColumnBuilder(string name)
{
    protected string Name { get; } = name;

    public static ColumnBuilder Create(ColumnKind kind, string name, int rows, CultureInfo culture) => kind switch
    {
        ColumnKind.Numeric => new NumericBuilder(name, rows, culture),
        ColumnKind.Boolean => new BooleanBuilder(name, rows),
        _ => new CategoricalBuilder(name, rows),
    };

    /// <summary>Stores row <paramref name="row"/>'s value; returns null, or what is wrong with the text.</summary>
    public abstract string? Set(int row, string text);

    /// <summary>Marks row <paramref name="row"/> missing.</summary>
    public abstract void SetMissing(int row);

    /// <summary>The finished column of the first <paramref name="rows"/> rows.</summary>
    public abstract DataColumn Build(int rows);

    private sealed class NumericBuilder(string name, int rows, CultureInfo culture) : ColumnBuilder(name)
    {
        private double[] _values = new double[rows];
        private bool[] _missing = new bool[rows];

        public override string? Set(int row, string text)
        {
            if (FieldText.TryParseNumber(text, culture, out _values[row]))
            {
                return null;
            }

            return FieldText.IsNonFinite(text, culture)
                ? $"received '{text}', which is not a finite number; if it marks a missing value, add \"{text}\" to CsvReadOptions.MissingTokens."
                : $"expected a number ({CsvRecords.CultureName(culture)} culture), received '{text}'; declare the column categorical in CsvReadOptions.Schema if it holds text.";
        }

        public override void SetMissing(int row)
        {
            _values[row] = double.NaN;
            _missing[row] = true;
        }

        public override DataColumn Build(int rows)
        {
            Array.Resize(ref _values, rows);
            Array.Resize(ref _missing, rows);
            return new NumericColumn(Name, _values, _missing);
        }
    }

    private sealed class BooleanBuilder(string name, int rows) : ColumnBuilder(name)
    {
        private bool?[] _values = new bool?[rows];

        public override string? Set(int row, string text)
        {
            if (FieldText.TryParseBoolean(text, out bool value))
            {
                _values[row] = value;
                return null;
            }

            return $"expected true/false, yes/no or 1/0, received '{text}'.";
        }

        public override void SetMissing(int row) => _values[row] = null;

        public override DataColumn Build(int rows)
        {
            Array.Resize(ref _values, rows);
            return new BooleanColumn(Name, _values);
        }
    }

    private sealed class CategoricalBuilder(string name, int rows) : ColumnBuilder(name)
    {
        private readonly Dictionary<string, string> _labels = new(StringComparer.Ordinal);
        private string?[] _values = new string?[rows];

        public override string? Set(int row, string text)
        {
            if (!_labels.TryGetValue(text, out string? label))
            {
                label = text;
                _labels.Add(label, label);
            }

            _values[row] = label;
            return null;
        }

        public override void SetMissing(int row) => _values[row] = null;

        public override DataColumn Build(int rows)
        {
            Array.Resize(ref _values, rows);
            return new CategoricalColumn(Name, _values);
        }
    }
}
