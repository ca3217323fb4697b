// Layers that are the identity at inference, and Flatten:
//   Dropout, GaussianNoise, GaussianDropout, AlphaDropout → Identity   (they act only when training = true;
//                                                                         Predict and the export run inference)
//   Flatten (batch, d1, …, dk) → (batch, d1·…·dk)      → Flatten(axis = 1): ONNX's Flatten keeps axes before
//                                                        `axis` as the first output axis, the rest as the second;
//                                                        a rank-1 input (batch,) becomes (batch, 1), as in Dendrite.
namespace Dendrite.Onnx.Converters;

/// <summary>Converts the layers that are the identity at inference (the dropout and noise layers), and Flatten.</summary>
internal static class IdentityConverter
{
    /// <summary>Writes an Identity node: the layer does nothing at inference.</summary>
    /// <param name="conversion">The layer call.</param>
    public static void Convert(LayerConversion conversion) =>
        conversion.Graph.AddNode("Identity", [conversion.Input.Name], conversion.Output);

    /// <summary>Writes a Flatten node with axis 1.</summary>
    /// <param name="conversion">The layer call.</param>
    public static void Flatten(LayerConversion conversion) =>
        conversion.Graph.AddNode("Flatten", [conversion.Input.Name], conversion.Output, OnnxGraphBuilder.Attribute("axis", 1L));
}
