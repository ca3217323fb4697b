// TabularModel → one ONNX model: raw feature columns in, the derived columns (DerivedColumnsGraph), the fitted
// preprocessing (ColumnTransformerGraph), the network (ModelExporter.WriteInto), and outputs in the layout of
// TabularModel.Predict:
//   binary       probabilities (batch, 2) = Concat(1 − p, p)  (sklearn's predict_proba; 1 − p in float32 as
//                TabularDecoding computes it); label (batch) = classes[p > threshold] (strictly greater)
//   multiclass   probabilities (batch, k) = the network's softmax; label (batch) = classes[ArgMax] (first on ties,
//                ArgMax's select_last_index = 0, as TabularDecoding)
//   multilabel   probabilities (batch, targets)
//   regression   predictions (batch, targets)
// Labels go through an ONNX-ML LabelEncoder int64 → string over the target encoder's classes.
using Dendrite.Data.Modeling;
using Dendrite.Onnx.Proto;
using Dendrite.Tensors;

namespace Dendrite.Onnx.Tabular;

/// <summary>Converts a <see cref="TabularModel"/> — preprocessing and network — to one ONNX ModelProto.</summary>
internal static class TabularExporter
{
    /// <summary>The name of the probabilities output (classification).</summary>
    public const string Probabilities = "probabilities";

    /// <summary>The name of the decoded label output (binary and multiclass).</summary>
    public const string Label = "label";

    /// <summary>The name of the regression output.</summary>
    public const string Predictions = "predictions";

    /// <summary>The ONNX model of <paramref name="model"/> for operator set <paramref name="opset"/>.</summary>
    /// <param name="model">The tabular model.</param>
    /// <param name="opset">The default-domain operator-set version.</param>
    public static ModelProto Export(TabularModel model, int opset)
    {
        ArgumentNullException.ThrowIfNull(model);
        ModelExporter.CheckOpset(model.Model.Name, opset);
        TabularPreprocessor prep = model.Preprocessing;
        var g = new OnnxGraphBuilder(model.Model.Name, opset);
        Dictionary<string, TabularColumn> raw = ColumnTransformerGraph.DeclareInputs(g, prep);
        DerivedColumnsGraph.Write(g, prep.DerivedColumns, raw);
        string features = ColumnTransformerGraph.Write(g, prep.Features, raw, prep.FeatureCount);
        OnnxValue output = ModelExporter.WriteInto(g, model.Model, new OnnxValue(features, new Shape(-1, prep.FeatureCount)));
        int units = prep.OutputUnits;
        switch (prep.Task)
        {
            case TabularTask.Binary:
            {
                string probabilities = g.Reserve(Probabilities);
                string complement = g.AddNode("Sub", [g.AddScalar("one", 1f), output.Name], g.UniqueName("complement"));
                g.AddNode("Concat", [complement, output.Name], probabilities, OnnxGraphBuilder.Attribute("axis", 1L));
                g.AddOutput(probabilities, new Shape(-1, 2));
                string positive = g.AddNode("Greater", [output.Name, g.AddScalar("threshold", (float)model.Threshold)], g.UniqueName("positive"));
                string code = NumericSteps.Cast(g, positive, TensorProto.Types.DataType.Int64, "code");
                WriteLabel(g, g.AddNode("Squeeze", [code, g.AddInt64Vector("code_axis", 1)], g.UniqueName("class_index")), prep.TargetEncoders[0].Classes);
                break;
            }

            case TabularTask.Multiclass:
            {
                g.AddOutput(g.AddNode("Identity", [output.Name], g.Reserve(Probabilities)), new Shape(-1, units));
                string index = g.AddNode("ArgMax", [output.Name], g.UniqueName("class_index"), OnnxGraphBuilder.Attribute("axis", 1L), OnnxGraphBuilder.Attribute("keepdims", 0L));
                WriteLabel(g, index, prep.TargetEncoders[0].Classes);
                break;
            }

            default:
            {
                string name = prep.Task == TabularTask.Regression ? Predictions : Probabilities;
                g.AddOutput(g.AddNode("Identity", [output.Name], g.Reserve(name)), new Shape(-1, units));
                break;
            }
        }

        return ModelExporter.Wrap(g);
    }

    private static void WriteLabel(OnnxGraphBuilder g, string index, IReadOnlyList<string> classes)
    {
        string label = g.AddMlNode(
            "LabelEncoder",
            [index],
            g.Reserve(Label),
            OnnxGraphBuilder.Attribute("keys_int64s", Enumerable.Range(0, classes.Count).Select(i => (long)i)),
            OnnxGraphBuilder.Attribute("values_strings", classes),
            OnnxGraphBuilder.Attribute("default_string", string.Empty));
        g.AddOutput(label, new Shape(-1), TensorProto.Types.DataType.String);
    }
}
