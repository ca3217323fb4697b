// Variable: a named, mutable tensor slot holding a weight. Layers own variables; optimizers update
// their values in place, then apply the variable's Constraint (if any); the tape differentiates with
// respect to variable.Value.
using Dendrite.Tensors;

namespace Dendrite.Autodiff;

/// <summary>A named weight: a tensor that training updates.</summary>
/// <param name="name">The name, e.g. <c>dense/kernel</c>.</param>
/// <param name="value">The initial value.</param>
/// <param name="trainable">Whether optimizers update it; default true.</param>
public sealed class Variable(string name, Tensor value, bool trainable = true)
{
    private Tensor _value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary>The name, e.g. <c>dense/kernel</c>.</summary>
    public string Name { get; } = name;

    /// <summary>Whether optimizers update it.</summary>
    public bool Trainable { get; set; } = trainable;

    /// <summary>A projection the optimizer applies to the value after each update (Keras' <c>variable.constraint</c>); default null = none.</summary>
    /// <remarks>Layers set it from a <c>Constraint</c> passed to <c>AddWeight</c>; it maps the updated value to the constrained one.</remarks>
    public Func<Tensor, Tensor>? Constraint { get; set; }

    /// <summary>The shape of the value.</summary>
    public Shape Shape => _value.Shape;

    /// <summary>The current value. Setting it replaces the tensor; to keep references valid use <see cref="Assign"/>.</summary>
    /// <exception cref="ArgumentException">The new value has another shape.</exception>
    public Tensor Value
    {
        get => _value;
        set
        {
            ArgumentNullException.ThrowIfNull(value);
            if (value.Shape != _value.Shape)
            {
                throw new ArgumentException($"Variable '{Name}' has shape {_value.Shape}, received a value of shape {value.Shape}.", nameof(value));
            }

            _value = value;
        }
    }

    /// <summary>Copies <paramref name="source"/> into the current value, in place.</summary>
    /// <param name="source">A tensor of the same shape.</param>
    /// <exception cref="ArgumentException">The shapes differ.</exception>
    public void Assign(Tensor source)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (source.Shape != _value.Shape)
        {
            throw new ArgumentException($"Variable '{Name}' has shape {_value.Shape}, cannot assign a value of shape {source.Shape}.", nameof(source));
        }

        _value.CopyFrom(source);
    }

    /// <inheritdoc/>
    public override string ToString() => $"Variable '{Name}' {Shape}";
}
