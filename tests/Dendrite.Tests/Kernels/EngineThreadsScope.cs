using Dendrite.Tensors;

namespace Dendrite.Tests.Kernels;

/// <summary>Sets the process-wide <see cref="Engine.Threads"/> for one test's scope and restores the previous value on
/// dispose (tests using it belong to <see cref="EngineThreadsCollection"/>, which runs them alone).</summary>
internal readonly struct EngineThreadsScope : IDisposable
{
    private readonly int _saved;

    /// <summary>Saves the current thread count and sets <paramref name="threads"/>.</summary>
    public EngineThreadsScope(int threads)
    {
        _saved = Engine.Threads;
        Engine.Threads = threads;
    }

    /// <summary>Restores the thread count saved at construction.</summary>
    public void Dispose() => Engine.Threads = _saved;
}
