// Select.Where: condition ≠ 0 picks a, else b, at every length across the vector/scalar boundary.
using Dendrite.Kernels;

namespace Dendrite.Tests.Kernels;

public class SelectTests
{
    [Fact]
    public void PicksByConditionAtEveryLength()
    {
        for (int n = 0; n <= 37; n++)
        {
            double[] c = new double[n], a = new double[n], b = new double[n], d = new double[n];
            for (int i = 0; i < n; i++)
            {
                c[i] = i % 3 == 0 ? 0.0 : i % 3 == 1 ? -2.5 : double.NaN;
                a[i] = i;
                b[i] = -i - 100;
            }

            Select.Where<double>(c, a, b, d);
            for (int i = 0; i < n; i++)
            {
                Assert.Equal(i % 3 == 0 ? -i - 100 : i, d[i]);
            }
        }
    }

    [Fact]
    public void NegativeZeroIsFalse()
    {
        float[] d = new float[1];
        Select.Where<float>([-0f], [1f], [2f], d);
        Assert.Equal(2f, d[0]);
    }
}
