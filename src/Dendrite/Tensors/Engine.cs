// Engine: the process-wide settings of the tensor engine. One knob: the number of threads kernels use.
namespace Dendrite.Tensors;

/// <summary>Process-wide settings of the tensor engine.</summary>
public static class Engine
{
    private static int s_threads = Environment.ProcessorCount;

    /// <summary>The number of threads large kernels (GEMM, big element-wise maps) may use; default = processor count.</summary>
    /// <remarks>
    /// Results are deterministic for a given thread count: work is split into a fixed number of chunks and
    /// partial results are combined in a fixed order. Set it to 1 for single-threaded runs. The kernels run on one pool of
    /// their own (the calling thread plus Threads − 1 background threads, which spin briefly between jobs before they
    /// sleep); a kernel started while the pool is busy, e.g. by concurrent Predict calls, runs on its calling thread.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public static int Threads
    {
        get => s_threads;
        set
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            s_threads = value;
        }
    }
}
