// Constraint: a projection applied to a weight after every optimizer step, as Keras 3
// (keras/src/constraints/constraints.py; the optimizer calls variable.constraint(variable) after
// update_step). Apply(w) returns the projected weight; the norm-based constraints share NormsAlong.
//   norms = sqrt(Σ_axis w²)  (kept as size 1, so it broadcasts back over w)
// Keras divides by (ε + norms) with ε = backend.epsilon() = 1e-7, so a zero column stays zero.
using Dendrite.Autodiff;
using Dendrite.Tensors;

namespace Dendrite.Nn.Constraints;

/// <summary>A projection applied to a weight after each optimizer step (e.g. non-negative, bounded norm).</summary>
/// <remarks>Subclass it and override <see cref="Apply"/> for a custom constraint.</remarks>
public abstract class Constraint
{
    /// <summary>Keras' fuzz factor ε = 1e-7, added to norms before dividing.</summary>
    public const double Epsilon = 1e-7;

    /// <summary>The Keras name, e.g. <c>max_norm</c>.</summary>
    public abstract string Name { get; }

    /// <summary>The projected weight: a new tensor of the same shape and dtype.</summary>
    /// <param name="w">The weight after the optimizer step.</param>
    public abstract Tensor Apply(Tensor w);

    /// <summary>The settings that recreate this constraint, as name → value (Keras' <c>get_config</c>).</summary>
    public virtual IReadOnlyDictionary<string, object?> GetConfig() => new Dictionary<string, object?>();

    /// <summary>Keras' serialized form: <c>{"class_name": "MaxNorm", "config": {"max_value": 2, "axis": 0}}</c>.</summary>
    public IReadOnlyDictionary<string, object?> Serialize() => new Dictionary<string, object?>
    {
        ["class_name"] = GetType().Name,
        ["config"] = GetConfig(),
    };

    /// <inheritdoc/>
    public override string ToString() => Name;

    /// <summary>The L2 norms of <paramref name="w"/> along <paramref name="axis"/>, kept as a size-1 axis.</summary>
    /// <param name="w">The weight.</param>
    /// <param name="axis">The axis summed over (negative counts from the end).</param>
    /// <param name="owner">The constraint, for the error message.</param>
    /// <exception cref="ArgumentException"><paramref name="axis"/> is out of range for the weight's rank.</exception>
    private protected static Tensor NormsAlong(Tensor w, int axis, string owner)
    {
        ArgumentNullException.ThrowIfNull(w);
        if (axis < -w.Rank || axis >= w.Rank)
        {
            throw new ArgumentException($"{owner} axis {axis} is out of range for a weight of shape {w.Shape}; expected an axis in [{-w.Rank}, {w.Rank}).", nameof(axis));
        }

        return Ops.Sqrt(Ops.Sum(Ops.Square(w), [axis], keepDims: true));
    }
}
