// ConvGeometry: where a 2-D window (convolution or pooling) reads its input, channels last.
//   input (batch, inH, inW, channels)   output positions (outH, outW)
//   output (oy, ox) reads input rows iy = oy·strideH − padTop + ky·dilationH   for ky < kernelH
//                             columns ix = ox·strideW − padLeft + kx·dilationW  for kx < kernelW
//   positions outside [0, inH) × [0, inW) are padding (zero for convolution, skipped for pooling).
// The caller chooses outH, outW and the leading pads (Keras 'valid' / 'same' / 'causal' arithmetic lives in
// Nn.Layers.ConvArithmetic); the kernels only follow this mapping. An im2col patch row is ordered
// (ky, kx, channel), which is the row-major order of a Keras kernel (kernelH, kernelW, channels, filters).
namespace Dendrite.Kernels;

/// <summary>The window geometry of a 2-D convolution or pooling over channels-last data.</summary>
/// <param name="InH">Input height.</param>
/// <param name="InW">Input width.</param>
/// <param name="Channels">Input channels.</param>
/// <param name="KernelH">Window height.</param>
/// <param name="KernelW">Window width.</param>
/// <param name="StrideH">Vertical stride.</param>
/// <param name="StrideW">Horizontal stride.</param>
/// <param name="DilationH">Vertical dilation.</param>
/// <param name="DilationW">Horizontal dilation.</param>
/// <param name="PadTop">Rows of padding before the first input row.</param>
/// <param name="PadLeft">Columns of padding before the first input column.</param>
/// <param name="OutH">Output height.</param>
/// <param name="OutW">Output width.</param>
internal readonly record struct ConvGeometry(
    int InH, int InW, int Channels, int KernelH, int KernelW, int StrideH, int StrideW, int DilationH, int DilationW, int PadTop, int PadLeft, int OutH, int OutW)
{
    /// <summary>The length of one im2col row: kernelH · kernelW · channels.</summary>
    public int PatchSize => KernelH * KernelW * Channels;

    /// <summary>The number of elements of one input sample.</summary>
    public int InputSize => InH * InW * Channels;

    /// <summary>Whether the window reads its input unchanged (1×1, stride 1, no padding): then x is its own im2col matrix.</summary>
    public bool IsPointwise => KernelH == 1 && KernelW == 1 && StrideH == 1 && StrideW == 1 && PadTop == 0 && PadLeft == 0 && OutH == InH && OutW == InW;
}
