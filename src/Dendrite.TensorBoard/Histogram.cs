// Histogram: values → HistogramProto with equal-width buckets over [min, max], TensorFlow 2's tf.summary.histogram
// default of 30 buckets. HistogramProto's bucket i counts values in (bucket_limit[i-1], bucket_limit[i]], bucket 0
// from −DBL_MAX (tensorboard/compat/proto/histogram.proto), so limit i is min + (i+1)·width and the last limit is
// max itself; a value v goes to bucket min(⌊(v − min) / width⌋, k − 1), which puts min in bucket 0 and max in the
// last (a value exactly on an inner limit goes to the bucket above it, as TensorFlow 2's histogram, whose buckets
// are [left, right) but for the last). All values equal: one bucket [v, v]. Non-finite values (NaN, ±∞) are left
// out of every field.
using Dendrite.TensorBoard.Protos;

namespace Dendrite.TensorBoard;

/// <summary>Equal-width histograms as TensorBoard's <c>HistogramProto</c>.</summary>
internal static class Histogram
{
    /// <summary>TensorFlow 2's default bucket count.</summary>
    public const int DefaultBuckets = 30;

    /// <summary>The histogram of the finite values of <paramref name="values"/> in <paramref name="buckets"/> buckets.</summary>
    public static HistogramProto Compute(ReadOnlySpan<float> values, int buckets = DefaultBuckets)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(buckets, 1);
        double min = double.PositiveInfinity, max = double.NegativeInfinity, sum = 0, sumSquares = 0;
        int n = 0;
        foreach (float f in values)
        {
            if (float.IsFinite(f))
            {
                min = Math.Min(min, f);
                max = Math.Max(max, f);
                sum += f;
                sumSquares += (double)f * f;
                n++;
            }
        }

        var histogram = new HistogramProto { Num = n, Sum = sum, SumSquares = sumSquares };
        if (n == 0)
        {
            return histogram;
        }

        histogram.Min = min;
        histogram.Max = max;
        if (min == max)
        {
            histogram.BucketLimit.Add(max);
            histogram.Bucket.Add(n);
            return histogram;
        }

        double width = (max - min) / buckets;
        var counts = new double[buckets];
        foreach (float f in values)
        {
            if (float.IsFinite(f))
            {
                counts[Math.Min((int)((f - min) / width), buckets - 1)]++;
            }
        }

        for (int i = 0; i < buckets; i++)
        {
            histogram.BucketLimit.Add(i == buckets - 1 ? max : min + ((i + 1) * width));
        }

        histogram.Bucket.Add(counts);
        return histogram;
    }
}
