// Tensor conversion to .NET arrays and numpy-like text.
using System.Globalization;
using System.Text;

namespace Dendrite.Tensors;

public sealed partial class Tensor
{
    private const int ElideThreshold = 1000;
    private const int EdgeItems = 3;

    /// <summary>A copy of the elements as a flat float array, row-major.</summary>
    public float[] ToArray()
    {
        var a = new float[Size];
        for (int i = 0; i < Size; i++)
        {
            a[i] = (float)GetFlat(i);
        }

        return a;
    }

    /// <summary>A copy of the elements as a flat double array, row-major.</summary>
    public double[] ToDoubleArray()
    {
        var a = new double[Size];
        for (int i = 0; i < Size; i++)
        {
            a[i] = GetFlat(i);
        }

        return a;
    }

    /// <summary>A copy of a rank-2 tensor as a 2-D array.</summary>
    /// <exception cref="InvalidOperationException">The tensor is not rank 2.</exception>
    public float[,] ToArray2D()
    {
        if (Rank != 2)
        {
            throw new InvalidOperationException($"ToArray2D() needs a rank-2 tensor; this one has shape {Shape}.");
        }

        var a = new float[Shape[0], Shape[1]];
        for (int r = 0; r < Shape[0]; r++)
        {
            for (int c = 0; c < Shape[1]; c++)
            {
                a[r, c] = (float)GetFlat((r * Shape[1]) + c);
            }
        }

        return a;
    }

    /// <summary>numpy-like text, e.g. <c>[[1, 2], [3, 4]]</c>, with the middle elided (<c>...</c>) for more than 1000 elements.</summary>
    public override string ToString()
    {
        var sb = new StringBuilder();
        bool elide = Size > ElideThreshold;
        Append(sb, 0, 0, elide);
        sb.Append(", shape=").Append(Shape.ToString());
        if (DType == DType.Float64)
        {
            sb.Append(", dtype=float64");
        }

        return sb.ToString();
    }

    private void Append(StringBuilder sb, int axis, int offset, bool elide)
    {
        if (Rank == 0)
        {
            sb.Append(FormatNumber(GetFlat(0)));
            return;
        }

        int n = Shape[axis];
        int stride = 1;
        for (int a = axis + 1; a < Rank; a++)
        {
            stride *= Shape[a];
        }

        sb.Append('[');
        for (int i = 0; i < n; i++)
        {
            if (elide && n > 2 * EdgeItems && i == EdgeItems)
            {
                sb.Append(axis == Rank - 1 ? "..., " : "...,\n" + new string(' ', axis + 1));
                i = n - EdgeItems - 1;
                continue;
            }

            if (axis == Rank - 1)
            {
                sb.Append(FormatNumber(GetFlat(offset + i)));
            }
            else
            {
                Append(sb, axis + 1, offset + (i * stride), elide);
            }

            if (i < n - 1)
            {
                sb.Append(axis == Rank - 1 ? ", " : ",\n" + new string(' ', axis + 1));
            }
        }

        sb.Append(']');
    }

    private static string FormatNumber(double v) => v.ToString("G6", CultureInfo.InvariantCulture);
}
