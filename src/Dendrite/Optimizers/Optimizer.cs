// Optimizer: turns gradients into weight updates. Apply(variables, gradients) increments the step
// counter t (Keras' `iterations`), then updates each variable in place with its per-variable state
// ("slots": momentum, first/second moments, …), created lazily as zeros.
// Updates run as one fused pass over each parameter (UpdateSpan), in float32 or float64.
using System.Numerics;
using Dendrite.Autodiff;
using Dendrite.Tensors;

namespace Dendrite.Optimizers;

/// <summary>Updates weights from their gradients (gradient descent and its variants).</summary>
public abstract class Optimizer
{
    private readonly Dictionary<Variable, Dictionary<string, Tensor>> _slots = new(ReferenceEqualityComparer.Instance);
    private double _learningRate;

    /// <summary>Creates an optimizer.</summary>
    /// <param name="learningRate">The step size η, &gt; 0.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="learningRate"/> is not positive and finite.</exception>
    protected Optimizer(double learningRate)
    {
        LearningRate = learningRate;
    }

    /// <summary>The Keras name, e.g. <c>adam</c>.</summary>
    public abstract string Name { get; }

    /// <summary>The step size η.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive and finite.</exception>
    public double LearningRate
    {
        get => _learningRate;
        set
        {
            if (!(value > 0) || !double.IsFinite(value))
            {
                throw new ArgumentOutOfRangeException(nameof(value), value, $"{GetType().Name} learning rate must be > 0 and finite, received {value}.");
            }

            _learningRate = value;
        }
    }

    /// <summary>The number of update steps applied so far (t).</summary>
    public long Iterations { get; set; }

    /// <summary>Applies one update step to each variable from its gradient.</summary>
    /// <param name="variables">The variables to update, in place.</param>
    /// <param name="gradients">dL/dvariable for each, same shapes.</param>
    /// <exception cref="ArgumentException">Counts or shapes differ, or a gradient is not finite.</exception>
    public void Apply(IReadOnlyList<Variable> variables, IReadOnlyList<Tensor> gradients)
    {
        ArgumentNullException.ThrowIfNull(variables);
        ArgumentNullException.ThrowIfNull(gradients);
        if (variables.Count != gradients.Count)
        {
            throw new ArgumentException($"{GetType().Name}.Apply received {variables.Count} variables and {gradients.Count} gradients.");
        }

        for (int i = 0; i < variables.Count; i++)
        {
            if (variables[i].Shape != gradients[i].Shape)
            {
                throw new ArgumentException($"{GetType().Name}: gradient for '{variables[i].Name}' has shape {gradients[i].Shape}, expected {variables[i].Shape}.");
            }
        }

        Iterations++;
        for (int i = 0; i < variables.Count; i++)
        {
            Tensor g = gradients[i].To(variables[i].Value.DType);
            Update(variables[i], g);
        }
    }

    /// <summary>Updates one variable from its gradient; <see cref="Iterations"/> is already the new t.</summary>
    /// <param name="variable">The variable, updated in place.</param>
    /// <param name="gradient">Its gradient, same shape and dtype.</param>
    protected abstract void Update(Variable variable, Tensor gradient);

    /// <summary>The per-variable state tensor <paramref name="slotName"/>, created filled with <paramref name="initialValue"/> on first use.</summary>
    /// <param name="variable">The variable the state belongs to.</param>
    /// <param name="slotName">The state's name, e.g. <c>momentum</c>.</param>
    /// <param name="initialValue">The starting value; default 0.</param>
    protected Tensor Slot(Variable variable, string slotName, double initialValue = 0.0)
    {
        ArgumentNullException.ThrowIfNull(variable);
        if (!_slots.TryGetValue(variable, out var slots))
        {
            _slots[variable] = slots = [];
        }

        if (!slots.TryGetValue(slotName, out Tensor? t) || t.Shape != variable.Shape || t.DType != variable.Value.DType)
        {
            slots[slotName] = t = Tensor.Full(variable.Shape, initialValue, variable.Value.DType);
        }

        return t;
    }

    /// <summary>Every state tensor, by variable name and slot name (for saving and inspection).</summary>
    public IReadOnlyDictionary<string, Tensor> GetState()
    {
        var state = new SortedDictionary<string, Tensor>(StringComparer.Ordinal);
        foreach (var (v, slots) in _slots)
        {
            foreach (var (name, t) in slots)
            {
                state[$"{v.Name}/{name}"] = t;
            }
        }

        return state;
    }

    /// <summary>Replaces all state tensors by <paramref name="state"/> (keys as <see cref="GetState"/> writes them: variable name/slot name).</summary>
    /// <param name="variables">The variables the state belongs to, found by name.</param>
    /// <param name="state">The state tensors, copied.</param>
    /// <exception cref="ArgumentException">A key names no variable, or a tensor's shape differs from its variable's; nothing is changed.</exception>
    public void SetState(IReadOnlyList<Variable> variables, IReadOnlyDictionary<string, Tensor> state)
    {
        ArgumentNullException.ThrowIfNull(variables);
        ArgumentNullException.ThrowIfNull(state);
        var byName = new Dictionary<string, Variable>(StringComparer.Ordinal);
        foreach (Variable v in variables)
        {
            byName.TryAdd(v.Name, v);
        }

        var restored = new List<(Variable Variable, string Slot, Tensor Value)>();
        foreach (var (key, value) in state)
        {
            int slash = key.LastIndexOf('/');
            if (slash <= 0 || !byName.TryGetValue(key[..slash], out Variable? v))
            {
                throw new ArgumentException($"{GetType().Name} state '{key}' belongs to no variable; variables: {string.Join(", ", byName.Keys)}.", nameof(state));
            }

            if (value.Shape != v.Shape)
            {
                throw new ArgumentException($"{GetType().Name} state '{key}' has shape {value.Shape}, expected {v.Shape} as variable '{v.Name}'.", nameof(state));
            }

            restored.Add((v, key[(slash + 1)..], value.To(v.Value.DType).Clone()));
        }

        _slots.Clear();
        foreach (var (v, slot, value) in restored)
        {
            if (!_slots.TryGetValue(v, out var slots))
            {
                _slots[v] = slots = [];
            }

            slots[slot] = value;
        }
    }

    /// <summary>The settings that recreate this optimizer.</summary>
    public virtual IReadOnlyDictionary<string, object?> GetConfig() => new Dictionary<string, object?>
    {
        ["name"] = Name,
        ["learning_rate"] = LearningRate,
    };

    /// <summary>Runs a per-element update on the float32 or float64 spans of a variable, its gradient and up to two slots.</summary>
    /// <param name="variable">The variable.</param>
    /// <param name="gradient">The gradient.</param>
    /// <param name="slot1">First state tensor, or null.</param>
    /// <param name="slot2">Second state tensor, or null.</param>
    /// <param name="update32">The float32 update.</param>
    /// <param name="update64">The float64 update.</param>
    private protected static void UpdateSpans(Variable variable, Tensor gradient, Tensor? slot1, Tensor? slot2, SpanUpdate<float> update32, SpanUpdate<double> update64)
    {
        Tensor w = variable.Value;
        if (w.DType == DType.Float32)
        {
            update32(w.AsSpan(), gradient.AsSpan(), slot1 is null ? default : slot1.AsSpan(), slot2 is null ? default : slot2.AsSpan());
        }
        else
        {
            update64(w.AsDoubleSpan(), gradient.AsDoubleSpan(), slot1 is null ? default : slot1.AsDoubleSpan(), slot2 is null ? default : slot2.AsDoubleSpan());
        }
    }

    /// <summary>An in-place update of weights w from gradients g with state s1, s2.</summary>
    private protected delegate void SpanUpdate<T>(Span<T> w, ReadOnlySpan<T> g, Span<T> s1, Span<T> s2)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>;
}
