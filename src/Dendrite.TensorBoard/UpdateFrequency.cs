// UpdateFrequency: Keras' update_freq ("epoch", "batch" or an integer N) as a type. Epoch-level scalars are
// always written; with Batch or EveryBatches(N), the batch logs are also written as "batch_<key>" at every N-th
// training batch (N = 1 for Batch), the step being the 1-based global batch count (keras/src/callbacks/tensorboard.py).
namespace Dendrite.TensorBoard;

/// <summary>How often the TensorBoard callback writes batch-level scalars: never (<see cref="Epoch"/>), every batch, or every N batches.</summary>
public readonly record struct UpdateFrequency
{
    private UpdateFrequency(int batches) => Batches = batches;

    /// <summary>Only epoch-level scalars (Keras' <c>"epoch"</c>); the default value.</summary>
    public static UpdateFrequency Epoch => default;

    /// <summary>Batch-level scalars after every batch (Keras' <c>"batch"</c>).</summary>
    public static UpdateFrequency Batch => new(1);

    /// <summary>The number of batches between batch-level writes; 0 for epoch-level only.</summary>
    public int Batches { get; }

    /// <summary>Batch-level scalars every <paramref name="batches"/> batches (Keras' integer <c>update_freq</c>).</summary>
    /// <param name="batches">Batches between writes, ≥ 1.</param>
    /// <returns>The frequency.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="batches"/> is below 1.</exception>
    public static UpdateFrequency EveryBatches(int batches)
    {
        if (batches < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(batches), batches, $"UpdateFrequency.EveryBatches needs batches >= 1, received {batches}.");
        }

        return new(batches);
    }

    /// <inheritdoc/>
    public override string ToString() => Batches switch
    {
        0 => "epoch",
        1 => "batch",
        _ => $"every {Batches} batches",
    };
}
