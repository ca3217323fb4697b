// Noise tensors for the noise layers (GaussianNoise, GaussianDropout): drawn element by element in the input's
// dtype from the given generator, so the same seed gives the same noise in float32 and float64.
using Dendrite.Tensors;

namespace Dendrite.Nn.Layers;

/// <summary>Random tensors shaped like a layer's input.</summary>
internal static class Noise
{
    /// <summary>A tensor like <paramref name="like"/> with values drawn from N(mean, stddev²).</summary>
    public static Tensor Normal(Tensor like, RandomGenerator random, double mean, double stddev)
    {
        Tensor n = Tensor.Zeros(like.Shape, like.DType);
        for (int i = 0; i < n.Size; i++)
        {
            n.SetFlat(i, random.Normal(mean, stddev));
        }

        return n;
    }
}
