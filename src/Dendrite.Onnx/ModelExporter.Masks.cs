// ModelExporter, masks: Dendrite passes masks along as Keras does (Layer.Masking.cs) — Masking and Embedding with
// maskZero create one, a layer with SupportsMasking passes it on, the recurrent layers (and Bidirectional) use it
// and pass it on only with returnSequences, every other layer ends it; a call with several inputs receives none.
// ONNX's recurrent operators know only sequence lengths (a padded tail), not arbitrary masked steps, so a
// recurrent layer that would receive a mask is refused, naming it and the layer that made the mask. A mask that
// no recurrent layer reads changes nothing at inference and is exported as the values it leaves (Masking's zeros).
using Dendrite.Nn.Layers;

namespace Dendrite.Onnx;

internal static partial class ModelExporter
{
    /// <summary>Throws when a recurrent layer of <paramref name="calls"/> would receive a mask.</summary>
    /// <param name="modelName">The model's name, for the message.</param>
    /// <param name="calls">The layer calls in execution order.</param>
    /// <exception cref="NotSupportedException">A recurrent or Bidirectional layer receives a mask.</exception>
    private static void CheckMasks(string modelName, List<LayerCall> calls)
    {
        var maskedBy = new Dictionary<int, Layer>();
        foreach (LayerCall call in calls)
        {
            Layer? source = call.Inputs.Length == 1 ? maskedBy.GetValueOrDefault(call.Inputs[0]) : null;
            Layer layer = call.Layer;
            if (source is not null && layer is Recurrent or Bidirectional)
            {
                throw new NotSupportedException(
                    $"Model '{modelName}' cannot be exported to ONNX: {layer.GetType().Name} '{layer.Name}' reads the mask of {source.GetType().Name} '{source.Name}', " +
                    "and ONNX's recurrent operators cannot skip masked steps (they take only sequence lengths). Export the model without the mask (no Masking layer, maskZero: false).");
            }

            Layer? output = layer switch
            {
                Masking or Embedding { MaskZero: true } => layer,
                _ => layer.SupportsMasking ? source : null,
            };
            if (output is not null)
            {
                maskedBy[call.Output] = output;
            }
        }
    }
}
