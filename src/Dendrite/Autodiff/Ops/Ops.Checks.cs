// Argument checks shared by the ops: each names the op, what was expected and what was received.
using Dendrite.Tensors;

namespace Dendrite.Autodiff;

public static partial class Ops
{
    /// <summary>Throws <see cref="ArgumentNullException"/> naming the op when <paramref name="x"/> is null.</summary>
    internal static Tensor NotNull(Tensor? x, string opName, string parameter)
        => x ?? throw new ArgumentNullException(parameter, $"{opName} expects a tensor for '{parameter}', received null.");

    /// <summary>Normalizes <paramref name="axis"/> for <paramref name="shape"/>, or throws an <see cref="ArgumentException"/> naming the op.</summary>
    internal static int CheckAxis(Shape shape, int axis, string opName)
    {
        if (shape.Rank == 0 || axis < -shape.Rank || axis >= shape.Rank)
        {
            throw new ArgumentException($"{opName} expects an axis in [{-shape.Rank}, {shape.Rank}) for shape {shape}, received axis {axis}.", nameof(axis));
        }

        return axis < 0 ? axis + shape.Rank : axis;
    }

    /// <summary>Throws when a scalar parameter is NaN or infinite.</summary>
    internal static void CheckFinite(double value, string opName, string parameter)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentException($"{opName} expects a finite {parameter}, received {value}.", parameter);
        }
    }
}
