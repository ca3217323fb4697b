// Charts.EmptiestCorner: the learning-curve legends go to the corner the curves leave empty.
using Dendrite.Plots;
using ScottPlot;

namespace Dendrite.Tests.Plots;

public class LegendCornerTests
{
    private static (double[] Xs, double[] Ys) Line(params double[] ys) => ([.. Enumerable.Range(1, ys.Length).Select(e => (double)e)], ys);

    [Fact]
    public void A_falling_loss_leaves_the_upper_right_corner()
    {
        Assert.Equal(Alignment.UpperRight, Charts.EmptiestCorner([Line(0.9, 0.6, 0.45, 0.4, 0.38, 0.37, 0.36, 0.36), Line(0.8, 0.55, 0.47, 0.45, 0.44, 0.44, 0.45, 0.45)]));
    }

    [Fact]
    public void A_rising_accuracy_leaves_the_lower_right_corner()
    {
        Assert.Equal(Alignment.LowerRight, Charts.EmptiestCorner([Line(0.6, 0.7, 0.76, 0.79, 0.8, 0.81, 0.82, 0.82)]));
    }

    [Fact]
    public void A_learning_rate_flat_then_dropping_leaves_the_lower_left_corner()
    {
        // ReduceLROnPlateau's schedule in examples/LoanDefault: 0.001 for 24 epochs, halved twice at the end. The old rule
        // (top right for anything falling) put the legend over the flat part of the line.
        double[] rate = [.. Enumerable.Repeat(0.001, 24), .. Enumerable.Repeat(0.0005, 5), .. Enumerable.Repeat(0.00025, 5)];
        Assert.Equal(Alignment.LowerLeft, Charts.EmptiestCorner([Line(rate)]));
    }

    [Fact]
    public void A_segment_crossing_a_corner_counts_there()
    {
        // Points (1, 0), (2, 0), (3, 1): none lies in the lower right corner, but the last segment cuts through it, so the
        // legend goes to the upper left, the one corner the line never enters.
        Assert.Equal(Alignment.UpperLeft, Charts.EmptiestCorner([Line(0, 0, 1)]));
    }
}
