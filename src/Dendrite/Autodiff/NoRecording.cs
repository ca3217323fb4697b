// NoRecording: a scope in which no op is recorded on the gradient tape (PyTorch's no_grad).
// Used for inference (Predict) and inside fused ops that compute helpers they differentiate themselves.
namespace Dendrite.Autodiff;

/// <summary>Pauses gradient recording on this thread until disposed (like PyTorch's <c>no_grad</c>).</summary>
public readonly struct NoRecording : IDisposable
{
    private readonly GradientTape? _paused;

    /// <summary>Pauses recording.</summary>
    public NoRecording()
    {
        _paused = GradientTape.Pause();
    }

    /// <summary>Resumes recording on the tape that was active.</summary>
    public void Dispose() => GradientTape.Resume(_paused);
}
