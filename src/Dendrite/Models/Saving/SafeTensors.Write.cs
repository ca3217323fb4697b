// SafeTensors, writing: the header (Utf8JsonWriter, tensors in the given order, contiguous offsets), padded
// with spaces to 8 bytes, then each tensor's float32 / float64 values little-endian.
using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Text.Json;
using Dendrite.Tensors;

namespace Dendrite.Models.Saving;

internal static partial class SafeTensors
{
    /// <summary>The file bytes for <paramref name="tensors"/>, in the given order, with string <paramref name="metadata"/>.</summary>
    public static byte[] Write(IReadOnlyList<KeyValuePair<string, Tensor>> tensors, IReadOnlyDictionary<string, string>? metadata = null)
    {
        var header = new MemoryStream();
        long offset = 0;
        using (var json = new Utf8JsonWriter(header))
        {
            json.WriteStartObject();
            if (metadata is { Count: > 0 })
            {
                json.WriteStartObject("__metadata__");
                foreach (var (key, value) in metadata)
                {
                    json.WriteString(key, value);
                }

                json.WriteEndObject();
            }

            foreach (var (name, tensor) in tensors)
            {
                long bytes = (long)tensor.Size * ElementSize(tensor.DType);
                json.WriteStartObject(name);
                json.WriteString("dtype", tensor.DType == DType.Float32 ? "F32" : "F64");
                json.WriteStartArray("shape");
                foreach (int d in tensor.Shape.Dims)
                {
                    json.WriteNumberValue(d);
                }

                json.WriteEndArray();
                json.WriteStartArray("data_offsets");
                json.WriteNumberValue(offset);
                json.WriteNumberValue(offset + bytes);
                json.WriteEndArray();
                json.WriteEndObject();
                offset += bytes;
            }

            json.WriteEndObject();
        }

        int headerLength = (int)((header.Length + 7) / 8 * 8);
        byte[] file = new byte[8 + headerLength + offset];
        BinaryPrimitives.WriteUInt64LittleEndian(file, (ulong)headerLength);
        header.GetBuffer().AsSpan(0, (int)header.Length).CopyTo(file.AsSpan(8));
        file.AsSpan(8 + (int)header.Length, headerLength - (int)header.Length).Fill((byte)' ');
        Span<byte> data = file.AsSpan(8 + headerLength);
        foreach (var (_, tensor) in tensors)
        {
            data = data[WriteData(tensor, data)..];
        }

        return file;
    }

    private static int WriteData(Tensor tensor, Span<byte> destination)
    {
        if (tensor.DType == DType.Float32)
        {
            Span<float> values = tensor.AsSpan();
            for (int i = 0; !BitConverter.IsLittleEndian && i < values.Length; i++)
            {
                BinaryPrimitives.WriteSingleLittleEndian(destination[(i * sizeof(float))..], values[i]);
            }

            if (BitConverter.IsLittleEndian)
            {
                MemoryMarshal.AsBytes(values).CopyTo(destination);
            }

            return values.Length * sizeof(float);
        }

        Span<double> doubles = tensor.AsDoubleSpan();
        for (int i = 0; i < doubles.Length; i++)
        {
            BinaryPrimitives.WriteDoubleLittleEndian(destination[(i * sizeof(double))..], doubles[i]);
        }

        return doubles.Length * sizeof(double);
    }
}
