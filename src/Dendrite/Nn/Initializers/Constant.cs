// Constant (Keras): W = value, default value = 0.
using Dendrite.Tensors;

namespace Dendrite.Nn.Initializers;

/// <summary>Every element equal to one value.</summary>
/// <remarks><c>W = value</c>.</remarks>
/// <param name="value">The value; default 0.</param>
public sealed class Constant(double value = 0.0) : Initializer
{
    /// <summary>The value.</summary>
    public double Value { get; } = value;

    /// <inheritdoc/>
    public override string Name => "constant";

    /// <inheritdoc/>
    public override Tensor Initialize(Shape shape, RandomGenerator random) => Tensor.Full(shape, Value);

    /// <inheritdoc/>
    public override IReadOnlyDictionary<string, object?> GetConfig() => new Dictionary<string, object?> { ["value"] = Value };
}
