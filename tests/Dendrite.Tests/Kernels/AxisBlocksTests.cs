// AxisBlocks: copies and adds rows along the middle axis of an (outer, n, inner) view.
using Dendrite.Kernels;

namespace Dendrite.Tests.Kernels;

public class AxisBlocksTests
{
    [Fact]
    public void CopiesRowsBetweenAxesOfDifferentLength()
    {
        // source (2, 3, 2): rows 1..2 of each outer block go to rows 0..1 of a (2, 4, 2) destination.
        double[] source = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
        double[] destination = new double[16];
        AxisBlocks.Copy<double>(source, 3, 1, destination, 4, 0, outer: 2, length: 2, inner: 2);
        Assert.Equal([2, 3, 4, 5, 0, 0, 0, 0, 8, 9, 10, 11, 0, 0, 0, 0], destination);
    }

    [Fact]
    public void AddsIntoExistingValues()
    {
        double[] source = [1, 2];
        double[] destination = [10, 20, 30, 40];
        AxisBlocks.Add<double>(source, 1, 0, destination, 2, 1, outer: 1, length: 1, inner: 2);
        AxisBlocks.Add<double>(source, 1, 0, destination, 2, 1, outer: 1, length: 1, inner: 2);
        Assert.Equal([10, 20, 32, 44], destination);
    }
}
