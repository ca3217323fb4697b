// Model, TensorFlow.js interop: the public face of the Keras / TensorFlow.js layers format (see
// Interop/TfjsFormat.cs for the layout). A folder with model.json (Keras layer configs + a weights manifest)
// and little-endian float32 weight shards, loadable by tf.loadLayersModel, and the same format read back,
// including folders TensorFlow.js wrote itself.
//   model.SaveTfjs(folder)      the architecture and weights (no optimizer state, no compile settings)
//   Model.LoadTfjs(folder)      an uncompiled model predicting as the saved one
using Dendrite.Models.Interop;
using Dendrite.Models.Saving;

namespace Dendrite.Models;

public partial class Model
{
    /// <summary>Saves the architecture and weights in the TensorFlow.js layers format: <c>model.json</c> and <c>group1-shard*.bin</c> files.</summary>
    /// <remarks>Weights are written first and <c>model.json</c> last (through a temporary file), so a folder whose model.json exists is complete. Compile settings and optimizer state are not written.</remarks>
    /// <param name="directory">The folder; created if missing; existing files of the same names are replaced.</param>
    /// <exception cref="InvalidOperationException">The model is not built.</exception>
    /// <exception cref="NotSupportedException">A layer, activation, initializer or setting has no TensorFlow.js equivalent; the message names it.</exception>
    public void SaveTfjs(string directory) => TfjsExport.Save(this, directory);

    /// <summary>Loads a model saved in the TensorFlow.js layers format (by <see cref="SaveTfjs"/>, TensorFlow.js, or the tensorflowjs converter).</summary>
    /// <param name="directory">The folder holding <c>model.json</c> and its weight files, or the path of the model.json itself.</param>
    /// <returns>An uncompiled model: a <see cref="Sequential"/> for a Sequential topology, else a functional <see cref="Model"/>.</returns>
    /// <exception cref="FileNotFoundException">model.json does not exist.</exception>
    /// <exception cref="ModelFileException">The files are malformed, a weight file is missing or of the wrong size, a dtype is not float32, or a layer or setting has no Dendrite equivalent; the message says which.</exception>
    public static Model LoadTfjs(string directory) => TfjsImport.Load(directory);
}
