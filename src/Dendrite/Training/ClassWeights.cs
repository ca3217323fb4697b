// ClassWeights: Keras' class_weight turned into per-sample weights: sample i gets classWeight[class(y_i)],
// its class being the label (sparse targets or one column of 0/1) or the argmax of a one-hot row. A class
// missing from the dictionary weighs 1. Multiplied with any sample weights given too.
using Dendrite.Nn;
using Dendrite.Tensors;

namespace Dendrite.Training;

/// <summary>Turns class weights into sample weights.</summary>
internal static class ClassWeights
{
    public static Tensor ToSampleWeights(Tensor y, IReadOnlyDictionary<int, double> classWeight, Tensor? sampleWeight)
    {
        foreach (var (c, w) in classWeight)
        {
            if (!double.IsFinite(w) || w < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(classWeight), w, $"classWeight for class {c} must be finite and >= 0.");
            }
        }

        int n = y.Rank == 0 ? 1 : y.Shape[0];
        int cols = n == 0 ? 1 : y.Size / n;
        var weights = Tensor.Zeros(new Shape(n));
        for (int i = 0; i < n; i++)
        {
            int label = cols == 1 ? (int)Math.Round(y.GetFlat(i)) : ArgMax(y, i, cols);
            double w = classWeight.TryGetValue(label, out double cw) ? cw : 1.0;
            weights.SetFlat(i, w * (sampleWeight?.GetFlat(i) ?? 1.0));
        }

        return weights;
    }

    private static int ArgMax(Tensor y, int row, int cols)
    {
        int best = 0;
        for (int c = 1; c < cols; c++)
        {
            if (y.GetFlat((row * cols) + c) > y.GetFlat((row * cols) + best))
            {
                best = c;
            }
        }

        return best;
    }

    /// <summary>Checks that class weights are used with one output.</summary>
    public static void RequireSingleOutput(int outputs)
    {
        if (outputs != 1)
        {
            throw new ShapeMismatchException($"classWeight is for models with one output; this one has {outputs}. Use sampleWeight instead.");
        }
    }
}
