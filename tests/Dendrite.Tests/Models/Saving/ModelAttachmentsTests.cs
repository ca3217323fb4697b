// Named attachments in the model file: saved as "attachments/<name>" entries with their SHA-256 in
// metadata.json, verified and restored by Model.Load; files without attachments (and files written before
// attachments existed) load as before.
using System.Text;
using System.Text.Json.Nodes;
using Dendrite.Models;
using Dendrite.Models.Saving;
using Dendrite.Tensors;
using Dendrite.Tests.Repository;
using Dendrite.Training;

namespace Dendrite.Tests.Models.Saving;

public sealed class ModelAttachmentsTests
{
    [Fact]
    public void Attachments_round_trip_through_the_model_file()
    {
        using var dir = new TempDirectory();
        Sequential model = SavingTestModels.Trained(3);
        byte[] json = Encoding.UTF8.GetBytes("{\"kind\": \"preprocessing\"}");
        model.Attachments["preprocessing.json"] = json;
        model.Attachments["labels-v2_x"] = new byte[] { 0, 255, 7 };
        model.Save(dir.File("m.dendrite"));

        Model loaded = Model.Load(dir.File("m.dendrite"));
        Assert.Equal(["labels-v2_x", "preprocessing.json"], loaded.Attachments.Names);
        Assert.Equal(json, loaded.Attachments["preprocessing.json"].ToArray());
        Assert.Equal(new byte[] { 0, 255, 7 }, loaded.Attachments["labels-v2_x"].ToArray());

        var entries = ModelFileCorruption.ReadEntries(File.ReadAllBytes(dir.File("m.dendrite")));
        JsonObject sha = JsonNode.Parse(entries.Single(e => e.Key == "metadata.json").Value)!["sha256"]!.AsObject();
        Assert.True(sha.ContainsKey("attachments/preprocessing.json"));
        Assert.True(sha.ContainsKey("attachments/labels-v2_x"));
    }

    [Fact]
    public void A_tampered_attachment_fails_its_SHA256_check_like_any_entry()
    {
        using var dir = new TempDirectory();
        Sequential model = SavingTestModels.Trained(3);
        model.Attachments["preprocessing.json"] = Encoding.UTF8.GetBytes("{\"mean\": 1.5}");
        model.Save(dir.File("m.dendrite"));
        var entries = ModelFileCorruption.ReadEntries(File.ReadAllBytes(dir.File("m.dendrite")));
        int a = entries.FindIndex(e => e.Key == "attachments/preprocessing.json");
        entries[a] = new(entries[a].Key, Encoding.UTF8.GetBytes("{\"mean\": 2.5}"));
        File.WriteAllBytes(dir.File("bad.dendrite"), ModelFileCorruption.WriteEntries(entries, rehash: false));

        var e = Assert.Throws<ModelFileException>(() => Model.Load(dir.File("bad.dendrite")));
        Assert.StartsWith("it is corrupted: entry 'attachments/preprocessing.json' has SHA-256 ", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_listed_attachment_missing_from_the_zip_is_named()
    {
        using var dir = new TempDirectory();
        Sequential model = SavingTestModels.Trained(3);
        model.Attachments["vocab.txt"] = Encoding.UTF8.GetBytes("a\nb");
        model.Save(dir.File("m.dendrite"));
        var entries = ModelFileCorruption.ReadEntries(File.ReadAllBytes(dir.File("m.dendrite")));
        entries.RemoveAll(e => e.Key == "attachments/vocab.txt");
        File.WriteAllBytes(dir.File("bad.dendrite"), ModelFileCorruption.WriteEntries(entries, rehash: false));

        var e = Assert.Throws<ModelFileException>(() => Model.Load(dir.File("bad.dendrite")));
        Assert.Equal("it is corrupted or truncated: entry 'attachments/vocab.txt' listed in metadata.json is missing", e.Problem);
    }

    [Fact]
    public void An_attachment_entry_not_listed_in_metadata_is_not_trusted_and_not_restored()
    {
        using var dir = new TempDirectory();
        SavingTestModels.Trained(3).Save(dir.File("m.dendrite"));
        var entries = ModelFileCorruption.ReadEntries(File.ReadAllBytes(dir.File("m.dendrite")));
        entries.Add(new("attachments/injected.json", Encoding.UTF8.GetBytes("{}")));
        File.WriteAllBytes(dir.File("extra.dendrite"), ModelFileCorruption.WriteEntries(entries, rehash: false));

        Assert.Equal(0, Model.Load(dir.File("extra.dendrite")).Attachments.Count);
    }

    [Fact]
    public void A_model_without_attachments_writes_no_attachment_entries_and_reads_back_empty()
    {
        using var dir = new TempDirectory();
        SavingTestModels.Trained(3).Save(dir.File("m.dendrite"));
        var names = ModelFileCorruption.ReadEntries(File.ReadAllBytes(dir.File("m.dendrite"))).Select(e => e.Key).ToList();
        Assert.Equal(["config.json", "weights.safetensors", "optimizer.safetensors", "training_state.json", "metadata.json"], names);
        Assert.Equal(0, Model.Load(dir.File("m.dendrite")).Attachments.Count);
    }

    [Fact]
    public void A_file_written_before_attachments_existed_still_loads_and_predicts_as_it_did()
    {
        // Fixtures/format1-before-attachments.dendrite: SavingTestModels.Trained(5) saved by commit 483bb67 (before
        // attachments); its predictions for these two rows were recorded then.
        string path = Path.Combine(RepositoryPaths.Root, "tests", "Dendrite.Tests", "Models", "Saving", "Fixtures", "format1-before-attachments.dendrite");
        Model model = Model.Load(path);
        Assert.Equal(0, model.Attachments.Count);
        float[] p = model.Predict(new Tensor(new float[,] { { 0.5f, -1f, 2f }, { -0.25f, 0.75f, 0f } })).ToArray();
        Assert.Equal(0.54266703f, p[0], 5e-6f);
        Assert.Equal(0.56803495f, p[1], 5e-6f);
    }

    [Theory]
    [InlineData("")]
    [InlineData(".hidden")]
    [InlineData("a/b")]
    [InlineData("..")]
    [InlineData("naïve")]
    [InlineData("with space")]
    public void Invalid_names_are_rejected_with_the_rule(string name)
    {
        var model = SavingTestModels.Create(1);
        var e = Assert.Throws<ArgumentException>(() => model.Attachments[name] = new byte[] { 1 });
        Assert.StartsWith($"Attachment name '{name}' is not valid: expected 1–128 ASCII letters, digits, '.', '-' or '_', not starting with '.'.", e.Message, StringComparison.Ordinal);
        Assert.False(ModelAttachments.IsValidName(new string('a', 129)));
        Assert.True(ModelAttachments.IsValidName(new string('a', 128)));
    }

    [Fact]
    public void Setting_copies_the_bytes_and_a_missing_name_lists_the_names()
    {
        var model = SavingTestModels.Create(1);
        byte[] bytes = [1, 2, 3];
        model.Attachments["a"] = bytes;
        bytes[0] = 9;
        Assert.Equal(1, model.Attachments["a"].Span[0]);
        var e = Assert.Throws<KeyNotFoundException>(() => model.Attachments["b"]);
        Assert.Equal("The model has no attachment 'b'; it has a.", e.Message);
        Assert.True(model.Attachments.Remove("a"));
        Assert.False(model.Attachments.TryGet("a", out _));
    }
}
