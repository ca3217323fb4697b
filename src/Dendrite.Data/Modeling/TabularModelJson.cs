// The tabular model's attachment in the .dendrite file ("tabular.json"): the training schema, the task, the
// decision threshold, the target encoders, the derived columns and the fitted feature transformer (see
// Transformer.Json.cs), as plain types serialized by a source-generated JsonSerializerContext (no reflection:
// trimming- and AOT-safe).
//   {"format": "dendrite.tabular", "version": 2, "task": "Binary", "threshold": 0.5,
//    "targets": ["Status"], "target_encoders": [{"kind": "Categorical", "classes": ["bad", "good"]}],
//    "feature_columns": ["Income", …], "feature_kinds": ["Numeric", …],
//    "derived_columns": [{"name": "LoanToValue", "operation": "Ratio", "left": "Amount", "right": "Price"}],
//    "features": {"kind": "ColumnTransformer", …}}
// Version 1 (before derived columns) has no "derived_columns" and reads as having none.
using System.Text.Json.Serialization;
using Dendrite.Data.Preprocessing;
using Dendrite.Data.Tables;

namespace Dendrite.Data.Modeling;

internal sealed class TabularModelJson
{
    public required string Format { get; init; }

    public required int Version { get; init; }

    public required TabularTask Task { get; init; }

    public required double Threshold { get; init; }

    public required string[] Targets { get; init; }

    public required List<LabelEncoderJson> TargetEncoders { get; init; }

    public required string[] FeatureColumns { get; init; }

    public required ColumnKind[] FeatureKinds { get; init; }

    public List<DerivedColumnJson>? DerivedColumns { get; init; }

    public required TransformerJson Features { get; init; }
}

internal sealed class DerivedColumnJson
{
    public required string Name { get; init; }

    public required DerivedOperation Operation { get; init; }

    public required string Left { get; init; }

    public required string Right { get; init; }
}

/// <summary>The source-generated serializer of the tabular attachment.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    UseStringEnumConverter = true,
    WriteIndented = true,
    RespectNullableAnnotations = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(TabularModelJson))]
internal sealed partial class TabularJsonContext : JsonSerializerContext;
