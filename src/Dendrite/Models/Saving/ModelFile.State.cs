// ModelFile, state: putting saved tensors and generator states into a model. Everything is checked
// before anything is assigned, so a file that does not fit leaves the model unchanged; the error names the
// first mismatching weight in the model's weight order.
using System.Globalization;
using Dendrite.Autodiff;
using Dendrite.Nn.Layers;
using Dendrite.Tensors;

namespace Dendrite.Models.Saving;

internal static partial class ModelFile
{
    /// <summary>Assigns the file's weights to the model's and returns, for each file weight name, the model's variable.</summary>
    /// <remarks>
    /// Weights are matched by name when the file has every weight of the model; otherwise by position (the model's
    /// weight order, as written), as Keras matches by structure — so a model whose layers got other automatic names
    /// (dense_4 instead of dense) still loads. Shapes must agree either way.
    /// </remarks>
    private static Dictionary<string, Variable> ApplyWeights(string path, string source, Model model, List<KeyValuePair<string, Tensor>> tensors)
    {
        var byName = new Dictionary<string, Tensor>(StringComparer.Ordinal);
        foreach (var (name, tensor) in tensors)
        {
            byName[name] = tensor;
        }

        IReadOnlyList<Variable> weights = model.Weights;
        bool matchNames = tensors.Count == weights.Count && weights.All(w => byName.ContainsKey(w.Name));
        var pairs = new List<(Variable Variable, string FileName, Tensor Value)>();
        for (int i = 0; i < Math.Max(weights.Count, tensors.Count); i++)
        {
            if (i >= tensors.Count)
            {
                throw new ModelFileException(path, $"{source} do not match model '{model.Name}': its weight {i} '{weights[i].Name}' {weights[i].Shape} is not in the file, which has {tensors.Count} weights");
            }

            if (i >= weights.Count)
            {
                throw new ModelFileException(path, $"{source} do not match model '{model.Name}': the file has a weight {i} '{tensors[i].Key}' {tensors[i].Value.Shape}, but the model has {weights.Count} weights");
            }

            Variable w = weights[i];
            (string fileName, Tensor t) = matchNames ? (w.Name, byName[w.Name]) : (tensors[i].Key, tensors[i].Value);
            if (t.Shape != w.Shape)
            {
                string alias = fileName == w.Name ? "" : $" (the file's weight {i}, '{fileName}')";
                throw new ModelFileException(path, $"{source} do not match model '{model.Name}': weight '{w.Name}' has shape {t.Shape} in the file{alias}, the model expects {w.Shape}");
            }

            pairs.Add((w, fileName, t));
        }

        foreach (var (w, _, t) in pairs)
        {
            w.Assign(t.To(w.Value.DType));
        }

        return pairs.ToDictionary(p => p.FileName, p => p.Variable, StringComparer.Ordinal);
    }

    private static void ApplyTrainingState(string path, Dictionary<string, byte[]> entries, Model model, TrainingStateJson state, Dictionary<string, Variable> variables, bool restoreOptimizer)
    {
        var generators = new List<(RandomGenerator Generator, RandomGeneratorState State)> { (model.Random, ParseRandom(path, "model", state.ModelRandom)) };
        if (state.LayerRandoms.Count != model.Layers.Count)
        {
            throw new ModelFileException(path, $"{StateEntry} has random states for {state.LayerRandoms.Count} layers, model '{model.Name}' has {model.Layers.Count} layers");
        }

        for (int i = 0; i < model.Layers.Count; i++)
        {
            Layer layer = model.Layers[i];
            var own = layer.GetRandomGenerators().ToDictionary(StringComparer.Ordinal);
            foreach (var (name, saved) in state.LayerRandoms[i])
            {
                RandomGenerator generator = own.GetValueOrDefault(name)
                    ?? throw new ModelFileException(path, $"{StateEntry} has a random state '{name}' for layer {i} ('{layer.Name}'), which has no such generator");
                generators.Add((generator, ParseRandom(path, $"{layer.Name}/{name}", saved)));
            }
        }

        if (state.OptimizerIterations < 0)
        {
            throw new ModelFileException(path, $"{StateEntry} records {state.OptimizerIterations} optimizer iterations, below 0");
        }

        if (restoreOptimizer && model.Optimizer is { } optimizer && entries.ContainsKey(OptimizerEntry))
        {
            var slots = new Dictionary<string, Tensor>(StringComparer.Ordinal);
            foreach (var (key, value) in ReadSafeTensors(path, entries, OptimizerEntry))
            {
                int slash = key.LastIndexOf('/');
                Variable v = (slash > 0 ? variables.GetValueOrDefault(key[..slash]) : null)
                    ?? throw new ModelFileException(path, $"{OptimizerEntry} has state '{key}' for no weight of the file");
                slots[v.Name + key[slash..]] = value;
            }

            try
            {
                optimizer.SetState(model.Weights, slots);
            }
            catch (ArgumentException e)
            {
                throw new ModelFileException(path, $"{OptimizerEntry} does not match model '{model.Name}': {e.Message}", e);
            }

            optimizer.Iterations = state.OptimizerIterations;
        }

        foreach (var (generator, saved) in generators)
        {
            generator.SetState(saved);
        }
    }
    private static RandomGeneratorState ParseRandom(string path, string owner, RandomStateJson json)
    {
        ulong[] words = new ulong[4];
        bool ok = json.Words.Length == 4 && (json.SpareNormal is not { } spare || double.IsFinite(spare));
        for (int i = 0; ok && i < 4; i++)
        {
            ok = json.Words[i].Length == 16 && ulong.TryParse(json.Words[i], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out words[i]);
        }

        if (!ok || (words[0] | words[1] | words[2] | words[3]) == 0)
        {
            throw new ModelFileException(path, $"{StateEntry} has an invalid random state for '{owner}' (expected four non-zero 16-digit hex words and a finite spare normal)");
        }

        return new RandomGeneratorState(words[0], words[1], words[2], words[3], json.SpareNormal);
    }
}
