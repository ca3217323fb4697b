using Dendrite.Autodiff;
using Dendrite.Tensors;

namespace Dendrite.Tests.Autodiff;

public class TensorExtensionTests
{
    [Fact]
    public void MethodFormsAreRecordedOnTheTape()
    {
        var w = new Tensor(new float[,] { { 1, 2 }, { 3, 4 } });
        var x = new Tensor(new float[,] { { 1, 1 } });
        using var tape = new GradientTape();
        tape.Watch(w);
        Tensor y = x.MatMul(w).Reshape([2]).Sum();   // (1+3) + (2+4) = 10
        Tensor[] g = tape.Gradient(y, [w]);
        Assert.Equal(10.0, y.ToScalar());
        Assert.Equal(new float[] { 1, 1, 1, 1 }, g[0].ToArray());
        Assert.Equal(new float[] { 1, 3, 2, 4 }, w.Transpose().ToArray());
        Assert.Equal(2.5, w.Mean().ToScalar());
    }
}
