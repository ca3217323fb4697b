// LambdaCallback: a callback made of delegates, for small jobs without a class (Keras 3,
// keras/src/callbacks/lambda_callback.py). Each hook left null does nothing:
//   new LambdaCallback(onEpochEnd: (epoch, logs) => Console.WriteLine($"{epoch}: {logs["loss"]}"))
namespace Dendrite.Training.Callbacks;

/// <summary>A callback whose hooks are the given delegates; any left null does nothing.</summary>
/// <param name="onEpochBegin">Called with the epoch index at the start of each epoch; default null.</param>
/// <param name="onEpochEnd">Called with the epoch index and its logs at the end of each epoch; default null.</param>
/// <param name="onTrainBegin">Called with the (empty) logs before training; default null.</param>
/// <param name="onTrainEnd">Called with the last epoch's logs after training; default null.</param>
/// <param name="onTrainBatchBegin">Called with the batch index before each training batch; default null.</param>
/// <param name="onTrainBatchEnd">Called with the batch index and the running logs after each training batch; default null.</param>
public sealed class LambdaCallback(
    Action<int>? onEpochBegin = null,
    Action<int, Logs>? onEpochEnd = null,
    Action<Logs>? onTrainBegin = null,
    Action<Logs>? onTrainEnd = null,
    Action<int>? onTrainBatchBegin = null,
    Action<int, Logs>? onTrainBatchEnd = null) : Callback
{
    /// <inheritdoc/>
    public override void OnEpochBegin(int epoch) => onEpochBegin?.Invoke(epoch);

    /// <inheritdoc/>
    public override void OnEpochEnd(int epoch, Logs logs) => onEpochEnd?.Invoke(epoch, logs);

    /// <inheritdoc/>
    public override void OnTrainBegin(Logs logs) => onTrainBegin?.Invoke(logs);

    /// <inheritdoc/>
    public override void OnTrainEnd(Logs logs) => onTrainEnd?.Invoke(logs);

    /// <inheritdoc/>
    public override void OnTrainBatchBegin(int batch) => onTrainBatchBegin?.Invoke(batch);

    /// <inheritdoc/>
    public override void OnTrainBatchEnd(int batch, Logs logs) => onTrainBatchEnd?.Invoke(batch, logs);
}
