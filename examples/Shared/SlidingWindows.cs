// SlidingWindows: one series turned into supervised pairs for one-step-ahead forecasting (Keras's
// timeseries_dataset_from_array with sequence_length = lookback and targets = data[lookback:], as in its
// "Timeseries forecasting for weather prediction" example). The window for target step t holds the lookback steps
// before it, values[t − L … t − 1], in time order, as a (L, 1) sequence of one feature; the target is values[t].
// Windows are made for the target steps [from, to) only, so a chronological split chooses its windows by where their
// targets fall: the first validation window reads the last training steps as its input, which is past data a
// forecaster has at that time, while no target is ever shared between the parts.
using Dendrite.Tensors;

namespace Dendrite.Examples;

/// <summary>Builds (lookback → next value) windows of a series as rank-3 inputs (batch, steps, 1) and (batch, 1) targets.</summary>
public static class SlidingWindows
{
    /// <summary>The windows whose targets are the steps <c>[from, to)</c>: inputs (to − from, lookback, 1), targets (to − from, 1).</summary>
    /// <param name="values">The whole series, in time order (already scaled if the model wants scaled values).</param>
    /// <param name="lookback">The number of past steps each window holds, ≥ 1.</param>
    /// <param name="from">The first target step, ≥ <paramref name="lookback"/> so that its window is complete.</param>
    /// <param name="to">One past the last target step, in (<paramref name="from"/>, values.Count].</param>
    /// <returns>The inputs and the targets, one window per target step, in time order.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The lookback is below 1, or the target range is empty or does not fit the series.</exception>
    public static (Tensor Inputs, Tensor Targets) Create(IReadOnlyList<double> values, int lookback, int from, int to)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentOutOfRangeException.ThrowIfLessThan(lookback, 1);
        if (from < lookback || to <= from || to > values.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(from), $"SlidingWindows.Create expects target steps lookback ≤ from < to ≤ {values.Count} (lookback {lookback}), received from {from}, to {to}.");
        }

        int count = to - from;
        var inputs = new float[count * lookback];
        var targets = new float[count];
        for (int i = 0; i < count; i++)
        {
            int t = from + i;
            for (int k = 0; k < lookback; k++)
            {
                inputs[(i * lookback) + k] = (float)values[t - lookback + k];
            }

            targets[i] = (float)values[t];
        }

        return (new Tensor(inputs, new Shape(count, lookback, 1)), new Tensor(targets, new Shape(count, 1)));
    }
}
