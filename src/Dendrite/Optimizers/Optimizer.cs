// Optimizer: turns gradients into weight updates, in Keras 3's order (keras/src/optimizers/base_optimizer.py,
// apply → _backend_apply_gradients):
//   η = schedule(t) when a LearningRateSchedule is set (t = Iterations before the step), else the fixed rate
//   g ← clip(g)                   at most one of: clipNorm   g · c / max(‖g‖, c)          (each variable)
//                                                 globalClipNorm  g · min(1, c / ‖all g‖)  (all together)
//                                                 clipValue  clip(g, −c, c)                (each element)
//   w ← w − w · λ · η             decoupled weight decay, when weightDecay λ is set (before the update)
//   update(w, g)                  the subclass's rule; Iterations is already the new t = step number
//   w ← constraint(w)             when the variable carries a Constraint
// Per-variable state ("slots": momentum, first/second moments, …) is created lazily. Updates run as one
// fused pass over each parameter (UpdateSpans), in float32 or float64.
using System.Numerics;
using Dendrite.Autodiff;
using Dendrite.Kernels;
using Dendrite.Optimizers.Schedules;
using Dendrite.Tensors;

namespace Dendrite.Optimizers;

/// <summary>Updates weights from their gradients (gradient descent and its variants).</summary>
/// <remarks>Every optimizer accepts Keras' base options: <c>weightDecay</c>, <c>clipNorm</c>, <c>clipValue</c>, <c>globalClipNorm</c> and a learning-rate <c>schedule</c>.</remarks>
public abstract partial class Optimizer
{
    private readonly Dictionary<Variable, Dictionary<string, Tensor>> _slots = new(ReferenceEqualityComparer.Instance);
    private double _learningRate;
    private double _stepLearningRate;
    private bool _inStep;

    /// <summary>Creates an optimizer.</summary>
    /// <param name="learningRate">The step size η, &gt; 0 (ignored when <paramref name="schedule"/> is set).</param>
    /// <param name="weightDecay">λ for decoupled weight decay w ← w − w·λ·η, ≥ 0; default null = none.</param>
    /// <param name="clipNorm">Clips each gradient to this L2 norm, &gt; 0; default null = none.</param>
    /// <param name="clipValue">Clips each gradient element to [−c, c], &gt; 0; default null = none.</param>
    /// <param name="globalClipNorm">Scales all gradients so their joint L2 norm is at most this, &gt; 0; default null = none.</param>
    /// <param name="schedule">The learning rate as a function of the step; default null = the fixed <paramref name="learningRate"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">A rate, decay or clipping value is out of range.</exception>
    /// <exception cref="ArgumentException">More than one of the clipping options is set.</exception>
    protected Optimizer(double learningRate, double? weightDecay = null, double? clipNorm = null, double? clipValue = null, double? globalClipNorm = null, LearningRateSchedule? schedule = null)
    {
        LearningRate = learningRate;
        WeightDecay = weightDecay is null or (>= 0 and < double.PositiveInfinity) ? weightDecay
            : throw new ArgumentOutOfRangeException(nameof(weightDecay), weightDecay, $"{GetType().Name} weightDecay must be finite and >= 0, received {weightDecay}.");
        ClipNorm = CheckClip(clipNorm, nameof(clipNorm));
        ClipValue = CheckClip(clipValue, nameof(clipValue));
        GlobalClipNorm = CheckClip(globalClipNorm, nameof(globalClipNorm));
        if ((clipNorm is null ? 0 : 1) + (clipValue is null ? 0 : 1) + (globalClipNorm is null ? 0 : 1) > 1)
        {
            throw new ArgumentException($"{GetType().Name}: only one of clipNorm, clipValue and globalClipNorm can be set; received clipNorm={clipNorm}, clipValue={clipValue}, globalClipNorm={globalClipNorm}.");
        }

        Schedule = schedule;
    }

    /// <summary>The Keras name, e.g. <c>adam</c>.</summary>
    public abstract string Name { get; }

    /// <summary>The current step size η: the schedule's value at <see cref="Iterations"/> when a schedule is set, else the fixed rate.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value set is not positive and finite.</exception>
    /// <exception cref="InvalidOperationException">Set while a <see cref="Schedule"/> is active.</exception>
    public double LearningRate
    {
        get => _inStep ? _stepLearningRate : Schedule is { } schedule ? schedule.Call(Iterations) : _learningRate;
        set
        {
            if (Schedule is not null)
            {
                throw new InvalidOperationException($"{GetType().Name} was created with the learning-rate schedule {Schedule.GetType().Name}, so its learning rate cannot be set; create it with a fixed learningRate to set the rate.");
            }

            if (!(value > 0) || !double.IsFinite(value))
            {
                throw new ArgumentOutOfRangeException(nameof(value), value, $"{GetType().Name} learning rate must be > 0 and finite, received {value}.");
            }

            _learningRate = value;
        }
    }

    /// <summary>The learning-rate schedule, or null for a fixed rate.</summary>
    public LearningRateSchedule? Schedule { get; }

    /// <summary>λ of the decoupled weight decay w ← w − w·λ·η, or null for none.</summary>
    public double? WeightDecay { get; }

    /// <summary>The per-variable gradient norm limit, or null.</summary>
    public double? ClipNorm { get; }

    /// <summary>The per-element gradient limit, or null.</summary>
    public double? ClipValue { get; }

    /// <summary>The limit on the joint norm of all gradients, or null.</summary>
    public double? GlobalClipNorm { get; }

    /// <summary>The number of update steps applied so far (t).</summary>
    public long Iterations { get; set; }

    /// <summary>Applies one update step to each variable from its gradient.</summary>
    /// <param name="variables">The variables to update, in place.</param>
    /// <param name="gradients">dL/dvariable for each, same shapes.</param>
    /// <exception cref="ArgumentException">Counts or shapes differ. Non-finite gradients are applied as they are (as Keras); use TerminateOnNaN to stop on them.</exception>
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

        double learningRate = LearningRate;
        Tensor[] clipped = ClipGradients(variables, gradients);
        Iterations++;
        _stepLearningRate = learningRate;
        _inStep = true;
        try
        {
            using var noRecording = new NoRecording();
            for (int i = 0; i < variables.Count; i++)
            {
                if (WeightDecay is { } decay)
                {
                    Decay(variables[i].Value, decay, learningRate);
                }

                Update(variables[i], clipped[i]);
                if (variables[i].Constraint is { } constraint)
                {
                    variables[i].Assign(constraint(variables[i].Value));
                }
            }
        }
        finally
        {
            _inStep = false;
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
        ["learning_rate"] = Schedule is null ? _learningRate : Schedule.Serialize(),
        ["weight_decay"] = WeightDecay,
        ["clipnorm"] = ClipNorm,
        ["global_clipnorm"] = GlobalClipNorm,
        ["clipvalue"] = ClipValue,
    };

    /// <summary>Elements of a float32 variable from which an element-wise update is split across <see cref="Engine.Threads"/>.</summary>
    private const int ParallelUpdateMin = 1 << 16;

    /// <summary>Elements per range of a split update (a multiple of every vector width).</summary>
    private const int UpdateRange = 1 << 13;

    /// <summary>Runs a per-element update on the float32 or float64 spans of a variable, its gradient and up to two slots.</summary>
    /// <param name="variable">The variable.</param>
    /// <param name="gradient">The gradient.</param>
    /// <param name="slot1">First state tensor, or null.</param>
    /// <param name="slot2">Second state tensor, or null.</param>
    /// <param name="update32">The float32 update.</param>
    /// <param name="update64">The float64 update.</param>
    /// <param name="elementwise">Whether the update may run on disjoint ranges in parallel: each element's result depends on that
    /// element only and the delegate changes no shared state (Nadam's running product does, so it passes false).</param>
    /// <remarks>A float32 variable of at least <see cref="ParallelUpdateMin"/> elements is then cut into ranges of
    /// <see cref="UpdateRange"/> elements run on the worker threads. Each element goes through the same arithmetic whichever range
    /// and thread it falls in (the vector and scalar forms of every update round alike), so the weights are bit-identical to the
    /// single-threaded update. The update of a 784 × 256 kernel streams four arrays of 800 KB (w, g, m, v), more than one
    /// core's L2; two cores each stream half.</remarks>
    private protected static unsafe void UpdateSpans(Variable variable, Tensor gradient, Tensor? slot1, Tensor? slot2, SpanUpdate<float> update32, SpanUpdate<double> update64, bool elementwise = false)
    {
        Tensor w = variable.Value;
        if (w.DType == DType.Float32)
        {
            Span<float> ws = w.AsSpan(), s1 = slot1 is null ? default : slot1.AsSpan(), s2 = slot2 is null ? default : slot2.AsSpan();
            ReadOnlySpan<float> gs = gradient.AsSpan();
            int length = ws.Length;
            if (!elementwise || length < ParallelUpdateMin || Engine.Threads <= 1)
            {
                update32(ws, gs, s1, s2);
                return;
            }

            // Spans cannot be captured by a lambda; the pinned pointers outlive the ParallelRanges.For call.
            fixed (float* pw = ws, pg = gs, p1 = s1, p2 = s2)
            {
                nint iw = (nint)pw, ig = (nint)pg, i1 = (nint)p1, i2 = (nint)p2;
                bool has1 = !s1.IsEmpty, has2 = !s2.IsEmpty;
                ParallelRanges.For((length + UpdateRange - 1) / UpdateRange, UpdateRange * 8L, (r0, r1) =>
                {
                    int start = r0 * UpdateRange, count = Math.Min(length, r1 * UpdateRange) - start;
                    update32(new Span<float>((float*)iw + start, count), new ReadOnlySpan<float>((float*)ig + start, count),
                        has1 ? new Span<float>((float*)i1 + start, count) : default, has2 ? new Span<float>((float*)i2 + start, count) : default);
                });
            }
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
