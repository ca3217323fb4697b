// PlotArguments: the checks every plot makes at its public boundary, with messages that name the plot, what was
// expected and what was received (STYLE.md §12).
namespace Dendrite.Plots;

/// <summary>Argument checks shared by the plots.</summary>
internal static class PlotArguments
{
    /// <summary>Throws unless the image size is positive and at most 10,000 pixels a side.</summary>
    public static void RequireSize(int width, int height, string owner)
    {
        if (width is < 1 or > 10_000 || height is < 1 or > 10_000)
        {
            throw new ArgumentOutOfRangeException(nameof(width), $"{owner} expects an image size between 1 and 10000 pixels a side, received {width} × {height}.");
        }
    }

    /// <summary>Throws unless the sequence has at least one value.</summary>
    public static void RequireNonEmpty<T>(IReadOnlyCollection<T> values, string name, string owner)
    {
        ArgumentNullException.ThrowIfNull(values, name);
        if (values.Count == 0)
        {
            throw new ArgumentException($"{owner} expects at least one value in '{name}', received none.", name);
        }
    }

    /// <summary>Throws unless both sequences have the same length.</summary>
    public static void RequireSameLength(int first, int second, string firstName, string secondName, string owner)
    {
        if (first != second)
        {
            throw new ArgumentException($"{owner} expects '{firstName}' and '{secondName}' of the same length, received {first} and {second}.", secondName);
        }
    }

    /// <summary>Throws unless every value is finite.</summary>
    public static void RequireFinite(IReadOnlyList<double> values, string name, string owner)
    {
        for (int i = 0; i < values.Count; i++)
        {
            if (!double.IsFinite(values[i]))
            {
                throw new ArgumentException($"{owner} expects finite values in '{name}', received {values[i]} at index {i}.", name);
            }
        }
    }
}
