// TabularPreprocessor, saving: the whole fitted preprocessing (and the model's decision threshold) as the JSON
// document of TabularModelJson.cs. Reading checks the format name and version and that the parts fit together
// (the derived columns apply to the feature columns; the transformer was fitted on the feature columns followed
// by the derived ones); any problem is a FormatException saying what. Version 2 added the derived columns.
using System.Text.Json;
using Dendrite.Data.Preprocessing;

namespace Dendrite.Data.Modeling;

public sealed partial class TabularPreprocessor
{
    /// <summary>The format name in the JSON document.</summary>
    internal const string Format = "dendrite.tabular";

    /// <summary>The version this library writes and the newest it reads.</summary>
    internal const int Version = 2;

    internal byte[] ToJson(double threshold) => JsonSerializer.SerializeToUtf8Bytes(
        new TabularModelJson
        {
            Format = Format,
            Version = Version,
            Task = Task,
            Threshold = threshold,
            Targets = _targets,
            TargetEncoders = [.. _encoders.Select(e => e.ToState())],
            FeatureColumns = _featureColumns,
            FeatureKinds = _featureKinds,
            DerivedColumns = [.. DerivedColumns.Columns.Select(c => new DerivedColumnJson { Name = c.Name, Operation = c.Operation, Left = c.Left, Right = c.Right })],
            Features = Features.ToEnvelope(),
        },
        TabularJsonContext.Default.TabularModelJson);

    internal static (TabularPreprocessor Preprocessor, double Threshold) FromJson(byte[] json)
    {
        TabularModelJson doc;
        try
        {
            doc = JsonSerializer.Deserialize(json, TabularJsonContext.Default.TabularModelJson) ?? throw new JsonException("it holds null");
        }
        catch (JsonException e)
        {
            throw new FormatException($"it is not valid JSON for a tabular model: {e.Message}", e);
        }

        if (doc.Format != Format)
        {
            throw new FormatException($"it names the format '{doc.Format}', expected '{Format}'");
        }

        if (doc.Version > Version || doc.Version < 1)
        {
            throw new FormatException($"it has version {doc.Version}; this Dendrite reads versions 1 to {Version}");
        }

        int encoders = doc.Task == TabularTask.Regression ? 0 : doc.Targets.Length;
        if (!Enum.IsDefined(doc.Task) || doc.Targets.Length == 0 || doc.TargetEncoders.Count != encoders || doc.FeatureColumns.Length != doc.FeatureKinds.Length
            || !(doc.Threshold >= 0 && doc.Threshold <= 1))
        {
            throw new FormatException("its task, targets, target encoders, feature columns or threshold do not fit together");
        }

        if (Transformer.FromEnvelope(doc.Features) is not ColumnTransformer features)
        {
            throw new FormatException($"its features are a {doc.Features.Kind}, expected a ColumnTransformer");
        }

        DerivedColumns derived = ReadDerived(doc);
        if (!features.FeatureNamesIn.SequenceEqual(doc.FeatureColumns.Concat(derived.Names)))
        {
            throw new FormatException("its feature transformer was fitted on other columns than the feature and derived columns it lists");
        }

        LabelEncoder[] targetEncoders = [.. doc.TargetEncoders.Select((e, i) => LabelEncoder.FromState(e, doc.Targets[i]))];
        return (new TabularPreprocessor(doc.Task, doc.Targets, targetEncoders, doc.FeatureColumns, doc.FeatureKinds, derived, features), doc.Threshold);
    }

    private static DerivedColumns ReadDerived(TabularModelJson doc)
    {
        if (doc.DerivedColumns is not { Count: > 0 } list)
        {
            return DerivedColumns.None;
        }

        DerivedColumns derived;
        try
        {
            derived = new DerivedColumns([.. list.Select(c => new DerivedColumn(c.Name, c.Operation, c.Left, c.Right))]);
        }
        catch (ArgumentException e)
        {
            throw new FormatException($"its derived columns are not valid: {e.Message}", e);
        }

        return derived.Problem(doc.FeatureColumns, doc.FeatureKinds) is { } problem
            ? throw new FormatException($"its derived columns do not fit its feature columns: {problem.Message}")
            : derived;
    }
}
