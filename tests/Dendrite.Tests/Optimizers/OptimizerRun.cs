using Dendrite.Autodiff;
using Dendrite.Optimizers;
using Dendrite.Tensors;

namespace Dendrite.Tests.Optimizers;

// Shared fixture: a two-element variable w₀ = [1, −2] and three gradient steps
//   g₁ = [0.5, −1.0],  g₂ = [0.2, 0.4],  g₃ = [−0.3, 0.1].
internal static class OptimizerRun
{
    public static readonly double[] W0 = [1.0, -2.0];

    public static readonly double[][] Gradients = [[0.5, -1.0], [0.2, 0.4], [-0.3, 0.1]];

    /// <summary>Applies the three gradients and returns w after each step.</summary>
    public static double[][] Steps(Optimizer optimizer, DType dtype = DType.Float64)
    {
        var w = new Variable("w", new Tensor((double[])W0.Clone(), new Shape(2)).To(dtype));
        var result = new double[Gradients.Length][];
        for (int s = 0; s < Gradients.Length; s++)
        {
            optimizer.Apply([w], [new Tensor((double[])Gradients[s].Clone(), new Shape(2)).To(dtype)]);
            result[s] = w.Value.ToDoubleArray();
        }

        Assert.Equal(Gradients.Length, optimizer.Iterations);
        return result;
    }

    public static void AssertSteps(double[,] expected, double[][] actual, int precision = 12)
    {
        for (int s = 0; s < actual.Length; s++)
        {
            for (int i = 0; i < 2; i++)
            {
                Assert.Equal(expected[s, i], actual[s][i], precision);
            }
        }
    }

    /// <summary>The float32 run agrees with the float64 run to float precision.</summary>
    public static void AssertFloat32Agrees(Func<Optimizer> create)
    {
        double[][] d = Steps(create());
        double[][] f = Steps(create(), DType.Float32);
        for (int s = 0; s < d.Length; s++)
        {
            for (int i = 0; i < 2; i++)
            {
                Assert.Equal(d[s][i], f[s][i], 5);
            }
        }
    }
}
