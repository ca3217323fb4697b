// SimpleImputer: learning one column's fill value (kept as text so one array serves numbers, booleans and
// categories), filling a column's missing cells with it, and the fitted state as JSON.
using System.Globalization;
using System.Text.Json;
using Dendrite.Data.Tables;

namespace Dendrite.Data.Preprocessing;

public sealed partial class SimpleImputer
{
    private string Learn(DataColumn column)
    {
        if (Strategy is ImputeStrategy.Mean or ImputeStrategy.Median && column.Kind != ColumnKind.Numeric)
        {
            throw new ArgumentException(
                $"SimpleImputer({Strategy}) needs numeric columns; column '{column.Name}' is {column.Kind.ToString().ToLowerInvariant()}. Use ImputeStrategy.MostFrequent or Constant.");
        }

        switch (Strategy)
        {
            case ImputeStrategy.Mean:
            case ImputeStrategy.Median:
                double[] present = Statistics.Present(ColumnValues.Numbers(column, nameof(SimpleImputer)));
                double value = Strategy == ImputeStrategy.Mean ? Statistics.Mean(present) : Statistics.Median(present);
                return value.ToString("R", CultureInfo.InvariantCulture);
            case ImputeStrategy.MostFrequent:
                // Levels come sorted (sklearn's order), so the first level with the highest count is the smallest of the tied ones.
                var (levels, counts) = ColumnValues.Levels(column);
                int best = 0;
                for (int i = 1; i < levels.Length; i++)
                {
                    best = counts[i] > counts[best] ? i : best;
                }

                return levels[best];
            default:
                return column.Kind switch
                {
                    ColumnKind.Numeric => FillValue.ToString("R", CultureInfo.InvariantCulture),
                    ColumnKind.Boolean => FillValue != 0 ? "true" : "false",
                    _ => FillText,
                };
        }
    }

    private static DataColumn Fill(DataColumn column, string fill)
    {
        switch (column)
        {
            case NumericColumn n:
                double number = double.Parse(fill, CultureInfo.InvariantCulture);
                double[] values = n.Values.ToArray();
                for (int r = 0; r < values.Length; r++)
                {
                    values[r] = double.IsNaN(values[r]) ? number : values[r];
                }

                return new NumericColumn(n.Name, values);
            case BooleanColumn b:
                bool flag = bool.Parse(fill);
                return new BooleanColumn(b.Name, [.. b.Values.ToArray().Select(v => v ?? flag)]);
            default:
                var c = (CategoricalColumn)column;
                return new CategoricalColumn(c.Name, [.. c.Values.ToArray().Select(v => v ?? fill)]);
        }
    }

    private protected override JsonElement WriteState() => JsonSerializer.SerializeToElement(
        new SimpleImputerJson { Strategy = Strategy, FillValue = FillValue, FillText = FillText, AddIndicator = AddIndicator, Statistics = [.. _fill.Select(f => f!)], Indicator = _indicator },
        PreprocessingJsonContext.Default.SimpleImputerJson);

    internal static SimpleImputer ReadState(JsonElement state, int features)
    {
        SimpleImputerJson json = ReadState(state, PreprocessingJsonContext.Default.SimpleImputerJson);
        Require(json.Statistics.Length == features && json.Indicator.Length == features && json.Statistics.All(s => s is not null), nameof(SimpleImputer), $"expected {features} statistics and indicator flags");
        return new SimpleImputer(json.Strategy, json.FillValue, json.FillText, json.AddIndicator) { _fill = json.Statistics, _indicator = json.Indicator };
    }
}
