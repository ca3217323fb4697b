// Regularizer: a penalty on a tensor (a weight, or a layer's output) added to the training loss, as
// Keras 3 (keras/src/regularizers/regularizers.py): the penalty is a scalar built from differentiable
// ops, so the tape carries its gradient into the weights. Layers collect weight penalties and activity
// penalties in Layer.Losses; the training step adds them to the loss it differentiates.
using Dendrite.Tensors;

namespace Dendrite.Nn.Regularizers;

/// <summary>A penalty on a tensor, added to the loss during training.</summary>
/// <remarks>Subclass it and override <see cref="Call"/> with differentiable ops for a custom penalty.</remarks>
public abstract class Regularizer
{
    /// <summary>The Keras name, e.g. <c>l2</c>.</summary>
    public abstract string Name { get; }

    /// <summary>The scalar penalty for <paramref name="x"/>, differentiable through the ops it uses.</summary>
    /// <param name="x">The weight or activation to penalise.</param>
    public abstract Tensor Call(Tensor x);

    /// <summary>The settings that recreate this regularizer, as name → value (Keras' <c>get_config</c>).</summary>
    public abstract IReadOnlyDictionary<string, object?> GetConfig();

    /// <summary>Keras' serialized form: <c>{"class_name": "L2", "config": {"l2": 0.01}}</c>.</summary>
    public IReadOnlyDictionary<string, object?> Serialize() => new Dictionary<string, object?>
    {
        ["class_name"] = GetType().Name,
        ["config"] = GetConfig(),
    };

    /// <inheritdoc/>
    public override string ToString() => Name;

    /// <summary>Returns <paramref name="value"/> when it is a finite, non-negative factor; throws otherwise (Keras' <c>validate_float_arg</c>).</summary>
    /// <param name="value">The factor.</param>
    /// <param name="parameter">The parameter name, for the message.</param>
    /// <param name="owner">The regularizer type, for the message.</param>
    private protected static double CheckFactor(double value, string parameter, string owner)
        => value >= 0 && double.IsFinite(value) ? value
            : throw new ArgumentOutOfRangeException(parameter, value, $"{owner} {parameter} must be a finite number >= 0, received {value}.");
}
