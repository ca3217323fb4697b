// SampleWeights: the one place the classification metrics read sample_weight, as Keras broadcasts it:
//   one value            → every element,
//   one value per sample → every element of that sample's row (Keras expands (batch,) to (batch, 1)),
//   one value per element → as given.
// Weights of 0 mask values; null means every weight is 1.
using Dendrite.Nn;
using Dendrite.Tensors;

namespace Dendrite.Metrics;

/// <summary>Broadcasts sample weights to one weight per element of a (rows, cols) batch.</summary>
internal static class SampleWeights
{
    /// <summary>One weight per element (row-major), or null when <paramref name="sampleWeight"/> is null.</summary>
    /// <param name="sampleWeight">The weights: 1, <paramref name="rows"/> or <paramref name="rows"/>·<paramref name="cols"/> values.</param>
    /// <param name="rows">Samples in the batch.</param>
    /// <param name="cols">Values per sample.</param>
    /// <param name="who">The metric, for messages.</param>
    public static double[]? PerElement(Tensor? sampleWeight, int rows, int cols, string who)
    {
        if (sampleWeight is null)
        {
            return null;
        }

        int size = rows * cols;
        var weights = new double[size];
        if (sampleWeight.Size == size)
        {
            for (int i = 0; i < size; i++)
            {
                weights[i] = sampleWeight.GetFlat(i);
            }
        }
        else if (sampleWeight.Size == rows || sampleWeight.Size == 1)
        {
            for (int i = 0; i < size; i++)
            {
                weights[i] = sampleWeight.GetFlat(sampleWeight.Size == 1 ? 0 : i / cols);
            }
        }
        else
        {
            throw new ShapeMismatchException(
                $"{who} expects sample weights with 1 value, {rows} (one per sample) or {size} (one per element), received shape {sampleWeight.Shape}.");
        }

        return weights;
    }

    /// <summary>One weight per sample, or null when <paramref name="sampleWeight"/> is null.</summary>
    /// <param name="sampleWeight">The weights: 1 or <paramref name="rows"/> values.</param>
    /// <param name="rows">Samples in the batch.</param>
    /// <param name="who">The metric, for messages.</param>
    public static double[]? PerSample(Tensor? sampleWeight, int rows, string who)
    {
        if (sampleWeight is null)
        {
            return null;
        }

        if (sampleWeight.Size != rows && sampleWeight.Size != 1)
        {
            throw new ShapeMismatchException($"{who} expects one sample weight per sample ({rows}), received shape {sampleWeight.Shape}.");
        }

        var weights = new double[rows];
        for (int i = 0; i < rows; i++)
        {
            weights[i] = sampleWeight.GetFlat(sampleWeight.Size == 1 ? 0 : i);
        }

        return weights;
    }
}
