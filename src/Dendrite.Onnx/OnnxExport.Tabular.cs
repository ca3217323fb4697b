// OnnxExport, tabular models: the fitted preprocessing and the network as one ONNX model that takes raw feature
// columns (Tabular/TabularExporter.cs).
//   tabularModel.ExportOnnx("loans.onnx")
// Inputs: one per training feature column, named as the column, shape (batch, 1): float for numeric and boolean
// columns (NaN = missing; booleans 1 / 0), string for categorical ones ("" = missing). Outputs: "probabilities"
// (sklearn's predict_proba layout) and "label" for classification, "predictions" for regression — what
// TabularModel.Predict returns. Uses the default operator set and ONNX-ML (ai.onnx.ml 3) for LabelEncoder.
using Dendrite.Data.Modeling;
using Dendrite.Models.Saving;
using Dendrite.Onnx.Tabular;
using Google.Protobuf;

namespace Dendrite.Onnx;

public static partial class OnnxExport
{
    /// <summary>ONNX export of a tabular model: preprocessing and network in one graph.</summary>
    /// <param name="model">A tabular model with a built network.</param>
    extension(TabularModel model)
    {
        /// <summary>Writes the preprocessing and the network as one ONNX file taking raw feature columns, replacing <paramref name="path"/> atomically.</summary>
        /// <param name="path">The .onnx file to write; its directory must exist.</param>
        /// <param name="opset">The default-domain operator-set version, from <see cref="MinimumOpset"/> to <see cref="MaximumOpset"/>; default 17.</param>
        /// <exception cref="NotSupportedException">A preprocessing step or setting, a layer or an activation has no ONNX form; the message names it.</exception>
        /// <exception cref="InvalidOperationException">The network is not built.</exception>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="opset"/> is outside the supported range.</exception>
        public void ExportOnnx(string path, int opset = DefaultOpset)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(path);
            byte[] bytes = model.ToOnnx(opset);
            ModelFile.WriteAtomically(path, stream => stream.Write(bytes));
        }

        /// <summary>The preprocessing and the network as the bytes of one ONNX file taking raw feature columns.</summary>
        /// <param name="opset">The default-domain operator-set version, from <see cref="MinimumOpset"/> to <see cref="MaximumOpset"/>; default 17.</param>
        /// <exception cref="NotSupportedException">A preprocessing step or setting, a layer or an activation has no ONNX form; the message names it.</exception>
        /// <exception cref="InvalidOperationException">The network is not built.</exception>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="opset"/> is outside the supported range.</exception>
        public byte[] ToOnnx(int opset = DefaultOpset)
        {
            ArgumentNullException.ThrowIfNull(model);
            return TabularExporter.Export(model, opset).ToByteArray();
        }
    }
}
