// Loading damaged files: each kind of damage gives a ModelFileException naming the file and the problem.
using System.Text;
using Dendrite.Models;
using Dendrite.Models.Saving;

namespace Dendrite.Tests.Models.Saving;

public sealed class ModelFileErrorTests
{
    [Fact]
    public void A_missing_file_is_FileNotFound() =>
        Assert.Throws<FileNotFoundException>(() => Model.Load(Path.Combine(Path.GetTempPath(), "no-such-dendrite-model.dendrite")));

    [Fact]
    public void A_foreign_file_is_named_as_not_a_model_file()
    {
        string problem = LoadProblem(Encoding.UTF8.GetBytes("{\"weights\": [1, 2, 3]}"));
        Assert.Equal("it is not a Dendrite model file (not a zip archive)", problem);
        Assert.Equal("the file is empty", LoadProblem([]));
    }

    [Fact]
    public void A_zip_without_our_entries_is_named_as_such()
    {
        byte[] zip = ModelFileCorruption.WriteEntries([new("readme.txt", Encoding.UTF8.GetBytes("hello"))], rehash: false);
        Assert.Equal("it is a zip archive but not a Dendrite model file: it has no metadata.json (entries: readme.txt)", LoadProblem(zip));
    }

    [Fact]
    public void A_truncated_file_is_named_as_truncated()
    {
        byte[] file = SavedModel();
        Assert.Equal("it is truncated: the zip archive's end-of-central-directory record is missing", LoadProblem(file[..(file.Length / 2)]));
        Assert.StartsWith("it is truncated", LoadProblem(file[..^1]), StringComparison.Ordinal);
    }

    [Fact]
    public void A_changed_entry_fails_its_SHA256_check()
    {
        var entries = ModelFileCorruption.ReadEntries(SavedModel());
        int w = entries.FindIndex(e => e.Key == "weights.safetensors");
        byte[] weights = (byte[])entries[w].Value.Clone();
        weights[^1] ^= 0x40;
        entries[w] = new("weights.safetensors", weights);
        string problem = LoadProblem(ModelFileCorruption.WriteEntries(entries, rehash: false));
        Assert.StartsWith("it is corrupted: entry 'weights.safetensors' has SHA-256 ", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_newer_format_names_both_versions()
    {
        var entries = ModelFileCorruption.ReadEntries(SavedModel());
        int m = entries.FindIndex(e => e.Key == "metadata.json");
        entries[m] = new("metadata.json", Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(entries[m].Value).Replace("\"format_version\": 1", "\"format_version\": 2", StringComparison.Ordinal)));
        string problem = LoadProblem(ModelFileCorruption.WriteEntries(entries, rehash: false));
        Assert.Contains("written by a newer Dendrite", problem, StringComparison.Ordinal);
        Assert.Contains("in format version 2; this Dendrite", problem, StringComparison.Ordinal);
        Assert.EndsWith("reads format versions up to 1", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Another_format_name_is_foreign()
    {
        var entries = ModelFileCorruption.ReadEntries(SavedModel());
        int m = entries.FindIndex(e => e.Key == "metadata.json");
        entries[m] = new("metadata.json", Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(entries[m].Value).Replace("dendrite.model", "keras", StringComparison.Ordinal)));
        Assert.Equal("it is not a Dendrite model file: metadata.json names the format 'keras', expected 'dendrite.model'", LoadProblem(ModelFileCorruption.WriteEntries(entries, rehash: false)));
    }

    [Fact]
    public void A_config_naming_an_unknown_layer_says_which_layer()
    {
        var entries = ModelFileCorruption.ReadEntries(SavedModel());
        int c = entries.FindIndex(e => e.Key == "config.json");
        entries[c] = new("config.json", Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(entries[c].Value).Replace("\"Flatten\"", "\"Flatten3D\"", StringComparison.Ordinal)));
        string problem = LoadProblem(ModelFileCorruption.WriteEntries(entries, rehash: true));
        Assert.StartsWith("config.json layer 5 (Flatten3D) cannot be created: Unknown layer class 'Flatten3D'", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void The_message_names_the_file()
    {
        using var dir = new TempDirectory();
        string path = dir.File("broken.dendrite");
        File.WriteAllText(path, "not a model");
        var e = Assert.Throws<ModelFileException>(() => Model.Load(path));
        Assert.Equal($"Cannot load '{path}': it is not a Dendrite model file (not a zip archive)", e.Message);
        Assert.Equal(path, e.FilePath);
    }

    internal static byte[] SavedModel()
    {
        using var dir = new TempDirectory();
        SavingTestModels.Trained(seed: 3).Save(dir.File("m.dendrite"));
        return File.ReadAllBytes(dir.File("m.dendrite"));
    }

    private static string LoadProblem(byte[] file)
    {
        using var dir = new TempDirectory();
        File.WriteAllBytes(dir.File("m.dendrite"), file);
        return Assert.Throws<ModelFileException>(() => Model.Load(dir.File("m.dendrite"))).Problem;
    }
}
