using Dendrite.Tensors;

namespace Dendrite.Tests.Nn.Losses;

internal static class LossTestData
{
    /// <summary>A float64 matrix.</summary>
    public static Tensor D(double[,] values)
    {
        var flat = new double[values.Length];
        int i = 0;
        foreach (double v in values)
        {
            flat[i++] = v;
        }

        return new Tensor(flat, new Shape(values.GetLength(0), values.GetLength(1)));
    }

    /// <summary>A float64 vector.</summary>
    public static Tensor D(params double[] values) => new(values, new Shape(values.Length));

    public static double Sigmoid(double z) => 1 / (1 + Math.Exp(-z));
}
