// CallbackList: fans each hook out to every callback, in order. The gradients hook goes only to the callbacks that
// ask for it, through one (variable, gradient) array reused across steps.
using Dendrite.Autodiff;
using Dendrite.Models;
using Dendrite.Tensors;

namespace Dendrite.Training.Callbacks;

/// <summary>Calls each hook on every callback of a list, in order.</summary>
internal sealed class CallbackList(IReadOnlyList<Callback> callbacks)
{
    private (Variable Variable, Tensor Gradient)[] _gradients = [];
    private int _batch;

    /// <summary>Whether any callback asks for the gradients of each step.</summary>
    public bool NeedsGradients { get; } = callbacks.Any(c => c.NeedsGradients);

    public void Bind(Model model, TrainingParams parameters)
    {
        foreach (Callback c in callbacks)
        {
            c.Model = model;
            c.Params = parameters;
        }
    }

    public void OnTrainBegin(Logs logs) => Each(c => c.OnTrainBegin(logs));

    public void OnTrainEnd(Logs logs) => Each(c => c.OnTrainEnd(logs));

    public void OnEpochBegin(int epoch) => Each(c => c.OnEpochBegin(epoch));

    public void OnEpochEnd(int epoch, Logs logs) => Each(c => c.OnEpochEnd(epoch, logs));

    public void OnTrainBatchBegin(int batch)
    {
        _batch = batch;
        Each(c => c.OnTrainBatchBegin(batch));
    }

    /// <summary>Passes one step's gradients to the callbacks that asked, with the batch index of the current step.</summary>
    public void OnGradients(IReadOnlyList<Variable> variables, Tensor[] gradients)
    {
        if (_gradients.Length != gradients.Length)
        {
            _gradients = new (Variable, Tensor)[gradients.Length];
        }

        for (int i = 0; i < gradients.Length; i++)
        {
            _gradients[i] = (variables[i], gradients[i]);
        }

        foreach (Callback c in callbacks)
        {
            if (c.NeedsGradients)
            {
                c.OnGradients(_batch, _gradients);
            }
        }
    }

    public void OnTrainBatchEnd(int batch, Logs logs) => Each(c => c.OnTrainBatchEnd(batch, logs));

    public void OnTestBegin() => Each(c => c.OnTestBegin());

    public void OnTestBatchBegin(int batch) => Each(c => c.OnTestBatchBegin(batch));

    public void OnTestBatchEnd(int batch, Logs logs) => Each(c => c.OnTestBatchEnd(batch, logs));

    public void OnTestEnd(Logs logs) => Each(c => c.OnTestEnd(logs));

    public void OnPredictBegin() => Each(c => c.OnPredictBegin());

    public void OnPredictEnd() => Each(c => c.OnPredictEnd());

    private void Each(Action<Callback> hook)
    {
        foreach (Callback c in callbacks)
        {
            hook(c);
        }
    }
}
