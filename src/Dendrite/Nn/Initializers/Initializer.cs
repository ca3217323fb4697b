// Initializer: how a weight's first values are drawn. Fans follow Keras' compute_fans:
//   rank 2 (in, out):              fan_in = in,                fan_out = out
//   rank ≥ 3 (…kernel, in, out):   fan_in = in · receptive,   fan_out = out · receptive,  receptive = Π leading dims
//   rank 1:                        fan_in = fan_out = shape[0];  rank 0: 1
using Dendrite.Tensors;

namespace Dendrite.Nn.Initializers;

/// <summary>Draws the initial values of a weight.</summary>
public abstract class Initializer
{
    /// <summary>The Keras name, e.g. <c>glorot_uniform</c>.</summary>
    public abstract string Name { get; }

    /// <summary>A new float32 tensor of <paramref name="shape"/> with initial values.</summary>
    /// <param name="shape">The weight's shape.</param>
    /// <param name="random">The generator to draw from (the layer's, forked from the model's seed).</param>
    public abstract Tensor Initialize(Shape shape, RandomGenerator random);

    /// <summary>The settings that recreate this initializer, as name → value.</summary>
    public virtual IReadOnlyDictionary<string, object?> GetConfig() => new Dictionary<string, object?>();

    /// <summary>Keras' fan-in and fan-out of a weight shape.</summary>
    /// <param name="shape">The weight's shape.</param>
    public static (double FanIn, double FanOut) ComputeFans(Shape shape)
    {
        switch (shape.Rank)
        {
            case 0:
                return (1, 1);
            case 1:
                return (shape[0], shape[0]);
            case 2:
                return (shape[0], shape[1]);
            default:
                double receptive = 1;
                for (int i = 0; i < shape.Rank - 2; i++)
                {
                    receptive *= shape[i];
                }

                return (shape[^2] * receptive, shape[^1] * receptive);
        }
    }

    /// <inheritdoc/>
    public override string ToString() => Name;
}
