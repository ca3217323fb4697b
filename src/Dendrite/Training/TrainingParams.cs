namespace Dendrite.Training;

/// <summary>What a training run will do, told to callbacks before it starts.</summary>
/// <param name="Epochs">The final epoch count (training runs epochs initialEpoch..Epochs-1).</param>
/// <param name="Steps">Batches per epoch.</param>
/// <param name="Verbose">0 silent, 1 progress bar, 2 one line per epoch.</param>
/// <param name="HasValidation">Whether validation data are evaluated at each epoch end.</param>
public sealed record TrainingParams(int Epochs, int Steps, int Verbose, bool HasValidation);
