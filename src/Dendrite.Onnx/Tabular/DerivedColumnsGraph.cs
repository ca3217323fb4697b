// The derived columns of a tabular model (Dendrite.Data's DerivedColumns) → ONNX, between the raw inputs and the
// ColumnTransformer, in float64 as Dendrite.Data computes them:
//   Ratio       y = Div(left, right)
//   Difference  y = Sub(left, right)
//   both        Where(IsInf(y), NaN, y)
// A zero divisor gives ±inf (x / 0) or NaN (0 / 0) under IEEE 754, and a missing operand (NaN) gives NaN, so after
// the Where every such cell is NaN — a missing cell, which the entry's SimpleImputer fills as in DerivedColumn.Compute
// (a non-finite result is missing). Each derived column joins the raw columns by name, so later declarations and
// the ColumnTransformer's entries read it like any raw numeric column.
using Dendrite.Data.Preprocessing;

namespace Dendrite.Onnx.Tabular;

/// <summary>Writes the derived columns of a tabular model's preprocessing.</summary>
internal static class DerivedColumnsGraph
{
    /// <summary>Adds each derived column, computed from the columns already in <paramref name="columns"/>, to it.</summary>
    /// <param name="g">The graph.</param>
    /// <param name="derived">The derived columns.</param>
    /// <param name="columns">The raw numeric and text columns by name; the derived ones are added.</param>
    public static void Write(OnnxGraphBuilder g, DerivedColumns derived, Dictionary<string, TabularColumn> columns)
    {
        foreach (DerivedColumn column in derived.Columns)
        {
            string name = column.Name;
            string op = column.Operation == DerivedOperation.Ratio ? "Div" : "Sub";
            string y = g.AddNode(op, [columns[column.Left].Value, columns[column.Right].Value], g.UniqueName(name + "/raw"));
            string infinite = g.AddNode("IsInf", [y], g.UniqueName(name + "/is_inf"));
            string value = g.AddNode("Where", [infinite, g.AddDoubleVector(name + "/missing", double.NaN), y], g.UniqueName(name));
            columns[name] = new TabularColumn(name, value, 1, null);
        }
    }
}
