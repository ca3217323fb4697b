// The JSON documents of fitted preprocessing, as plain types serialized by a source-generated
// JsonSerializerContext (no reflection: trimming- and AOT-safe). Property names are snake_case, enums are
// strings, unknown properties are refused so that a damaged document fails loudly.
using System.Text.Json;
using System.Text.Json.Serialization;
using Dendrite.Data.Tables;

namespace Dendrite.Data.Preprocessing;

/// <summary>A fitted transformer: its kind, the state version, the columns it was fitted on and its state.</summary>
internal sealed class TransformerJson
{
    public required string Kind { get; init; }

    public required int Version { get; init; }

    public required string[] FeatureNamesIn { get; init; }

    public required ColumnKind[] FeatureKindsIn { get; init; }

    public required JsonElement State { get; init; }
}

internal sealed class SimpleImputerJson
{
    public required ImputeStrategy Strategy { get; init; }

    public required double FillValue { get; init; }

    public required string FillText { get; init; }

    public required bool AddIndicator { get; init; }

    public required string?[] Statistics { get; init; }

    public required bool[] Indicator { get; init; }
}

internal sealed class StandardScalerJson
{
    public required bool WithMean { get; init; }

    public required bool WithStd { get; init; }

    public required double[] Mean { get; init; }

    public required double[] Scale { get; init; }
}

internal sealed class MinMaxScalerJson
{
    public required double[] FeatureRange { get; init; }

    public required bool Clip { get; init; }

    public required double[] DataMin { get; init; }

    public required double[] DataMax { get; init; }
}

internal sealed class RobustScalerJson
{
    public required bool WithCentering { get; init; }

    public required bool WithScaling { get; init; }

    public required double[] QuantileRange { get; init; }

    public required double[] Center { get; init; }

    public required double[] Scale { get; init; }
}

internal sealed class PowerTransformerJson
{
    public required bool Standardize { get; init; }

    public required double[] Lambdas { get; init; }

    public required double[] Mean { get; init; }

    public required double[] Scale { get; init; }
}

internal sealed class OneHotEncoderJson
{
    public required HandleUnknown HandleUnknown { get; init; }

    public double? MinFrequency { get; init; }

    public int? MaxCategories { get; init; }

    public required string[][] Categories { get; init; }

    public required string[][] Infrequent { get; init; }
}

internal sealed class OrdinalEncoderJson
{
    public double? UnknownValue { get; init; }

    public bool UnknownIsNaN { get; init; }

    public required string[][] Categories { get; init; }
}

internal sealed class ColumnTransformerJson
{
    public required Remainder Remainder { get; init; }

    public required List<ColumnEntryJson> Entries { get; init; }

    public required string[] RemainderColumns { get; init; }
}

internal sealed class ColumnEntryJson
{
    public required string Name { get; init; }

    public required string[] Columns { get; init; }

    public required List<TransformerJson> Steps { get; init; }
}

internal sealed class LabelEncoderJson
{
    public required ColumnKind Kind { get; init; }

    public required string[] Classes { get; init; }
}

/// <summary>The source-generated serializers of the preprocessing JSON documents.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    UseStringEnumConverter = true,
    RespectNullableAnnotations = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(TransformerJson))]
[JsonSerializable(typeof(SimpleImputerJson))]
[JsonSerializable(typeof(StandardScalerJson))]
[JsonSerializable(typeof(MinMaxScalerJson))]
[JsonSerializable(typeof(RobustScalerJson))]
[JsonSerializable(typeof(PowerTransformerJson))]
[JsonSerializable(typeof(OneHotEncoderJson))]
[JsonSerializable(typeof(OrdinalEncoderJson))]
[JsonSerializable(typeof(ColumnTransformerJson))]
[JsonSerializable(typeof(LabelEncoderJson))]
internal sealed partial class PreprocessingJsonContext : JsonSerializerContext;
