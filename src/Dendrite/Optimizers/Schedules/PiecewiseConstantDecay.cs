// PiecewiseConstantDecay (Keras 3, keras/src/optimizers/schedules/learning_rate_schedule.py):
//   lr = values[0]        for step ≤ boundaries[0]
//        values[i]        for boundaries[i−1] < step ≤ boundaries[i]
//        values[^1]       for step > boundaries[^1]
// (the boundary step itself still belongs to the interval on its left, as Keras).
namespace Dendrite.Optimizers.Schedules;

/// <summary>A learning rate that is constant between step boundaries.</summary>
/// <remarks><c>lr = values[i]</c> for <c>boundaries[i−1] &lt; step ≤ boundaries[i]</c>; one more value than boundaries.</remarks>
public sealed class PiecewiseConstantDecay : LearningRateSchedule
{
    private readonly long[] _boundaries;
    private readonly double[] _values;

    /// <summary>Creates a piecewise constant schedule.</summary>
    /// <param name="boundaries">Increasing step boundaries.</param>
    /// <param name="values">The rates for each interval: one more than <paramref name="boundaries"/>, each ≥ 0.</param>
    /// <exception cref="ArgumentException">The counts do not match, the boundaries do not increase, or a value is negative or not finite.</exception>
    public PiecewiseConstantDecay(IReadOnlyList<long> boundaries, IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(boundaries);
        ArgumentNullException.ThrowIfNull(values);
        if (boundaries.Count != values.Count - 1)
        {
            throw new ArgumentException($"PiecewiseConstantDecay needs one more value than boundaries; received {boundaries.Count} boundaries and {values.Count} values.", nameof(values));
        }

        for (int i = 1; i < boundaries.Count; i++)
        {
            if (boundaries[i] <= boundaries[i - 1])
            {
                throw new ArgumentException($"PiecewiseConstantDecay boundaries must increase; received {boundaries[i - 1]} then {boundaries[i]} at index {i}.", nameof(boundaries));
            }
        }

        foreach (double v in values)
        {
            NonNegative(v, nameof(values));
        }

        _boundaries = [.. boundaries];
        _values = [.. values];
    }

    /// <summary>The step boundaries.</summary>
    public IReadOnlyList<long> Boundaries => _boundaries;

    /// <summary>The rate of each interval.</summary>
    public IReadOnlyList<double> Values => _values;

    /// <inheritdoc/>
    public override double Call(long step)
    {
        int i = 0;
        while (i < _boundaries.Length && step > _boundaries[i])
        {
            i++;
        }

        return _values[i];
    }

    /// <inheritdoc/>
    public override IReadOnlyDictionary<string, object?> GetConfig() => new Dictionary<string, object?>
    {
        ["boundaries"] = _boundaries.ToArray(),
        ["values"] = _values.ToArray(),
    };
}
