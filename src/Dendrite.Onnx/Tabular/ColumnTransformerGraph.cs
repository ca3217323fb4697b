// A fitted ColumnTransformer → ONNX, from the raw feature inputs to the network's float32 feature matrix:
//   raw inputs   one per training feature column, (batch, 1), as skl2onnx does: float for numeric columns (NaN =
//                missing), float for boolean ones (1 / 0, NaN = missing), string for categorical ones ("" = missing);
//                numbers are cast to float64 once, the precision Dendrite.Data computes in
//   entries      in entry order, each entry's steps in order (SimpleImputer, StandardScaler, MinMaxScaler,
//                RobustScaler, OneHotEncoder, OrdinalEncoder; NumericSteps.cs, EncoderSteps.cs), then the
//                remainder's columns when it is passthrough — the ColumnTransformer's output column order
//   features     Cast(Concat(outputs, axis 1), float32): (batch, FeatureCount), as TransformToTensor casts
// Anything else — another transformer type, an output that is still text — is refused with a message naming it.
using Dendrite.Data.Modeling;
using Dendrite.Data.Preprocessing;
using Dendrite.Data.Tables;
using Dendrite.Onnx.Proto;
using Dendrite.Tensors;

namespace Dendrite.Onnx.Tabular;

/// <summary>Writes the raw feature inputs and the fitted ColumnTransformer of a tabular model.</summary>
internal static class ColumnTransformerGraph
{
    /// <summary>Declares one graph input per raw feature column; returns the columns by name.</summary>
    /// <param name="g">The graph.</param>
    /// <param name="preprocessing">The fitted preprocessing.</param>
    public static Dictionary<string, TabularColumn> DeclareInputs(OnnxGraphBuilder g, TabularPreprocessor preprocessing)
    {
        var raw = new Dictionary<string, TabularColumn>(StringComparer.Ordinal);
        var rowShape = new Shape(-1, 1);
        for (int i = 0; i < preprocessing.FeatureColumns.Count; i++)
        {
            string name = g.Reserve(preprocessing.FeatureColumns[i]);
            if (preprocessing.FeatureKinds[i] == ColumnKind.Categorical)
            {
                g.AddInput(name, rowShape, TensorProto.Types.DataType.String);
                raw[name] = new TabularColumn(name, name, 1, new Dictionary<string, string>(StringComparer.Ordinal));
            }
            else
            {
                g.AddInput(name, rowShape);
                raw[name] = new TabularColumn(name, NumericSteps.Cast(g, name, TensorProto.Types.DataType.Double, name + "/double"), 1, null);
            }
        }

        return raw;
    }

    /// <summary>Writes the transformer's output as a float32 (batch, features) value; returns its name.</summary>
    /// <param name="g">The graph.</param>
    /// <param name="transformer">The fitted column transformer.</param>
    /// <param name="raw">The raw columns by name.</param>
    /// <param name="features">The number of features the transformer makes.</param>
    /// <exception cref="NotSupportedException">A step type or setting has no ONNX form; the message names it.</exception>
    public static string Write(OnnxGraphBuilder g, ColumnTransformer transformer, IReadOnlyDictionary<string, TabularColumn> raw, int features)
    {
        var outputs = new List<TabularColumn>();
        foreach (ColumnTransformerEntry entry in transformer.Entries)
        {
            List<TabularColumn> columns = [.. entry.Columns.Select(c => raw[c])];
            foreach (Transformer step in entry.Steps)
            {
                columns = step switch
                {
                    SimpleImputer imputer => NumericSteps.Impute(g, imputer, columns),
                    StandardScaler or MinMaxScaler or RobustScaler => NumericSteps.Scale(g, step, entry.Name, columns),
                    OneHotEncoder encoder => EncoderSteps.OneHot(g, encoder, entry.Name, columns),
                    OrdinalEncoder encoder => EncoderSteps.Ordinal(g, encoder, entry.Name, columns),
                    _ => throw new NotSupportedException(
                        $"ONNX export of entry '{entry.Name}': the step {step.GetType().FullName} has no ONNX converter. Supported steps: SimpleImputer, StandardScaler, MinMaxScaler, RobustScaler, OneHotEncoder, OrdinalEncoder."),
                };
            }

            outputs.AddRange(columns.Select(c => RequireNumeric(c, entry.Name)));
        }

        if (transformer.Remainder == Remainder.Passthrough)
        {
            outputs.AddRange(transformer.RemainderColumns.Select(c => RequireNumeric(raw[c], "remainder")));
        }

        int width = outputs.Sum(c => c.Width);
        if (width != features)
        {
            throw new InvalidOperationException($"The exported preprocessing makes {width} features, but the fitted one makes {features}.");
        }

        string joined = g.AddNode("Concat", [.. outputs.Select(c => c.Value)], g.UniqueName("features/double"), OnnxGraphBuilder.Attribute("axis", 1L));
        return NumericSteps.Cast(g, joined, TensorProto.Types.DataType.Float, "features");
    }

    private static TabularColumn RequireNumeric(TabularColumn column, string entry) => !column.IsText
        ? column
        : throw new NotSupportedException($"ONNX export of entry '{entry}': its output column '{column.Name}' is still text; give the entry an encoder (OneHotEncoder or OrdinalEncoder).");
}
