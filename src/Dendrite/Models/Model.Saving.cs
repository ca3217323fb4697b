// Model, saving and loading: the public face of the .dendrite file (see Saving/ModelFile.cs for the layout).
//   model.Save(path)           one zip: config.json, weights.safetensors, optimizer state, training state, metadata
//   Model.Load(path)           the same model back, compiled, predicting bit-identically, resuming Fit exactly
//   model.SaveWeights(path)    the weights alone, as a safetensors file other tools can read
//   model.LoadWeights(path)    weights from such a file (or from a .dendrite file) into a model of the same shape
//   model.Attachments          named bytes saved as "attachments/<name>" entries and restored by Load
// Writes go to a temporary file that is renamed over the target, so a crash never leaves a partial file.
using Dendrite.Models.Saving;

namespace Dendrite.Models;

public partial class Model
{
    /// <summary>Named byte payloads saved in the model file with <see cref="Save"/> and restored by <see cref="Load"/> (e.g. fitted preprocessing).</summary>
    public ModelAttachments Attachments { get; } = new();

    /// <summary>Saves the whole model — architecture, weights, compile settings, optimizer and random state — to one file.</summary>
    /// <remarks>Written to a temporary file in the same directory, flushed to disk, then renamed over <paramref name="path"/>: a crash mid-save leaves the previous file intact.</remarks>
    /// <param name="path">The file, by convention <c>*.dendrite</c>; replaced if it exists.</param>
    /// <exception cref="NotSupportedException">The model class cannot be described in a file yet (only <see cref="Sequential"/> can).</exception>
    /// <exception cref="ArgumentException">A layer's config holds a value config.json cannot hold.</exception>
    public void Save(string path) => ModelFile.Save(this, path);

    /// <summary>Loads a model saved with <see cref="Save"/>, compiled as it was, with its optimizer and random state.</summary>
    /// <param name="path">The .dendrite file.</param>
    /// <param name="compile">Whether to compile the model as saved and restore the optimizer state; default true.</param>
    /// <returns>The model (a <see cref="Sequential"/> for files saved from one).</returns>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="ModelFileException">The file is truncated, corrupted, foreign or of a newer format, or describes a model that cannot be built; the message says which.</exception>
    public static Model Load(string path, bool compile = true) => ModelFile.Load(path, compile);

    /// <summary>Saves the weights alone, as a safetensors file (names like <c>dense/kernel</c>, F32 little-endian).</summary>
    /// <param name="path">The file, by convention <c>*.safetensors</c>; replaced atomically if it exists.</param>
    public void SaveWeights(string path) => ModelFile.SaveWeights(this, path);

    /// <summary>Loads weights saved with <see cref="SaveWeights"/> (or the weights of a .dendrite file), matched by name.</summary>
    /// <param name="path">A safetensors or .dendrite file.</param>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="ModelFileException">The file is not readable, or its weights do not match this model's; the message names the first mismatching weight. The model is left unchanged.</exception>
    public void LoadWeights(string path) => ModelFile.LoadWeights(this, path);
}
