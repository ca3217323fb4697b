// TFRecord framing: our records round-trip, have the documented layout, and damage is reported with its offset.
using System.Buffers.Binary;
using Dendrite.TensorBoard;

namespace Dendrite.Tests.TensorBoard;

public sealed class TfRecordTests
{
    private static byte[] Framed(params byte[][] records)
    {
        var stream = new MemoryStream();
        foreach (byte[] r in records)
        {
            TfRecord.Write(stream, r);
        }

        return stream.ToArray();
    }

    [Fact]
    public void A_record_is_length_crc_data_crc()
    {
        byte[] data = "hello"u8.ToArray();
        byte[] file = Framed(data);
        Assert.Equal(TfRecord.Overhead + data.Length, file.Length);
        Assert.Equal(5UL, BinaryPrimitives.ReadUInt64LittleEndian(file));
        Assert.Equal(Crc32C.Masked(file.AsSpan(0, 8)), BinaryPrimitives.ReadUInt32LittleEndian(file.AsSpan(8)));
        Assert.Equal(data, file[12..17]);
        Assert.Equal(Crc32C.Masked(data), BinaryPrimitives.ReadUInt32LittleEndian(file.AsSpan(17)));
    }

    [Fact]
    public void Records_round_trip_in_order()
    {
        byte[][] records = [[], [1], [.. Enumerable.Range(0, 300).Select(i => (byte)i)]];
        var read = TfRecord.Read(Framed(records), "mem").Select(m => m.ToArray()).ToList();
        Assert.Equal(records, read);
    }

    [Fact]
    public void A_flipped_data_byte_fails_the_data_crc()
    {
        byte[] file = Framed([1, 2, 3], [4, 5, 6]);
        file[TfRecord.Overhead + 3 + 12] ^= 0x10; // first data byte of the second record, at offset 19
        var e = Assert.Throws<InvalidDataException>(() => TfRecord.Read(file, "f.tfevents").ToList());
        Assert.Equal("TFRecord 'f.tfevents': the data CRC of the record at offset 19 is 0x" + BinaryPrimitives.ReadUInt32LittleEndian(file.AsSpan(34)).ToString("X8") + ", expected 0x" + Crc32C.Masked([0x14, 5, 6]).ToString("X8") + ".", e.Message);
    }

    [Fact]
    public void A_damaged_length_or_a_truncated_file_is_reported()
    {
        byte[] file = Framed([1, 2, 3]);
        byte[] badLength = (byte[])file.Clone();
        badLength[0] = 4;
        Assert.Contains("the length CRC of the record at offset 0", Assert.Throws<InvalidDataException>(() => TfRecord.Read(badLength, "f").ToList()).Message);
        Assert.Contains("declares 3 bytes of data, but only 2 remain", Assert.Throws<InvalidDataException>(() => TfRecord.Read(file[..^1], "f").ToList()).Message);
        Assert.Contains("truncated record header at offset 0: 5 bytes left", Assert.Throws<InvalidDataException>(() => TfRecord.Read(file[..5], "f").ToList()).Message);
    }
}
