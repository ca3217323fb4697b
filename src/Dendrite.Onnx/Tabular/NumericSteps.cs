// The fitted numeric steps of Dendrite.Data's preprocessing → ONNX, computed in float64 as Dendrite.Data computes
// them (its per-feature constants are doubles; the network's float32 comes last, in ColumnTransformerGraph):
//   SimpleImputer   numeric / boolean:  Where(IsNaN(x), fill, x)  with fill = statistics_ (booleans 1 / 0)
//                   text:               the substitution "" (missing) → fill, no node (TabularColumn.cs)
//                   add_indicator:      one Cast(IsNaN(x)) column per feature that had missing values at fit,
//                                       after all the filled columns, as sklearn's MissingIndicator; refused for
//                                       text columns (the entry's encoder would then have to encode the numeric
//                                       indicator as a category, which the exporter's encoders do not do)
//   StandardScaler  (x − (withMean ? mean : 0)) / (withStd ? scale : 1)
//   RobustScaler    (x − (withCentering ? center : 0)) / (withScaling ? scale : 1)
//   MinMaxScaler    x · s + o, s = (max − min) / range (a range below 10·eps counts as 1, sklearn's
//                   _handle_zeros_in_scale), o = min − data_min · s; clip → Max(Min(·, max), min)
// Each constant is a float64 vector over the block's features, broadcast over the rows.
using Dendrite.Data.Preprocessing;
using Dendrite.Data.Tables;
using Dendrite.Onnx.Proto;

namespace Dendrite.Onnx.Tabular;

/// <summary>Writes the imputer and scaler steps of a column-transformer entry.</summary>
internal static class NumericSteps
{
    private const double TenEpsilon = 10 * 2.220446049250313e-16; // sklearn's _handle_zeros_in_scale threshold, as Dendrite.Data

    /// <summary>Writes a fitted SimpleImputer over <paramref name="columns"/>.</summary>
    /// <param name="g">The graph.</param>
    /// <param name="imputer">The fitted imputer.</param>
    /// <param name="columns">Its input columns, in its fitted order.</param>
    public static List<TabularColumn> Impute(OnnxGraphBuilder g, SimpleImputer imputer, IReadOnlyList<TabularColumn> columns)
    {
        IReadOnlyList<string> fills = imputer.StatisticsText;
        var indicated = new HashSet<string>(imputer.IndicatorFeatures, StringComparer.Ordinal);
        var filled = new List<TabularColumn>();
        var indicators = new List<TabularColumn>();
        int feature = 0;
        foreach (TabularColumn column in columns)
        {
            if (column.IsText)
            {
                string fill = fills[feature];
                var map = column.Substitutions!.ToDictionary(s => s.Key, s => s.Value == TabularColumn.Missing ? fill : s.Value, StringComparer.Ordinal);
                map.TryAdd(TabularColumn.Missing, fill);
                filled.Add(column with { Substitutions = map });
                if (indicated.Contains(imputer.FeatureNamesIn[feature]))
                {
                    throw new NotSupportedException(
                        $"ONNX export: SimpleImputer with addIndicator over the text column '{column.Name}' is not supported; its indicator is a numeric column that the entry's encoder would have to encode as a category. Use addIndicator only for numeric columns.");
                }

                feature++;
                continue;
            }

            double[] values = [.. Enumerable.Range(feature, column.Width).Select(f => Fill(imputer, fills[f], f))];
            string isNaN = g.AddNode("IsNaN", [column.Value], g.UniqueName(column.Name + "/is_nan"));
            string result = g.AddNode("Where", [isNaN, g.AddDoubleVector(column.Name + "/fill", values), column.Value], g.UniqueName(column.Name + "/imputed"));
            filled.Add(column with { Value = result });
            for (int i = 0; i < column.Width; i++, feature++)
            {
                if (indicated.Contains(imputer.FeatureNamesIn[feature]))
                {
                    string flag = column.Width == 1 ? isNaN : Slice(g, isNaN, i, column.Name);
                    indicators.Add(new TabularColumn("missingindicator_" + column.Name, Cast(g, flag, TensorProto.Types.DataType.Double, column.Name + "/missing"), 1, null));
                }
            }
        }

        return [.. filled, .. indicators];
    }

    /// <summary>Writes a fitted StandardScaler, RobustScaler or MinMaxScaler over <paramref name="columns"/>.</summary>
    /// <param name="g">The graph.</param>
    /// <param name="scaler">The fitted scaler.</param>
    /// <param name="entry">The column-transformer entry, for messages.</param>
    /// <param name="columns">Its input columns, in its fitted order.</param>
    public static List<TabularColumn> Scale(OnnxGraphBuilder g, Transformer scaler, string entry, IReadOnlyList<TabularColumn> columns)
    {
        var output = new List<TabularColumn>();
        int feature = 0;
        foreach (TabularColumn column in columns)
        {
            if (column.IsText)
            {
                throw new NotSupportedException($"ONNX export of entry '{entry}': {scaler.GetType().Name} reads the text column '{column.Name}'; encode it first.");
            }

            int[] range = [.. Enumerable.Range(feature, column.Width)];
            feature += column.Width;
            string x = column.Value;
            string y = scaler switch
            {
                StandardScaler s => Affine(g, column.Name, x, [.. range.Select(f => s.WithMean ? s.Mean[f] : 0)], [.. range.Select(f => s.WithStd ? s.Scale[f] : 1)]),
                RobustScaler s => Affine(g, column.Name, x, [.. range.Select(f => s.WithCentering ? s.Center[f] : 0)], [.. range.Select(f => s.WithScaling ? s.Scale[f] : 1)]),
                _ => MinMax(g, (MinMaxScaler)scaler, column.Name, x, range),
            };
            output.Add(column with { Value = y });
        }

        return output;
    }

    /// <summary>Writes <c>Cast(x, to)</c>.</summary>
    /// <param name="g">The graph.</param>
    /// <param name="x">The value.</param>
    /// <param name="to">The element type.</param>
    /// <param name="hint">The preferred name of the result.</param>
    public static string Cast(OnnxGraphBuilder g, string x, TensorProto.Types.DataType to, string hint) =>
        g.AddNode("Cast", [x], g.UniqueName(hint), OnnxGraphBuilder.Attribute("to", (long)to));

    private static double Fill(SimpleImputer imputer, string text, int feature) =>
        imputer.FeatureKindsIn[feature] == ColumnKind.Boolean ? (bool.Parse(text) ? 1 : 0) : double.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    private static string Affine(OnnxGraphBuilder g, string name, string x, double[] offset, double[] divisor)
    {
        string centered = g.AddNode("Sub", [x, g.AddDoubleVector(name + "/offset", offset)], g.UniqueName(name + "/centered"));
        return g.AddNode("Div", [centered, g.AddDoubleVector(name + "/divisor", divisor)], g.UniqueName(name + "/scaled"));
    }

    private static string MinMax(OnnxGraphBuilder g, MinMaxScaler scaler, string name, string x, int[] features)
    {
        (double min, double max) = scaler.FeatureRange;
        double[] scale = [.. features.Select(f => (max - min) / NonZero(scaler.DataMax[f] - scaler.DataMin[f]))];
        double[] offset = [.. features.Select((f, i) => min - (scaler.DataMin[f] * scale[i]))];
        string product = g.AddNode("Mul", [x, g.AddDoubleVector(name + "/scale", scale)], g.UniqueName(name + "/product"));
        string y = g.AddNode("Add", [product, g.AddDoubleVector(name + "/min", offset)], g.UniqueName(name + "/scaled"));
        if (!scaler.Clip)
        {
            return y;
        }

        string below = g.AddNode("Min", [y, g.AddDoubleVector(name + "/clip_max", max)], g.UniqueName(name + "/clipped_max"));
        return g.AddNode("Max", [below, g.AddDoubleVector(name + "/clip_min", min)], g.UniqueName(name + "/clipped"));

        static double NonZero(double range) => range < TenEpsilon ? 1.0 : range;
    }

    private static string Slice(OnnxGraphBuilder g, string x, int column, string name) => g.AddNode(
        "Slice",
        [x, g.AddInt64Vector(name + "/start", column), g.AddInt64Vector(name + "/end", column + 1), g.AddInt64Vector(name + "/axis", 1)],
        g.UniqueName(name + "/column"));
}
