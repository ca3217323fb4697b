// Equal-width histograms as HistogramProto, checked by hand: bucket i counts (limit[i-1], limit[i]].
using Dendrite.TensorBoard;
using Dendrite.TensorBoard.Protos;

namespace Dendrite.Tests.TensorBoard;

public sealed class HistogramTests
{
    [Fact]
    public void Values_fall_into_equal_width_buckets_between_min_and_max()
    {
        // min 0, max 4, 4 buckets of width 1: limits 1, 2, 3, 4; 0 and 0.5 → bucket 0, 1.5 → 1, 4 → 3 (the last).
        HistogramProto h = Histogram.Compute([0f, 0.5f, 1.5f, 4f], buckets: 4);
        Assert.Equal([1.0, 2.0, 3.0, 4.0], h.BucketLimit);
        Assert.Equal([2.0, 1.0, 0.0, 1.0], h.Bucket);
        Assert.Equal((0.0, 4.0, 4.0, 6.0, 18.5), (h.Min, h.Max, h.Num, h.Sum, h.SumSquares)); // 0 + 0.25 + 2.25 + 16
    }

    [Fact]
    public void Equal_values_make_one_bucket_and_non_finite_values_are_left_out()
    {
        HistogramProto h = Histogram.Compute([2f, float.NaN, 2f, float.PositiveInfinity]);
        Assert.Equal([2.0], h.BucketLimit);
        Assert.Equal([2.0], h.Bucket);
        Assert.Equal((2.0, 2.0, 2.0), (h.Min, h.Max, h.Num));
        Assert.Empty(Histogram.Compute([]).Bucket);
    }

    [Fact]
    public void The_default_is_thirty_buckets_holding_every_value()
    {
        float[] values = [.. TestData.Normal(3, 1000).ToArray()];
        HistogramProto h = Histogram.Compute(values);
        Assert.Equal(30, h.Bucket.Count);
        Assert.Equal(1000.0, h.Bucket.Sum());
        Assert.Equal(values.Max(), h.BucketLimit[^1], 6);
    }
}
