// Tensor creation: zeros, ones, constants, copies from .NET arrays, class labels, implicit conversions.
namespace Dendrite.Tensors;

public sealed partial class Tensor
{
    /// <summary>A float32 tensor of zeros.</summary>
    /// <param name="shape">The shape.</param>
    public static Tensor Zeros(Shape shape) => Zeros(shape, DType.Float32);

    /// <summary>A tensor of zeros of the given element type.</summary>
    /// <param name="shape">The shape.</param>
    /// <param name="dtype">The element type.</param>
    public static Tensor Zeros(Shape shape, DType dtype)
    {
        int size = CheckSize(shape, shape.Size).Size;
        return dtype == DType.Float32 ? new Tensor(new float[size], null, 0, shape) : new Tensor(null, new double[size], 0, shape);
    }

    /// <summary>A tensor whose elements are not initialised (the caller overwrites every one): skips the zero fill of large arrays.</summary>
    internal static Tensor Uninitialized(Shape shape, DType dtype)
    {
        int size = CheckSize(shape, shape.Size).Size;
        return dtype == DType.Float32
            ? new Tensor(GC.AllocateUninitializedArray<float>(size), null, 0, shape)
            : new Tensor(null, GC.AllocateUninitializedArray<double>(size), 0, shape);
    }

    /// <summary>A tensor of zeros with the shape and element type of <paramref name="like"/>.</summary>
    /// <param name="like">The tensor whose shape and dtype are copied.</param>
    public static Tensor ZerosLike(Tensor like) => Zeros(like.Shape, like.DType);

    /// <summary>A float32 tensor of ones.</summary>
    /// <param name="shape">The shape.</param>
    public static Tensor Ones(Shape shape) => Full(shape, 1.0);

    /// <summary>A tensor whose every element is <paramref name="value"/>.</summary>
    /// <param name="shape">The shape.</param>
    /// <param name="value">The value.</param>
    /// <param name="dtype">The element type; default float32.</param>
    public static Tensor Full(Shape shape, double value, DType dtype = DType.Float32)
    {
        Tensor t = Zeros(shape, dtype);
        if (dtype == DType.Float32)
        {
            t.AsSpan().Fill((float)value);
        }
        else
        {
            t.AsDoubleSpan().Fill(value);
        }

        return t;
    }

    /// <summary>A rank-0 tensor holding <paramref name="value"/>.</summary>
    /// <param name="value">The value.</param>
    /// <param name="dtype">The element type; default float32.</param>
    public static Tensor Scalar(double value, DType dtype = DType.Float32) => Full(Shape.Scalar, value, dtype);

    /// <summary>A float32 matrix copied from a 2-D array.</summary>
    /// <param name="data">Rows × columns.</param>
    public Tensor(float[,] data)
        : this(Flatten(data), new Shape(data.GetLength(0), data.GetLength(1)))
    {
    }

    /// <summary>A rank-3 float32 tensor copied from a 3-D array.</summary>
    /// <param name="data">The array, outermost dimension first.</param>
    public Tensor(float[,,] data)
        : this(Flatten(data), new Shape(data.GetLength(0), data.GetLength(1), data.GetLength(2)))
    {
    }

    /// <summary>A rank-4 float32 tensor copied from a 4-D array.</summary>
    /// <param name="data">The array, outermost dimension first (for images: batch, height, width, channels).</param>
    public Tensor(float[,,,] data)
        : this(Flatten(data), new Shape(data.GetLength(0), data.GetLength(1), data.GetLength(2), data.GetLength(3)))
    {
    }

    /// <summary>A float32 matrix copied from a jagged array whose rows all have the same length.</summary>
    /// <param name="rows">The rows.</param>
    /// <exception cref="ArgumentException">The rows have different lengths.</exception>
    public Tensor(float[][] rows)
        : this(FlattenJagged(rows), new Shape(rows.Length, rows.Length == 0 ? 0 : rows[0].Length))
    {
    }

    /// <summary>A rank-1 float32 tensor of class labels (0, 1, 2, …), as sparse targets for classification.</summary>
    /// <param name="labels">The class index of each sample.</param>
    public static Tensor FromLabels(ReadOnlySpan<int> labels)
    {
        var data = new float[labels.Length];
        for (int i = 0; i < labels.Length; i++)
        {
            data[i] = labels[i];
        }

        return new Tensor(data, new Shape(labels.Length));
    }

    /// <summary>Copies a 2-D array into a float32 matrix, so <c>model.Fit(x, y)</c> takes plain arrays.</summary>
    /// <param name="data">Rows × columns.</param>
    public static implicit operator Tensor(float[,] data) => new(data);

    /// <summary>Copies class labels into a rank-1 tensor, so <c>model.Fit(x, labels)</c> takes an <c>int[]</c>.</summary>
    /// <param name="labels">The class index of each sample.</param>
    public static implicit operator Tensor(int[] labels) => FromLabels(labels);

    /// <summary>Copies a 1-D array into a rank-1 float32 tensor.</summary>
    /// <param name="data">The elements.</param>
    public static implicit operator Tensor(float[] data) => new((ReadOnlySpan<float>)data);

    private static float[] Flatten(Array data)
    {
        var flat = new float[data.Length];
        int i = 0;
        foreach (float v in data)
        {
            flat[i++] = v;
        }

        return flat;
    }

    private static float[] FlattenJagged(float[][] rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        int cols = rows.Length == 0 ? 0 : rows[0].Length;
        var flat = new float[rows.Length * cols];
        for (int r = 0; r < rows.Length; r++)
        {
            if (rows[r].Length != cols)
            {
                throw new ArgumentException($"Row {r} has {rows[r].Length} values but row 0 has {cols}; all rows need the same length.", nameof(rows));
            }

            rows[r].CopyTo(flat, r * cols);
        }

        return flat;
    }
}
