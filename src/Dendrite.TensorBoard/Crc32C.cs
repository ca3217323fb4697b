// CRC-32C (Castagnoli, reflected polynomial 0x82F63B78), the checksum of TFRecord framing; RFC 3720 B.4 lists
// test vectors (32 zero bytes → 0x8A9136AA). System.IO.Hashing's Crc32 is the IEEE polynomial, so it does not
// fit; BitOperations.Crc32C is Castagnoli (SSE4.2 / ARM CRC32 instructions, with a table fallback).
//   crc = ~0;  crc = crc32c_step(crc, byte) for each byte;  result = ~crc
// TFRecord stores it masked, so that a CRC of data that itself holds CRCs stays well distributed
// (tensorflow/core/lib/hash/crc32c.h):
//   masked = ((crc >> 15) | (crc << 17)) + 0xA282EAD8      (32-bit rotate right by 15, then add, modulo 2³²)
using System.Buffers.Binary;
using System.Numerics;

namespace Dendrite.TensorBoard;

/// <summary>CRC-32C (Castagnoli) and TFRecord's masked form of it.</summary>
internal static class Crc32C
{
    private const uint MaskDelta = 0xA282EAD8;

    /// <summary>The CRC-32C of <paramref name="data"/>.</summary>
    public static uint Compute(ReadOnlySpan<byte> data)
    {
        uint crc = uint.MaxValue;
        while (data.Length >= sizeof(ulong))
        {
            crc = BitOperations.Crc32C(crc, BinaryPrimitives.ReadUInt64LittleEndian(data));
            data = data[sizeof(ulong)..];
        }

        foreach (byte b in data)
        {
            crc = BitOperations.Crc32C(crc, b);
        }

        return ~crc;
    }

    /// <summary>TFRecord's masked CRC: rotate right by 15 bits, then add 0xA282EAD8.</summary>
    public static uint Mask(uint crc) => unchecked(BitOperations.RotateRight(crc, 15) + MaskDelta);

    /// <summary>The masked CRC-32C of <paramref name="data"/>, as stored in a TFRecord.</summary>
    public static uint Masked(ReadOnlySpan<byte> data) => Mask(Compute(data));
}
