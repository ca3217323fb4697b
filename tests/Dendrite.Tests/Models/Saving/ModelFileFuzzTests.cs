// Fuzzing the loader: thousands of seeded mutations (byte flips, truncations, insertions) of a saved model,
// of the whole file and of each entry (with metadata.json's hashes fixed up, so the parsers behind the
// SHA-256 check are reached too). Only ModelFileException may escape; a load that succeeds must give the
// original weights (the hashes guarantee nothing else gets through); behind fixed-up hashes a mutated
// weight value may load, but a malformed entry may not.
using Dendrite.Models;
using Dendrite.Models.Saving;

namespace Dendrite.Tests.Models.Saving;

public sealed class ModelFileFuzzTests
{
    [Fact]
    public void Mutated_files_give_only_ModelFileException()
    {
        byte[] original = ModelFileErrorTests.SavedModel();
        float[] weights = SavingTestModels.FlatWeights(SavingTestModels.Trained(seed: 3));
        var random = new Random(20240611);
        (int failed, int loaded) = Run(weights, 3000, _ => ModelFileCorruption.Mutate(original, random));
        Assert.Equal(3000, failed + loaded);
        Assert.True(failed > 2500, $"only {failed} of 3000 mutated files were rejected");
    }

    [Fact]
    public void Mutated_entries_behind_valid_hashes_give_only_ModelFileException()
    {
        byte[] original = ModelFileErrorTests.SavedModel();
        var entries = ModelFileCorruption.ReadEntries(original);
        var random = new Random(7);
        (int failed, int loaded) = Run(null, 2500, i =>
        {
            int which = i % entries.Count;
            (byte[] bytes, string what) = ModelFileCorruption.Mutate(entries[which].Value, random);
            var changed = entries.Select((e, j) => j == which ? new KeyValuePair<string, byte[]>(e.Key, bytes) : e);
            return (ModelFileCorruption.WriteEntries(changed, rehash: entries[which].Key != "metadata.json"), $"{entries[which].Key}: {what}");
        });
        Assert.True(failed > 1500, $"only {failed} of 2500 files with mutated entries were rejected ({loaded} loaded)");
    }

    private static (int Failed, int Loaded) Run(float[]? weights, int count, Func<int, (byte[] Bytes, string What)> mutate)
    {
        using var dir = new TempDirectory();
        string path = dir.File("fuzz.dendrite");
        int failed = 0, loaded = 0;
        for (int i = 0; i < count; i++)
        {
            (byte[] bytes, string what) = mutate(i);
            File.WriteAllBytes(path, bytes);
            try
            {
                Model model = Model.Load(path);
                loaded++;
                if (weights is not null && !SavingTestModels.FlatWeights(model).SequenceEqual(weights))
                {
                    Assert.Fail($"mutation {i} ({what}) loaded a model with other weights");
                }
            }
            catch (ModelFileException)
            {
                failed++;
            }
            catch (Exception e)
            {
                Assert.Fail($"mutation {i} ({what}) threw {e.GetType().Name}: {e.Message}\n{e.StackTrace}");
            }
        }

        return (failed, loaded);
    }
}
