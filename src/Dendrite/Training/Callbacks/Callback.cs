// Callback: hooks into Fit / Evaluate / Predict, Keras' callback protocol. The training loop calls
// them in this order:
//   OnTrainBegin → (OnEpochBegin → (OnTrainBatchBegin → step → OnTrainBatchEnd)* → [validation:
//   OnTestBegin → (OnTestBatchBegin/End)* → OnTestEnd] → OnEpochEnd)* → OnTrainEnd
// A callback whose NeedsGradients is true also gets OnGradients inside each step, between the backward pass and
// the optimizer's update (no Keras equivalent: Keras 3 dropped write_grads; it is what GradientNorms needs). Fit
// calls it only when some callback asks, so a run without such a callback pays nothing for it.
// The progress bar, History and EarlyStopping are callbacks; the loop itself never writes output.
using Dendrite.Autodiff;
using Dendrite.Models;
using Dendrite.Tensors;

namespace Dendrite.Training.Callbacks;

/// <summary>Hooks called by <c>Fit</c>, <c>Evaluate</c> and <c>Predict</c>; override the ones you need.</summary>
public abstract class Callback
{
    /// <summary>The model being trained; set before the first hook.</summary>
    public Model? Model { get; set; }

    /// <summary>The run's parameters; set before the first hook.</summary>
    public TrainingParams? Params { get; set; }

    /// <summary>Called once before the first epoch.</summary>
    /// <param name="logs">Empty at this point.</param>
    public virtual void OnTrainBegin(Logs logs)
    {
    }

    /// <summary>Called once after the last epoch (also after early stopping).</summary>
    /// <param name="logs">The last epoch's logs.</param>
    public virtual void OnTrainEnd(Logs logs)
    {
    }

    /// <summary>Called at the start of each epoch.</summary>
    /// <param name="epoch">The epoch index, from 0.</param>
    public virtual void OnEpochBegin(int epoch)
    {
    }

    /// <summary>Called at the end of each epoch with its training and validation metrics.</summary>
    /// <param name="epoch">The epoch index, from 0.</param>
    /// <param name="logs">E.g. <c>accuracy, loss, val_accuracy, val_loss</c>.</param>
    public virtual void OnEpochEnd(int epoch, Logs logs)
    {
    }

    /// <summary>Called before each training batch.</summary>
    /// <param name="batch">The batch index within the epoch, from 0.</param>
    public virtual void OnTrainBatchBegin(int batch)
    {
    }

    /// <summary>Called after each training batch with the running epoch metrics.</summary>
    /// <param name="batch">The batch index within the epoch, from 0.</param>
    /// <param name="logs">Running means over the epoch so far.</param>
    public virtual void OnTrainBatchEnd(int batch, Logs logs)
    {
    }

    /// <summary>Whether Fit should call <see cref="OnGradients"/> at each training step; false unless overridden.</summary>
    public virtual bool NeedsGradients => false;

    /// <summary>Called after each training batch's backward pass, before the optimizer's update, when <see cref="NeedsGradients"/> is true.</summary>
    /// <param name="batch">The batch index within the epoch, from 0.</param>
    /// <param name="gradients">Each trainable variable with its raw gradient dL/dw (before clipping), in the model's variable order; the list and the tensors are valid only during the call (Fit reuses their memory).</param>
    public virtual void OnGradients(int batch, IReadOnlyList<(Variable Variable, Tensor Gradient)> gradients)
    {
    }

    /// <summary>Called before evaluation (also for validation inside Fit).</summary>
    public virtual void OnTestBegin()
    {
    }

    /// <summary>Called after evaluation with its results.</summary>
    /// <param name="logs">The evaluation metrics (without the <c>val_</c> prefix).</param>
    public virtual void OnTestEnd(Logs logs)
    {
    }

    /// <summary>Called before each evaluation batch.</summary>
    /// <param name="batch">The batch index, from 0.</param>
    public virtual void OnTestBatchBegin(int batch)
    {
    }

    /// <summary>Called after each evaluation batch.</summary>
    /// <param name="batch">The batch index, from 0.</param>
    /// <param name="logs">Running means so far.</param>
    public virtual void OnTestBatchEnd(int batch, Logs logs)
    {
    }

    /// <summary>Called before prediction.</summary>
    public virtual void OnPredictBegin()
    {
    }

    /// <summary>Called after prediction.</summary>
    public virtual void OnPredictEnd()
    {
    }
}
