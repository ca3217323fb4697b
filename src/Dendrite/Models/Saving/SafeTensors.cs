// SafeTensors: Hugging Face's tensor file layout, readable by other tools (safetensors, numpy, candle):
//   [8 bytes] N, the header length, unsigned 64-bit little-endian
//   [N bytes] a UTF-8 JSON object:  { "__metadata__": {string: string},
//                                     "<name>": {"dtype": "F32", "shape": [d0, d1, …], "data_offsets": [begin, end]}, … }
//             padded with spaces so the data starts 8-byte aligned (as the reference writer does)
//   [rest]    the raw tensors, row-major, little-endian; offsets are relative to the start of this buffer
// The reader checks what the reference implementation checks: the header length fits the file, every
// tensor's byte count equals its shape × dtype size, and the tensors tile the data buffer exactly (no gaps,
// overlaps or trailing bytes). Only F32 and F64 (our dtypes) are read. JSON is written with Utf8JsonWriter
// and read with JsonDocument (no reflection), since tensor names are the header's keys.
using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Unicode;
using Dendrite.Tensors;

namespace Dendrite.Models.Saving;

/// <summary>Writes and reads tensors in the safetensors layout.</summary>
internal static partial class SafeTensors
{
    /// <summary>The largest header accepted (the reference implementation's limit).</summary>
    public const int MaxHeaderLength = 100_000_000;

    /// <summary>Parses a safetensors file: its tensors in data order and its metadata.</summary>
    /// <exception cref="FormatException">The bytes are not a well-formed safetensors file; the message says what is wrong.</exception>
    public static (List<KeyValuePair<string, Tensor>> Tensors, Dictionary<string, string> Metadata) Read(ReadOnlySpan<byte> file)
    {
        if (file.Length < 8)
        {
            throw new FormatException($"it has {file.Length} bytes, fewer than the 8-byte header length (truncated?)");
        }

        ulong headerLength = BinaryPrimitives.ReadUInt64LittleEndian(file);
        if (headerLength > MaxHeaderLength || headerLength > (ulong)(file.Length - 8))
        {
            throw new FormatException($"its header length {headerLength} exceeds the {file.Length - 8} bytes that follow (truncated or not safetensors)");
        }

        ReadOnlySpan<byte> data = file[(8 + (int)headerLength)..];
        var entries = new List<(string Name, DType DType, int[] Shape, long Begin, long End)>();
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!Utf8.IsValid(file.Slice(8, (int)headerLength)))
        {
            throw new FormatException("its header is not valid UTF-8");
        }

        try
        {
            using JsonDocument doc = JsonDocument.Parse(file.Slice(8, (int)headerLength).ToArray());
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new FormatException("its header is not a JSON object");
            }

            var names = new HashSet<string>(StringComparer.Ordinal);
            foreach (JsonProperty p in doc.RootElement.EnumerateObject())
            {
                if (!names.Add(p.Name))
                {
                    throw new FormatException($"its header names '{p.Name}' twice");
                }

                if (p.Name == "__metadata__")
                {
                    ReadMetadata(p.Value, metadata);
                }
                else
                {
                    entries.Add(ReadEntry(p.Name, p.Value, data.Length));
                }
            }
        }
        catch (JsonException e)
        {
            throw new FormatException($"its header is not valid JSON ({e.Message})", e);
        }

        long expected = 0;
        foreach (var e in entries.OrderBy(e => e.Begin).ThenBy(e => e.End))
        {
            if (e.Begin != expected)
            {
                throw new FormatException($"tensor '{e.Name}' starts at byte {e.Begin} of the data, expected {expected} (gap or overlap)");
            }

            expected = e.End;
        }

        if (expected != data.Length)
        {
            throw new FormatException($"its tensors cover {expected} bytes of data, but {data.Length} follow the header");
        }

        var tensors = new List<KeyValuePair<string, Tensor>>(entries.Count);
        foreach (var e in entries.OrderBy(e => e.Begin).ThenBy(e => e.End))
        {
            tensors.Add(new(e.Name, ReadData(e.DType, e.Shape, data[(int)e.Begin..(int)e.End])));
        }

        return (tensors, metadata);
    }

    private static void ReadMetadata(JsonElement value, Dictionary<string, string> metadata)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException("its __metadata__ is not an object");
        }

        foreach (JsonProperty m in value.EnumerateObject())
        {
            metadata[m.Name] = m.Value.ValueKind == JsonValueKind.String ? m.Value.GetString()! : throw new FormatException($"its __metadata__ value '{m.Name}' is not a string");
        }
    }

    private static (string, DType, int[], long, long) ReadEntry(string name, JsonElement value, int dataLength)
    {
        if (value.ValueKind != JsonValueKind.Object
            || !value.TryGetProperty("dtype", out JsonElement dtypeJson) || dtypeJson.ValueKind != JsonValueKind.String
            || !value.TryGetProperty("shape", out JsonElement shapeJson) || shapeJson.ValueKind != JsonValueKind.Array
            || !value.TryGetProperty("data_offsets", out JsonElement offsetsJson) || offsetsJson.ValueKind != JsonValueKind.Array || offsetsJson.GetArrayLength() != 2)
        {
            throw new FormatException($"tensor '{name}' needs dtype (string), shape (array) and data_offsets ([begin, end])");
        }

        DType dtype = dtypeJson.GetString() switch
        {
            "F32" => DType.Float32,
            "F64" => DType.Float64,
            var other => throw new FormatException($"tensor '{name}' has dtype '{other}'; Dendrite reads F32 and F64"),
        };
        int[] shape = shapeJson.EnumerateArray().Select(d => d.ValueKind == JsonValueKind.Number && d.TryGetInt32(out int v) && v >= 0 ? v
            : throw new FormatException($"tensor '{name}' has a shape dimension {d} that is not an integer >= 0")).ToArray();
        long elements = 1;
        foreach (int d in shape)
        {
            elements = elements * d > int.MaxValue ? throw new FormatException($"tensor '{name}' of shape [{string.Join(", ", shape)}] is too large") : elements * d;
        }

        long[] offsets = offsetsJson.EnumerateArray().Select(o => o.ValueKind == JsonValueKind.Number && o.TryGetInt64(out long v) && v >= 0 && v <= dataLength ? v
            : throw new FormatException($"tensor '{name}' has a data offset {o} outside the {dataLength} data bytes")).ToArray();
        if (offsets[1] - offsets[0] != elements * ElementSize(dtype))
        {
            throw new FormatException($"tensor '{name}' of shape [{string.Join(", ", shape)}] {dtypeJson.GetString()} needs {elements * ElementSize(dtype)} bytes, its data_offsets [{offsets[0]}, {offsets[1]}] span {offsets[1] - offsets[0]}");
        }

        return (name, dtype, shape, offsets[0], offsets[1]);
    }

    private static int ElementSize(DType dtype) => dtype == DType.Float32 ? sizeof(float) : sizeof(double);

    private static Tensor ReadData(DType dtype, int[] shape, ReadOnlySpan<byte> bytes)
    {
        if (dtype == DType.Float32)
        {
            float[] values = new float[bytes.Length / sizeof(float)];
            if (BitConverter.IsLittleEndian)
            {
                MemoryMarshal.Cast<byte, float>(bytes).CopyTo(values);
                return new Tensor(values, new Shape(shape));
            }

            for (int i = 0; i < values.Length; i++)
            {
                values[i] = BinaryPrimitives.ReadSingleLittleEndian(bytes[(i * sizeof(float))..]);
            }

            return new Tensor(values, new Shape(shape));
        }

        double[] doubles = new double[bytes.Length / sizeof(double)];
        for (int i = 0; i < doubles.Length; i++)
        {
            doubles[i] = BinaryPrimitives.ReadDoubleLittleEndian(bytes[(i * sizeof(double))..]);
        }

        return new Tensor(doubles, new Shape(shape));
    }
}
