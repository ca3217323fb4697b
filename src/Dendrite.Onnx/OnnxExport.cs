// OnnxExport: the public face of the ONNX exporter.
//   model.ExportOnnx("model.onnx")          writes the model (atomically: temporary file, then rename)
//   byte[] onnx = model.ToOnnx()            the same bytes, in memory
// The file is an ONNX ModelProto for the default operator set (opset 17 unless asked otherwise) with float32
// inputs and outputs named as the model's (model.InputNames, model.OutputNames), the batch axis as the symbolic
// dimension "batch", and every weight as an initializer; it runs in ONNX Runtime and predicts what Predict does.
// Layers run in inference form (dropout and noise as identity, BatchNormalization with its moving statistics).
using Dendrite.Models;
using Dendrite.Models.Saving;
using Dendrite.Onnx.Converters;
using Google.Protobuf;

namespace Dendrite.Onnx;

/// <summary>Exports Dendrite models to ONNX: <c>model.ExportOnnx("model.onnx")</c>.</summary>
public static partial class OnnxExport
{
    /// <summary>The operator-set version written by default, 17.</summary>
    public const int DefaultOpset = 17;

    /// <summary>The oldest operator set the exporter writes, 17 (the first with LayerNormalization).</summary>
    public const int MinimumOpset = 17;

    /// <summary>The newest operator set the exporter writes, 21.</summary>
    public const int MaximumOpset = 21;

    /// <summary>The layer types the exporter converts; any other layer type makes the export fail.</summary>
    public static IReadOnlyList<Type> SupportedLayerTypes => LayerConverters.SupportedTypes;

    /// <summary>The activation types the exporter converts, in Dense and ActivationLayer alike.</summary>
    public static IReadOnlyList<Type> SupportedActivationTypes => ActivationConverters.SupportedTypes;

    /// <summary>ONNX export of a model.</summary>
    /// <param name="model">A built Sequential or functional model.</param>
    extension(Model model)
    {
        /// <summary>Writes the model as an ONNX file, replacing <paramref name="path"/> atomically.</summary>
        /// <param name="path">The .onnx file to write; its directory must exist.</param>
        /// <param name="opset">The default-domain operator-set version, from <see cref="MinimumOpset"/> to <see cref="MaximumOpset"/>; default 17.</param>
        /// <exception cref="NotSupportedException">A layer or activation has no ONNX converter (the message names it, its type and the supported types), or the model is neither Sequential nor functional.</exception>
        /// <exception cref="InvalidOperationException">The model is not built.</exception>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="opset"/> is outside the supported range.</exception>
        public void ExportOnnx(string path, int opset = DefaultOpset)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(path);
            byte[] bytes = model.ToOnnx(opset);
            ModelFile.WriteAtomically(path, stream => stream.Write(bytes));
        }

        /// <summary>The model as the bytes of an ONNX file.</summary>
        /// <param name="opset">The default-domain operator-set version, from <see cref="MinimumOpset"/> to <see cref="MaximumOpset"/>; default 17.</param>
        /// <exception cref="NotSupportedException">A layer or activation has no ONNX converter, or the model is neither Sequential nor functional.</exception>
        /// <exception cref="InvalidOperationException">The model is not built.</exception>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="opset"/> is outside the supported range.</exception>
        public byte[] ToOnnx(int opset = DefaultOpset)
        {
            ArgumentNullException.ThrowIfNull(model);
            return ModelExporter.Export(model, opset).ToByteArray();
        }
    }
}
