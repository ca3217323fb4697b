// TFRecord framing (tensorflow/core/lib/io/record_writer.cc), the container of event files. Each record is
//   uint64 length              little-endian
//   uint32 masked_crc32c(length bytes)
//   byte   data[length]
//   uint32 masked_crc32c(data)
// A record is framed whole in memory and written in one call, so a crash leaves at most a truncated last
// record; the reader reports it (with its offset) instead of misreading it.
using System.Buffers.Binary;

namespace Dendrite.TensorBoard;

/// <summary>Writes and reads TFRecord framing: length, masked CRC-32C of the length, data, masked CRC-32C of the data.</summary>
internal static class TfRecord
{
    /// <summary>Bytes of framing around the data: 8 + 4 before, 4 after.</summary>
    public const int Overhead = 16;

    /// <summary>Appends one framed record holding <paramref name="data"/> to <paramref name="output"/>.</summary>
    public static void Write(Stream output, ReadOnlySpan<byte> data)
    {
        Span<byte> header = stackalloc byte[12];
        BinaryPrimitives.WriteUInt64LittleEndian(header, (ulong)data.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(header[8..], Crc32C.Masked(header[..8]));
        Span<byte> footer = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(footer, Crc32C.Masked(data));
        output.Write(header);
        output.Write(data);
        output.Write(footer);
    }

    /// <summary>The data of every record in <paramref name="bytes"/>, checking both CRCs of each.</summary>
    /// <param name="bytes">A whole TFRecord file.</param>
    /// <param name="source">The file's name, for error messages.</param>
    /// <exception cref="InvalidDataException">A record is truncated or a CRC does not match; the message gives the offset.</exception>
    public static IEnumerable<ReadOnlyMemory<byte>> Read(ReadOnlyMemory<byte> bytes, string source)
    {
        int offset = 0;
        while (offset < bytes.Length)
        {
            int length = CheckRecord(bytes.Span[offset..], offset, source);
            yield return bytes.Slice(offset + 12, length);
            offset += Overhead + length;
        }
    }

    /// <summary>Checks the record at the start of <paramref name="rest"/> and returns its data length.</summary>
    private static int CheckRecord(ReadOnlySpan<byte> rest, int offset, string source)
    {
        if (rest.Length < 12)
        {
            throw new InvalidDataException($"TFRecord '{source}': truncated record header at offset {offset}: {rest.Length} bytes left, expected 12.");
        }

        ulong length = BinaryPrimitives.ReadUInt64LittleEndian(rest);
        uint lengthCrc = BinaryPrimitives.ReadUInt32LittleEndian(rest[8..]);
        uint expected = Crc32C.Masked(rest[..8]);
        if (lengthCrc != expected)
        {
            throw new InvalidDataException($"TFRecord '{source}': the length CRC of the record at offset {offset} is 0x{lengthCrc:X8}, expected 0x{expected:X8}.");
        }

        if (length > (ulong)Math.Max(0, rest.Length - Overhead))
        {
            throw new InvalidDataException($"TFRecord '{source}': the record at offset {offset} declares {length} bytes of data, but only {Math.Max(0, rest.Length - Overhead)} remain.");
        }

        int n = (int)length;
        ReadOnlySpan<byte> data = rest.Slice(12, n);
        uint dataCrc = BinaryPrimitives.ReadUInt32LittleEndian(rest[(12 + n)..]);
        expected = Crc32C.Masked(data);
        if (dataCrc != expected)
        {
            throw new InvalidDataException($"TFRecord '{source}': the data CRC of the record at offset {offset} is 0x{dataCrc:X8}, expected 0x{expected:X8}.");
        }

        return n;
    }
}
