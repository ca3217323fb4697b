// Merge layers → ONNX (inputs of one shape; the ONNX operators broadcast, which equal shapes do not need):
//   Add          Σ x_i            Add (two inputs) or Sum (more)
//   Subtract     x_0 − x_1        Sub
//   Multiply     Π x_i            a chain of Mul, left to right as Dendrite multiplies
//   Average      Σ x_i / n        Mean
//   Maximum      max_i x_i        Max
//   Concatenate  join on `axis`   Concat(axis), the axis made non-negative as Dendrite's Concatenate does
using Dendrite.Nn.Layers;

namespace Dendrite.Onnx.Converters;

/// <summary>Converts the merge layers: Add, Subtract, Multiply, Average, Maximum and Concatenate.</summary>
internal static class MergeConverters
{
    /// <summary>Writes Add (two inputs) or Sum.</summary>
    /// <param name="conversion">The layer call.</param>
    public static void Add(LayerConversion conversion) =>
        conversion.Graph.AddNode(conversion.Inputs.Count == 2 ? "Add" : "Sum", Names(conversion), conversion.Output);

    /// <summary>Writes Sub.</summary>
    /// <param name="conversion">The layer call.</param>
    public static void Subtract(LayerConversion conversion) =>
        conversion.Graph.AddNode("Sub", Names(conversion), conversion.Output);

    /// <summary>Writes a left-to-right chain of Mul.</summary>
    /// <param name="conversion">The layer call.</param>
    public static void Multiply(LayerConversion conversion)
    {
        IReadOnlyList<string> names = Names(conversion);
        string product = names[0];
        for (int i = 1; i < names.Count; i++)
        {
            product = conversion.Graph.AddNode("Mul", [product, names[i]], i == names.Count - 1 ? conversion.Output : conversion.Temp("product"));
        }
    }

    /// <summary>Writes Mean.</summary>
    /// <param name="conversion">The layer call.</param>
    public static void Average(LayerConversion conversion) =>
        conversion.Graph.AddNode("Mean", Names(conversion), conversion.Output);

    /// <summary>Writes Max.</summary>
    /// <param name="conversion">The layer call.</param>
    public static void Maximum(LayerConversion conversion) =>
        conversion.Graph.AddNode("Max", Names(conversion), conversion.Output);

    /// <summary>Writes Concat along the layer's axis.</summary>
    /// <param name="conversion">The layer call.</param>
    public static void Concatenate(LayerConversion conversion)
    {
        var layer = (Concatenate)conversion.Layer;
        int rank = conversion.Inputs[0].Shape.Rank;
        long axis = layer.Axis < 0 ? layer.Axis + rank : layer.Axis;
        conversion.Graph.AddNode("Concat", Names(conversion), conversion.Output, OnnxGraphBuilder.Attribute("axis", axis));
    }

    private static IReadOnlyList<string> Names(LayerConversion conversion) => [.. conversion.Inputs.Select(i => i.Name)];
}
