// CRC-32C against the published vectors of RFC 3720 (iSCSI), appendix B.4, and the masked CRC against bytes of a
// real TensorFlow event file (Data/README.md): its first record's length 24 is stored with masked CRC a3 7f 4b 22.
using Dendrite.TensorBoard;

namespace Dendrite.Tests.TensorBoard;

public sealed class Crc32CTests
{
    [Fact]
    public void Matches_the_RFC_3720_test_vectors()
    {
        Assert.Equal(0x8A9136AAu, Crc32C.Compute(new byte[32]));                                   // 32 bytes of zeros
        Assert.Equal(0x62A8AB43u, Crc32C.Compute(Enumerable.Repeat((byte)0xFF, 32).ToArray()));    // 32 bytes of 0xFF
        Assert.Equal(0x46DD794Eu, Crc32C.Compute(Enumerable.Range(0, 32).Select(i => (byte)i).ToArray()));       // 0, 1, …, 31
        Assert.Equal(0x113FDB5Cu, Crc32C.Compute(Enumerable.Range(0, 32).Select(i => (byte)(31 - i)).ToArray())); // 31, 30, …, 0
    }

    [Fact]
    public void Is_not_the_IEEE_CRC_32()
    {
        // "123456789": CRC-32C check value 0xE3069283; the IEEE CRC-32's is 0xCBF43926 (the Rocksoft catalogue's check values).
        Assert.Equal(0xE3069283u, Crc32C.Compute("123456789"u8));
        Assert.Equal(0u, Crc32C.Compute([]));
    }

    [Fact]
    public void Mask_rotates_right_by_15_and_adds_the_TFRecord_delta()
    {
        Assert.Equal(0xA282EAD8u, Crc32C.Mask(0));
        Assert.Equal(0xA282EAD8u + 0x00020000u, Crc32C.Mask(1));          // 1 rotated right by 15 = 1 << 17
        Assert.Equal(0x224B7FA3u, Crc32C.Masked(BitConverter.GetBytes(24UL))); // the real file's first length CRC
    }
}
