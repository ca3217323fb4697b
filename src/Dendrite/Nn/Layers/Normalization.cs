// Shared by the normalization layers: checking the channel axis at build time, the shape that broadcasts a
// per-channel weight over the input (1 everywhere but the channel axis), and the final y · γ + β.
using Dendrite.Autodiff;
using Dendrite.Tensors;

namespace Dendrite.Nn.Layers;

/// <summary>Helpers for <see cref="BatchNormalization"/> and <see cref="LayerNormalization"/>.</summary>
internal static class Normalization
{
    /// <summary>The channel axis normalized for <paramref name="inputShape"/>; throws when it is out of range or unknown.</summary>
    public static int ChannelAxis(Layer layer, int axis, Shape inputShape)
    {
        if (inputShape.Rank < 2 || axis < -inputShape.Rank || axis >= inputShape.Rank)
        {
            throw new ShapeMismatchException($"{layer.GetType().Name} '{layer.Name}' has axis {axis}, which is out of range for input shape {inputShape}; expected an axis in [{-inputShape.Rank}, {inputShape.Rank}) of an input with a batch axis.");
        }

        int normalized = inputShape.NormalizeAxis(axis);
        if (normalized == 0 || inputShape[normalized] < 1)
        {
            throw new ShapeMismatchException($"{layer.GetType().Name} '{layer.Name}' needs a known, non-batch axis; axis {axis} of input shape {inputShape} has size {inputShape[normalized]}.");
        }

        return normalized;
    }

    /// <summary>(1, …, channels, …, 1): the shape that broadcasts a per-channel vector along <paramref name="axis"/>.</summary>
    public static Shape BroadcastShape(int rank, int axis, int channels)
    {
        var dims = new int[rank];
        Array.Fill(dims, 1);
        dims[axis] = channels;
        return new Shape(dims);
    }

    /// <summary>y · γ + β, each optional, with γ and β reshaped to <paramref name="broadcast"/> on the tape.</summary>
    public static Tensor ScaleAndCenter(Tensor y, Variable? gamma, Variable? beta, Shape broadcast)
    {
        if (gamma is not null)
        {
            y = Ops.Multiply(y, Ops.Reshape(gamma.Value, broadcast));
        }

        if (beta is not null)
        {
            y = Ops.Add(y, Ops.Reshape(beta.Value, broadcast));
        }

        return y;
    }
}
