// ProgressBar: Keras' progress display (keras/src/utils/progbar.py, ProgbarLogger), as a callback.
//   Epoch 3/20
//   32/32 ━━━━━━━━━━━━━━━━━━━━ 0s 2ms/step - accuracy: 0.9100 - loss: 0.2300 - val_accuracy: … - val_loss: …
// verbose 1: on a terminal the line is redrawn with '\r' as batches finish (at most every 50 ms), with
//            the done part of the bar in green; elsewhere (files, pipes, CI logs) one line per epoch.
// verbose 2: one line per epoch:  32/32 - 0s - 2ms/step - accuracy: … - loss: …
// Time per step ignores the first step (compilation and warm-up), as Keras does.
using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Dendrite.Training.Callbacks;

/// <summary>Prints Keras' progress bar during <c>Fit</c>: one line per epoch with step time and metrics.</summary>
public sealed class ProgressBar : Callback
{
    private const int Width = 20;
    private const double IntervalSeconds = 0.05;
    private readonly TextWriter _output;
    private readonly bool _dynamic;
    private readonly Stopwatch _clock = new();
    private double _lastDraw = double.NegativeInfinity;
    private double _afterFirstStep;
    private int _previousWidth;

    /// <summary>Creates a progress bar.</summary>
    /// <param name="verbose">1 = bar (redrawn on a terminal), 2 = one line per epoch; default 1.</param>
    /// <param name="output">Where to write; default null = the console.</param>
    /// <param name="dynamicDisplay">Redraw in place with '\r'; default null = only when the output is an interactive console.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="verbose"/> is not 1 or 2.</exception>
    public ProgressBar(int verbose = 1, TextWriter? output = null, bool? dynamicDisplay = null)
    {
        Verbose = verbose is 1 or 2 ? verbose : throw new ArgumentOutOfRangeException(nameof(verbose), verbose, "ProgressBar verbose must be 1 or 2.");
        _output = output ?? Console.Out;
        _dynamic = dynamicDisplay ?? (output is null && !Console.IsOutputRedirected);
    }

    /// <summary>1 = bar, 2 = one line per epoch.</summary>
    public int Verbose { get; }

    /// <inheritdoc/>
    public override void OnEpochBegin(int epoch)
    {
        _output.Write(string.Create(CultureInfo.InvariantCulture, $"Epoch {epoch + 1}/{Params?.Epochs}\n"));
        _clock.Restart();
        _lastDraw = double.NegativeInfinity;
        _previousWidth = 0;
    }

    /// <inheritdoc/>
    public override void OnTrainBatchEnd(int batch, Logs logs)
    {
        double now = _clock.Elapsed.TotalSeconds;
        if (batch == 0)
        {
            _afterFirstStep = now;
        }

        if (Verbose != 1 || !_dynamic || now - _lastDraw < IntervalSeconds)
        {
            return;
        }

        _lastDraw = now;
        Draw(batch + 1, logs, finished: false);
    }

    /// <inheritdoc/>
    public override void OnEpochEnd(int epoch, Logs logs)
    {
        ArgumentNullException.ThrowIfNull(logs);
        int steps = Params?.Steps ?? 0;
        if (Verbose == 1)
        {
            Draw(steps, logs, finished: true);
            return;
        }

        double elapsed = _clock.Elapsed.TotalSeconds;
        var sb = new StringBuilder();
        sb.Append(Count(steps, steps)).Append(" - ").Append(string.Create(CultureInfo.InvariantCulture, $"{elapsed:F0}s"));
        sb.Append(" -").Append(FormatStepTime(StepTime(steps, elapsed)));
        AppendLogs(sb, logs);
        _output.Write(sb.Append('\n').ToString());
        _output.Flush();
    }

    private void Draw(int current, Logs logs, bool finished)
    {
        int steps = Params?.Steps ?? 0;
        double now = _clock.Elapsed.TotalSeconds;
        double stepTime = StepTime(current, now);
        int done = steps > 0 ? (int)(Width * (double)current / steps) : Width;
        var line = new StringBuilder();
        line.Append(Count(current, steps)).Append(' ');
        line.Append(_dynamic ? "\u001b[32m" : string.Empty).Append('━', done).Append(_dynamic ? "\u001b[0m\u001b[37m" : string.Empty);
        line.Append(_dynamic ? '━' : ' ', Width - done).Append(_dynamic ? "\u001b[0m" : string.Empty);
        string time = finished
            ? string.Create(CultureInfo.InvariantCulture, $"{now:F0}s")
            : FormatEta(stepTime * (steps - current));
        line.Append(' ').Append(time).Append(FormatStepTime(stepTime));
        AppendLogs(line, logs);
        int visible = line.Length - (_dynamic ? 17 : 0);
        if (_previousWidth > visible)
        {
            line.Append(' ', _previousWidth - visible);
        }

        _previousWidth = visible;
        _output.Write(_dynamic ? "\r" : string.Empty);
        _output.Write(line.ToString());
        if (finished)
        {
            _output.Write('\n');
        }

        _output.Flush();
    }

    private double StepTime(int current, double now) => current > 1 ? (now - _afterFirstStep) / (current - 1) : current == 1 ? now : 0;

    private static string Count(int current, int steps)
    {
        int digits = steps > 0 ? (int)Math.Log10(steps) + 1 : 1;
        return current.ToString(CultureInfo.InvariantCulture).PadLeft(digits) + "/" + steps.ToString(CultureInfo.InvariantCulture);
    }

    private static void AppendLogs(StringBuilder sb, Logs logs)
    {
        foreach (var (key, value) in logs)
        {
            sb.Append(" - ").Append(key).Append(": ").Append(Logs.Format(value));
        }
    }

    /// <summary>Keras' step time: <c>2s/step</c>, <c>15ms/step</c> or <c>340us/step</c>.</summary>
    internal static string FormatStepTime(double seconds) => seconds >= 1 || seconds == 0
        ? string.Create(CultureInfo.InvariantCulture, $" {seconds:F0}s/step")
        : seconds >= 1e-3
            ? string.Create(CultureInfo.InvariantCulture, $" {seconds * 1e3:F0}ms/step")
            : string.Create(CultureInfo.InvariantCulture, $" {seconds * 1e6:F0}us/step");

    private static string FormatEta(double seconds) => seconds > 3600
        ? string.Create(CultureInfo.InvariantCulture, $"{(int)(seconds / 3600)}:{(int)(seconds % 3600 / 60):D2}:{(int)(seconds % 60):D2}")
        : seconds > 60
            ? string.Create(CultureInfo.InvariantCulture, $"{(int)(seconds / 60)}:{(int)(seconds % 60):D2}")
            : string.Create(CultureInfo.InvariantCulture, $"{(int)seconds}s");
}
