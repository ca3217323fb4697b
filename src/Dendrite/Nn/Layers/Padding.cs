// Padding: Keras' `padding` argument of the convolution and pooling layers ("valid", "same", "causal"),
// typed; the strings appear only in config.json (ConvArithmetic.PaddingName / ParsePadding).
namespace Dendrite.Nn.Layers;

/// <summary>How a convolution or pooling window treats the borders of its input.</summary>
public enum Padding
{
    /// <summary>No padding: windows lie wholly inside the input; output length ⌊(n − dilatedKernel) / stride⌋ + 1.</summary>
    Valid,

    /// <summary>Pads evenly (the extra one after) so that the output length is ⌈n / stride⌉.</summary>
    Same,

    /// <summary>Conv1D only: pads dilation·(kernel − 1) zeros before the sequence, so output t never sees inputs after t.</summary>
    Causal,
}
