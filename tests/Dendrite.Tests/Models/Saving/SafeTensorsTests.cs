// The weights file is plain safetensors: parsed here independently, byte by byte, as another tool would
// (8-byte little-endian header length, JSON header with dtype / shape / data_offsets, raw little-endian
// floats), and a file written by hand from the format description is read by ours.
using System.Buffers.Binary;
using System.Text;
using System.Text.Json;
using Dendrite.Autodiff;
using Dendrite.Models;
using Dendrite.Models.Saving;
using Dendrite.Tensors;

namespace Dendrite.Tests.Models.Saving;

public sealed class SafeTensorsTests
{
    [Fact]
    public void SaveWeights_writes_a_file_other_tools_can_parse()
    {
        using var dir = new TempDirectory();
        Sequential model = SavingTestModels.Trained(seed: 21);
        model.SaveWeights(dir.File("w.safetensors"));
        byte[] file = File.ReadAllBytes(dir.File("w.safetensors"));

        ulong headerLength = BinaryPrimitives.ReadUInt64LittleEndian(file);
        Assert.Equal(0UL, headerLength % 8);
        using var header = JsonDocument.Parse(Encoding.UTF8.GetString(file, 8, (int)headerLength));
        int dataStart = 8 + (int)headerLength;
        Assert.Equal("dendrite", header.RootElement.GetProperty("__metadata__").GetProperty("format").GetString());
        foreach (Variable w in model.Weights)
        {
            JsonElement entry = header.RootElement.GetProperty(w.Name);
            Assert.Equal("F32", entry.GetProperty("dtype").GetString());
            Assert.Equal(w.Shape.ToArray(), entry.GetProperty("shape").EnumerateArray().Select(d => d.GetInt32()));
            long begin = entry.GetProperty("data_offsets")[0].GetInt64();
            long end = entry.GetProperty("data_offsets")[1].GetInt64();
            Assert.Equal(w.Shape.Size * 4, end - begin);
            float[] values = [.. Enumerable.Range(0, w.Shape.Size).Select(i => BinaryPrimitives.ReadSingleLittleEndian(file.AsSpan(dataStart + (int)begin + (4 * i))))];
            Assert.Equal(w.Value.ToArray(), values);
        }

        Assert.Equal(model.Weights.Count + 1, header.RootElement.EnumerateObject().Count());
    }

    [Fact]
    public void A_file_written_from_the_format_description_is_read()
    {
        byte[] header = Encoding.UTF8.GetBytes("{\"a\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8]},\"b\":{\"dtype\":\"F64\",\"shape\":[1,1],\"data_offsets\":[8,16]}}");
        byte[] file = new byte[8 + header.Length + 16];
        BinaryPrimitives.WriteUInt64LittleEndian(file, (ulong)header.Length);
        header.CopyTo(file, 8);
        BinaryPrimitives.WriteSingleLittleEndian(file.AsSpan(8 + header.Length), 1.5f);
        BinaryPrimitives.WriteSingleLittleEndian(file.AsSpan(12 + header.Length), -2f);
        BinaryPrimitives.WriteDoubleLittleEndian(file.AsSpan(16 + header.Length), 0.25);

        var (tensors, metadata) = SafeTensors.Read(file);
        Assert.Empty(metadata);
        Assert.Equal(["a", "b"], tensors.Select(t => t.Key));
        Assert.Equal([1.5f, -2f], tensors[0].Value.ToArray());
        Assert.Equal(DType.Float64, tensors[1].Value.DType);
        Assert.Equal(new Shape(1, 1), tensors[1].Value.Shape);
        Assert.Equal(0.25, tensors[1].Value.GetFlat(0));
    }

    [Theory]
    [InlineData("{\"a\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,4]}}", 8, "needs 8 bytes")]
    [InlineData("{\"a\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[4,8]}}", 8, "starts at byte 4 of the data, expected 0")]
    [InlineData("{\"a\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[0,4]}}", 8, "cover 4 bytes of data, but 8 follow")]
    [InlineData("{\"a\":{\"dtype\":\"I8\",\"shape\":[1],\"data_offsets\":[0,1]}}", 1, "dtype 'I8'")]
    [InlineData("{\"a\":{\"dtype\":\"F32\",\"shape\":[-1],\"data_offsets\":[0,4]}}", 4, "not an integer >= 0")]
    [InlineData("[1, 2]", 0, "not a JSON object")]
    [InlineData("{\"a\":", 0, "not valid JSON")]
    public void Malformed_files_are_rejected_with_the_reason(string header, int dataBytes, string reason)
    {
        byte[] h = Encoding.UTF8.GetBytes(header);
        byte[] file = new byte[8 + h.Length + dataBytes];
        BinaryPrimitives.WriteUInt64LittleEndian(file, (ulong)h.Length);
        h.CopyTo(file, 8);
        var e = Assert.Throws<FormatException>(() => SafeTensors.Read(file));
        Assert.Contains(reason, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_header_length_beyond_the_file_is_rejected()
    {
        byte[] file = new byte[16];
        BinaryPrimitives.WriteUInt64LittleEndian(file, 1000);
        Assert.Contains("exceeds the 8 bytes that follow", Assert.Throws<FormatException>(() => SafeTensors.Read(file)).Message, StringComparison.Ordinal);
    }
}
