// LearningRateSchedule: the learning rate as a function of the optimizer step, as Keras 3
// (keras/src/optimizers/schedules/learning_rate_schedule.py). The optimizer evaluates it at its
// iteration count before each update, so the first update uses Call(0).
namespace Dendrite.Optimizers.Schedules;

/// <summary>A learning rate that changes with the optimizer step.</summary>
/// <remarks>Pass one as an optimizer's <c>schedule</c>; subclass it and override <see cref="Call"/> for a custom schedule.</remarks>
public abstract class LearningRateSchedule
{
    /// <summary>The learning rate at <paramref name="step"/> (the number of updates already applied).</summary>
    /// <param name="step">The step, ≥ 0.</param>
    public abstract double Call(long step);

    /// <summary>The settings that recreate this schedule, as name → value (Keras' <c>get_config</c>).</summary>
    public abstract IReadOnlyDictionary<string, object?> GetConfig();

    /// <summary>Keras' serialized form: <c>{"class_name": "ExponentialDecay", "config": {…}}</c>.</summary>
    public IReadOnlyDictionary<string, object?> Serialize() => new Dictionary<string, object?>
    {
        ["class_name"] = GetType().Name,
        ["config"] = GetConfig(),
    };

    /// <summary>Throws unless <paramref name="value"/> is finite and &gt; 0.</summary>
    private protected double Positive(double value, string parameter)
        => value > 0 && double.IsFinite(value) ? value
            : throw new ArgumentOutOfRangeException(parameter, value, $"{GetType().Name} {parameter} must be finite and > 0, received {value}.");

    /// <summary>Throws unless <paramref name="value"/> is finite and ≥ 0.</summary>
    private protected double NonNegative(double value, string parameter)
        => value >= 0 && double.IsFinite(value) ? value
            : throw new ArgumentOutOfRangeException(parameter, value, $"{GetType().Name} {parameter} must be finite and >= 0, received {value}.");
}
