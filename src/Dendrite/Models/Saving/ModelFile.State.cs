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
    private static void ApplyWeights(string path, string source, Model model, List<KeyValuePair<string, Tensor>> tensors)
    {
        var byName = new Dictionary<string, Tensor>(StringComparer.Ordinal);
        foreach (var (name, tensor) in tensors)
        {
            byName[name] = tensor;
        }

        IReadOnlyList<Variable> weights = model.Weights;
        foreach (Variable w in weights)
        {
            if (!byName.TryGetValue(w.Name, out Tensor? t))
            {
                throw new ModelFileException(path, $"{source} do not match model '{model.Name}': its weight '{w.Name}' {w.Shape} is not in the file (the file has: {string.Join(", ", tensors.Select(kv => $"{kv.Key} {kv.Value.Shape}"))})");
            }

            if (t.Shape != w.Shape)
            {
                throw new ModelFileException(path, $"{source} do not match model '{model.Name}': weight '{w.Name}' has shape {t.Shape} in the file, the model expects {w.Shape}");
            }
        }

        if (tensors.Count != weights.Count)
        {
            string extra = tensors.Select(kv => kv.Key).First(n => !weights.Any(w => w.Name == n));
            throw new ModelFileException(path, $"{source} do not match model '{model.Name}': the file has weight '{extra}', which the model does not have");
        }

        foreach (Variable w in weights)
        {
            w.Assign(byName[w.Name].To(w.Value.DType));
        }
    }

    private static void ApplyTrainingState(string path, Dictionary<string, byte[]> entries, Model model, TrainingStateJson state, bool restoreOptimizer)
    {
        var generators = new List<(RandomGenerator Generator, RandomGeneratorState State)> { (model.Random, ParseRandom(path, "model", state.ModelRandom)) };
        var layerGenerators = model.Layers
            .SelectMany(l => l.GetRandomGenerators().Select(g => new KeyValuePair<string, RandomGenerator>($"{l.Name}/{g.Key}", g.Value)))
            .ToDictionary(StringComparer.Ordinal);
        foreach (var (key, saved) in state.LayerRandoms)
        {
            RandomGenerator generator = layerGenerators.GetValueOrDefault(key)
                ?? throw new ModelFileException(path, $"{StateEntry} has a random state for '{key}', which model '{model.Name}' does not have");
            generators.Add((generator, ParseRandom(path, key, saved)));
        }

        if (state.OptimizerIterations < 0)
        {
            throw new ModelFileException(path, $"{StateEntry} records {state.OptimizerIterations} optimizer iterations, below 0");
        }

        if (restoreOptimizer && model.Optimizer is { } optimizer && entries.ContainsKey(OptimizerEntry))
        {
            try
            {
                optimizer.SetState(model.Weights, ReadSafeTensors(path, entries, OptimizerEntry).ToDictionary(StringComparer.Ordinal));
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
