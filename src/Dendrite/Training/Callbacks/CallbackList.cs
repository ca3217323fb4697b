// CallbackList: fans each hook out to every callback, in order.
using Dendrite.Models;

namespace Dendrite.Training.Callbacks;

/// <summary>Calls each hook on every callback of a list, in order.</summary>
internal sealed class CallbackList(IReadOnlyList<Callback> callbacks)
{
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

    public void OnTrainBatchBegin(int batch) => Each(c => c.OnTrainBatchBegin(batch));

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
