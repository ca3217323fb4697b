// EpochTimer: a callback that records the wall-clock seconds of each training epoch (Fit's epoch, validation
// included), so an example can report seconds per epoch next to its accuracy.
using System.Diagnostics;
using Dendrite.Training;
using Dendrite.Training.Callbacks;

namespace Dendrite.Examples;

/// <summary>Records the seconds each epoch took.</summary>
public sealed class EpochTimer : Callback
{
    private readonly List<double> _seconds = [];
    private long _start;

    /// <summary>The seconds of each finished epoch, in order.</summary>
    public IReadOnlyList<double> Seconds => _seconds;

    /// <summary>The median of <see cref="Seconds"/> (0 before the first epoch ends).</summary>
    public double MedianSeconds => Median(_seconds);

    /// <summary>Starts the clock.</summary>
    /// <param name="epoch">The 0-based epoch.</param>
    public override void OnEpochBegin(int epoch) => _start = Stopwatch.GetTimestamp();

    /// <summary>Stops the clock and records the epoch.</summary>
    /// <param name="epoch">The 0-based epoch.</param>
    /// <param name="logs">The epoch's logs (unused).</param>
    public override void OnEpochEnd(int epoch, Logs logs) => _seconds.Add(Stopwatch.GetElapsedTime(_start).TotalSeconds);

    /// <summary>The median of a list (the mean of the two middle values for an even count; 0 when empty).</summary>
    /// <param name="values">The values.</param>
    /// <returns>The median.</returns>
    public static double Median(IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0)
        {
            return 0;
        }

        double[] sorted = [.. values.Order()];
        int mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
