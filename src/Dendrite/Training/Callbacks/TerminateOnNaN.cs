// TerminateOnNaN: stops training at the first batch whose loss is NaN or infinite (Keras 3,
// keras/src/callbacks/terminate_on_nan.py), printing "Batch N: Invalid loss, terminating training".
// Fit's batch logs carry the running mean of the epoch's loss, which turns non-finite at the first bad
// batch, and Fit leaves the batch loop as soon as StopTraining is set (then validates, ends the epoch and
// calls OnTrainEnd, as Keras does).
// Beyond Keras, it keeps the last good weights: the step that produced the bad loss has already applied
// its (non-finite) gradients, so before every batch the weights are copied into a buffer kept for the
// whole run, and put back when the loss goes bad. Cost: one extra copy of the weights in memory and one
// copy of every weight per batch (O(parameters), against the O(batch × parameters) of the step itself);
// no allocation after the first batch. The optimizer's state (step count, moments) is not rolled back.
// raiseError (Keras' raise_error): restore the weights, then throw instead of stopping gracefully, so
// OnTrainEnd is not called on any callback.
using System.Globalization;
using Dendrite.Tensors;

namespace Dendrite.Training.Callbacks;

/// <summary>Stops training when the batch loss becomes NaN or infinite, restoring the weights from before that batch.</summary>
public sealed class TerminateOnNaN : Callback
{
    private readonly TextWriter? _output;
    private Tensor[]? _snapshot;

    /// <summary>Creates the callback.</summary>
    /// <param name="raiseError">Throw <see cref="InvalidOperationException"/> instead of stopping gracefully; default false.</param>
    /// <param name="output">Where the message goes; default null = the console.</param>
    public TerminateOnNaN(bool raiseError = false, TextWriter? output = null)
    {
        RaiseError = raiseError;
        _output = output;
    }

    /// <summary>Whether a bad loss throws rather than stopping gracefully.</summary>
    public bool RaiseError { get; }

    /// <summary>The batch (within its epoch, from 0) whose loss stopped training, or null.</summary>
    public int? TerminatedBatch { get; private set; }

    /// <inheritdoc/>
    public override void OnTrainBegin(Logs logs)
    {
        _snapshot = null;
        TerminatedBatch = null;
    }

    /// <inheritdoc/>
    public override void OnTrainBatchBegin(int batch)
    {
        if (Model is null)
        {
            return;
        }

        IReadOnlyList<Autodiff.Variable> weights = Model.Weights;
        if (_snapshot is null || _snapshot.Length != weights.Count || !SameLayout(_snapshot, weights))
        {
            _snapshot = weights.Select(w => w.Value.Clone()).ToArray();
            return;
        }

        for (int i = 0; i < _snapshot.Length; i++)
        {
            _snapshot[i].CopyFrom(weights[i].Value);
        }
    }

    /// <inheritdoc/>
    /// <exception cref="InvalidOperationException">The loss is not finite and <see cref="RaiseError"/> is set.</exception>
    public override void OnTrainBatchEnd(int batch, Logs logs)
    {
        ArgumentNullException.ThrowIfNull(logs);
        if (!logs.TryGetValue("loss", out double loss) || double.IsFinite(loss))
        {
            return;
        }

        TerminatedBatch = batch;
        if (_snapshot is not null)
        {
            Model?.SetWeights(_snapshot);
        }

        if (RaiseError)
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"NaN or Inf loss encountered at batch {batch}. Loss value: {PythonFloat.Repr(loss)}. Terminating training immediately."));
        }

        (_output ?? Console.Out).WriteLine(string.Create(CultureInfo.InvariantCulture, $"Batch {batch}: Invalid loss, terminating training"));
        if (Model is not null)
        {
            Model.StopTraining = true;
        }
    }

    private static bool SameLayout(Tensor[] snapshot, IReadOnlyList<Autodiff.Variable> weights)
    {
        for (int i = 0; i < snapshot.Length; i++)
        {
            if (snapshot[i].Shape != weights[i].Shape || snapshot[i].DType != weights[i].Value.DType)
            {
                return false;
            }
        }

        return true;
    }
}
