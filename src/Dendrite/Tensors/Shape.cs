// Shape: the dimensions of a tensor, outermost first (row-major).
// A dimension of -1 is unknown ("None" in Keras), used only for the batch axis of symbolic shapes
// such as a layer's input shape before data arrives.
using System.Runtime.CompilerServices;

namespace Dendrite.Tensors;

/// <summary>The dimensions of a tensor, outermost first; immutable.</summary>
/// <remarks>Rank 0 is a scalar with size 1. A dimension of <c>-1</c> means unknown (Keras' <c>None</c>). Write one as <c>[32, 10]</c>.</remarks>
[CollectionBuilder(typeof(Shape), nameof(Create))]
public readonly struct Shape : IEquatable<Shape>
{
    private readonly int[]? _dims;

    /// <summary>Creates a shape from its dimensions.</summary>
    /// <param name="dims">The dimensions, outermost first; each ≥ 0, or -1 for unknown.</param>
    /// <exception cref="ArgumentException">A dimension is below -1.</exception>
    public Shape(params ReadOnlySpan<int> dims)
    {
        foreach (int d in dims)
        {
            if (d < -1)
            {
                throw new ArgumentException($"A shape dimension must be >= 0 (or -1 for unknown), received {d} in {Format(dims)}.", nameof(dims));
            }
        }

        _dims = dims.ToArray();
    }

    /// <summary>Creates a shape from a collection expression such as <c>[32, 10]</c>.</summary>
    /// <param name="dims">The dimensions.</param>
    public static Shape Create(ReadOnlySpan<int> dims) => new(dims);

    /// <summary>Enumerates the dimensions (lets <c>[32, 10]</c> build a shape).</summary>
    public ReadOnlySpan<int>.Enumerator GetEnumerator() => Dims.GetEnumerator();

    /// <summary>The scalar shape <c>()</c>.</summary>
    public static Shape Scalar => new([]);

    /// <summary>The number of dimensions.</summary>
    public int Rank => _dims?.Length ?? 0;

    /// <summary>The dimensions as a read-only span.</summary>
    public ReadOnlySpan<int> Dims => _dims;

    /// <summary>The dimension at <paramref name="axis"/>; negative axes count from the end.</summary>
    /// <param name="axis">The axis, in [-Rank, Rank).</param>
    public int this[int axis] => _dims![NormalizeAxis(axis)];

    /// <summary>The dimension at <paramref name="axis"/>, e.g. <c>shape[^1]</c> for the last.</summary>
    /// <param name="axis">The axis as an index from the start or the end.</param>
    public int this[Index axis] => _dims![axis];

    /// <summary>The number of elements (product of dimensions); -1 if any dimension is unknown.</summary>
    public int Size
    {
        get
        {
            int size = 1;
            foreach (int d in Dims)
            {
                if (d < 0)
                {
                    return -1;
                }

                size = checked(size * d);
            }

            return size;
        }
    }

    /// <summary>Whether every dimension is known.</summary>
    public bool IsFullyDefined => Size >= 0;

    /// <summary>Maps a possibly negative axis to [0, Rank).</summary>
    /// <param name="axis">The axis, in [-Rank, Rank).</param>
    /// <exception cref="ArgumentOutOfRangeException">The axis is out of range.</exception>
    public int NormalizeAxis(int axis)
    {
        int a = axis < 0 ? axis + Rank : axis;
        if (a < 0 || a >= Rank)
        {
            throw new ArgumentOutOfRangeException(nameof(axis), $"Axis {axis} is out of range for shape {this} of rank {Rank}.");
        }

        return a;
    }

    /// <summary>A copy with the dimension at <paramref name="axis"/> replaced.</summary>
    /// <param name="axis">The axis to replace.</param>
    /// <param name="value">The new dimension.</param>
    public Shape With(int axis, int value)
    {
        int[] dims = Dims.ToArray();
        dims[NormalizeAxis(axis)] = value;
        return new Shape(dims);
    }

    /// <summary>The shape with the first (batch) dimension removed.</summary>
    public Shape WithoutBatch() => new(Dims[1..]);

    /// <summary>The shape with a batch dimension prepended.</summary>
    /// <param name="batch">The batch size; -1 for unknown.</param>
    public Shape WithBatch(int batch) => new([batch, .. Dims]);

    /// <summary>The dimensions as a new array.</summary>
    public int[] ToArray() => Dims.ToArray();

    /// <inheritdoc/>
    public bool Equals(Shape other) => Dims.SequenceEqual(other.Dims);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Shape s && Equals(s);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (int d in Dims)
        {
            hash.Add(d);
        }

        return hash.ToHashCode();
    }

    /// <summary>Compares two shapes dimension by dimension.</summary>
    /// <param name="left">The first shape.</param>
    /// <param name="right">The second shape.</param>
    public static bool operator ==(Shape left, Shape right) => left.Equals(right);

    /// <summary>Compares two shapes dimension by dimension.</summary>
    /// <param name="left">The first shape.</param>
    /// <param name="right">The second shape.</param>
    public static bool operator !=(Shape left, Shape right) => !left.Equals(right);

    /// <summary>Creates a shape from an array of dimensions.</summary>
    /// <param name="dims">The dimensions, outermost first.</param>
    public static implicit operator Shape(int[] dims) => new(dims);

    /// <summary>Keras-style text: <c>(32, 10)</c>, <c>(None, 64)</c>, <c>(5,)</c>, <c>()</c>.</summary>
    public override string ToString() => Format(Dims);

    private static string Format(ReadOnlySpan<int> dims)
    {
        if (dims.Length == 1)
        {
            return $"({Dim(dims[0])},)";
        }

        var parts = new string[dims.Length];
        for (int i = 0; i < dims.Length; i++)
        {
            parts[i] = Dim(dims[i]);
        }

        return "(" + string.Join(", ", parts) + ")";

        static string Dim(int d) => d == -1 ? "None" : d.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
