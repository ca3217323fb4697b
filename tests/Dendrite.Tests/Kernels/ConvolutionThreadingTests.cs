// The convolution and pooling passes split samples, lines and rows across Engine.Threads (ParallelRanges); each
// output element has one fixed computation and the bias sums use fixed sample groups, so 1, 2 and 3 threads must
// give bit-identical results. Sizes are above ParallelRanges.MinParallelWork so the splits really happen; the
// direct kernel (patch 27) and im2col + GEMM (patch 72) are both covered, with the fused ReLU backward.
using Dendrite.Kernels;
using Dendrite.Tensors;
using static Dendrite.Tests.Autodiff.Ops.OpTestHelpers;

namespace Dendrite.Tests.Kernels;

[Collection(EngineThreadsCollection.Name)]
public class ConvolutionThreadingTests
{
    [Theory]
    [InlineData(3)] // patch 3·3·3 = 27: the direct forward kernel
    [InlineData(8)] // patch 72: im2col + GEMM
    public void Convolution_passes_are_bit_identical_for_1_2_and_3_threads(int channels)
    {
        const int Batch = 10, Size = 12, Filters = 8;
        var g = new ConvGeometry(Size, Size, channels, 3, 3, 1, 1, 1, 1, 1, 1, Size, Size);
        float[] x = Random(21, Batch, Size, Size, channels).To(DType.Float32).ToArray();
        float[] w = Random(22, 3, 3, channels, Filters).To(DType.Float32).ToArray();
        float[] b = Random(23, Filters).To(DType.Float32).ToArray();
        float[] dy = Random(24, Batch, Size, Size, Filters).To(DType.Float32).ToArray();
        float[][] reference = Passes(1);
        Assert.Contains(reference[0], v => v == 0f);  // ReLU clipped some outputs
        Assert.Contains(reference[1], v => v == 0f);  // and masked their gradients
        foreach (int threads in new[] { 2, 3 })
        {
            float[][] results = Passes(threads);
            for (int i = 0; i < reference.Length; i++)
            {
                Assert.Equal(reference[i], results[i]);
            }
        }

        float[][] Passes(int threads)
        {
            using (new EngineThreadsScope(threads))
            {
                float[] y = new float[dy.Length], dz = new float[dy.Length], dx = new float[x.Length], dw = new float[w.Length], db = new float[Filters];
                Convolution.Forward<float>(g, Batch, x, w, Filters, b, y, DenseActivation.Relu);
                Convolution.Backward<float>(g, Batch, x, w, Filters, y, dy, DenseActivation.Relu, dz, dx, dw, db);
                return [y, dz, dx, dw, db];
            }
        }
    }

    [Fact]
    public void Pooling_passes_are_bit_identical_for_1_2_and_3_threads()
    {
        const int Batch = 8, Size = 24, Channels = 12;
        var g = new ConvGeometry(Size, Size, Channels, 3, 3, 2, 2, 1, 1, 1, 1, Size / 2, Size / 2); // overlapping 3×3 windows, stride 2, 'same'
        float[] x = Random(31, Batch, Size, Size, Channels).To(DType.Float32).ToArray();
        float[] dy = Random(32, Batch, Size / 2, Size / 2, Channels).To(DType.Float32).ToArray();
        float[][] reference = Passes(1);
        foreach (int threads in new[] { 2, 3 })
        {
            float[][] results = Passes(threads);
            for (int i = 0; i < reference.Length; i++)
            {
                Assert.Equal(reference[i], results[i]);
            }
        }

        float[][] Passes(int threads)
        {
            using (new EngineThreadsScope(threads))
            {
                float[] max = new float[dy.Length], average = new float[dy.Length], dMax = new float[x.Length], dAverage = new float[x.Length];
                Pooling.MaxForward<float>(g, Batch, x, max);
                Pooling.MaxBackward<float>(g, Batch, x, max, dy, dMax);
                Pooling.AverageForward<float>(g, Batch, x, average);
                Pooling.AverageBackward<float>(g, Batch, dy, dAverage);
                return [max, dMax, average, dAverage];
            }
        }
    }
}
