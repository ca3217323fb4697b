// Shared pieces of the TensorFlow.js tests: seeded inputs, the little-endian float32 files the Node scripts
// read and write, and the comparison (largest absolute difference).
using System.Buffers.Binary;
using Dendrite.Models;
using Dendrite.Tensors;

namespace Dendrite.Tests.Models.Interop;

internal static class TfjsTestData
{
    /// <summary>The rows every comparison predicts on (the issue asks for at least 1,000).</summary>
    public const int Rows = 1024;

    /// <summary>Uniform values in [-2, 2) of the given shape, from a fixed seed.</summary>
    public static Tensor Uniform(Shape shape, ulong seed)
    {
        var random = new RandomGenerator(seed);
        var values = new float[shape.Size];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = (float)(random.NextDouble() * 4 - 2);
        }

        return new Tensor(values, shape);
    }

    /// <summary>One batch of <see cref="Rows"/> rows for each input of <paramref name="model"/>.</summary>
    public static List<Tensor> Inputs(Model model, ulong seed) =>
        [.. model.InputShapes.Select((s, i) => Uniform(s.With(0, Rows), seed + (ulong)i))];

    public static void Write(string path, Tensor tensor)
    {
        float[] values = tensor.ToArray();
        var bytes = new byte[values.Length * sizeof(float)];
        for (int i = 0; i < values.Length; i++)
        {
            BinaryPrimitives.WriteSingleLittleEndian(bytes.AsSpan(i * sizeof(float)), values[i]);
        }

        File.WriteAllBytes(path, bytes);
    }

    public static float[] Read(string path)
    {
        byte[] bytes = File.ReadAllBytes(path);
        var values = new float[bytes.Length / sizeof(float)];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = BinaryPrimitives.ReadSingleLittleEndian(bytes.AsSpan(i * sizeof(float)));
        }

        return values;
    }

    /// <summary>max |expected − actual| over equal-length arrays (fails on a length difference).</summary>
    public static double MaxAbsDifference(float[] expected, float[] actual)
    {
        Assert.Equal(expected.Length, actual.Length);
        double max = 0;
        for (int i = 0; i < expected.Length; i++)
        {
            Assert.False(float.IsNaN(expected[i]) || float.IsNaN(actual[i]), $"NaN at {i}");
            max = Math.Max(max, Math.Abs((double)expected[i] - actual[i]));
        }

        return max;
    }
}
