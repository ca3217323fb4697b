using Dendrite.Autodiff;
using Dendrite.Tensors;
// The test folder Autodiff/Ops makes "Ops" a namespace here (Dendrite.Tests.Autodiff.Ops), which hides
// the Dendrite.Autodiff.Ops class; the alias names the class unambiguously.
using Op = Dendrite.Autodiff.Ops;

namespace Dendrite.Tests.Autodiff;

public class GradientTapeTests
{
    [Fact]
    public void FanOut_Accumulates()
    {
        // y = x·x + x  →  dy/dx = 2x + 1
        Tensor x = new float[] { -2, 0.5f, 3 };
        using var tape = new GradientTape();
        tape.Watch(x);
        Tensor y = Op.Add(Op.Multiply(x, x), x);
        Tensor[] g = tape.Gradient(y, [x]);
        Assert.Equal([-3f, 2, 7], g[0].ToArray());
    }

    [Fact]
    public void DeepFanOut_ThroughSharedIntermediate()
    {
        // u = 2x; y = Σ (u·u + u·x) = Σ 6x²  →  dy/dx = 12x
        Tensor x = new Tensor(new double[] { 1.5, -1 }, new Shape(2));
        using var tape = new GradientTape();
        tape.Watch(x);
        Tensor u = Op.Multiply(x, 2.0);
        Tensor y = Op.Sum(Op.Add(Op.Multiply(u, u), Op.Multiply(u, x)));
        Assert.Equal([18.0, -12], tape.Gradient(y, [x])[0].ToDoubleArray());
    }

    [Fact]
    public void UntrackedSource_GetsZerosOfItsShape()
    {
        Tensor x = new float[] { 1, 2 };
        Tensor unrelated = Tensor.Ones(new Shape(2, 3));
        using var tape = new GradientTape();
        tape.Watch(x);
        tape.Watch(unrelated);
        Tensor y = Op.Sum(Op.Multiply(x, x));
        Tensor[] g = tape.Gradient(y, [x, unrelated, Tensor.Scalar(5)]);
        Assert.Equal([2f, 4], g[0].ToArray());
        Assert.Equal(new Shape(2, 3), g[1].Shape);
        Assert.All(g[1].ToArray(), v => Assert.Equal(0f, v));
        Assert.Equal(0.0, g[2].ToScalar());
    }

    [Fact]
    public void NonPersistentTape_ThrowsOnSecondGradient()
    {
        Tensor x = new float[] { 3 };
        using var tape = new GradientTape();
        tape.Watch(x);
        Tensor y = Op.Multiply(x, x);
        tape.Gradient(y, [x]);
        var e = Assert.Throws<InvalidOperationException>(() => tape.Gradient(y, [x]));
        Assert.Contains("persistent", e.Message);
    }

    [Fact]
    public void PersistentTape_ComputesGradientsTwice()
    {
        Tensor x = new float[] { 3 };
        using var tape = new GradientTape(persistent: true);
        tape.Watch(x);
        Tensor y = Op.Multiply(x, x);
        Tensor z = Op.Exp(x);
        Assert.Equal(6f, tape.Gradient(y, [x])[0][0]);
        Assert.Equal(6f, tape.Gradient(y, [x])[0][0]);
        Assert.Equal(MathF.Exp(3), tape.Gradient(z, [x])[0][0], 4);
        Assert.Equal(2, tape.RecordCount);
    }

    [Fact]
    public void NoRecording_PausesAndResumes()
    {
        Tensor x = new float[] { 2 };
        using var tape = new GradientTape();
        tape.Watch(x);
        Tensor y;
        using (new NoRecording())
        {
            Assert.False(GradientTape.IsRecording);
            y = Op.Multiply(x, x);
        }

        Assert.True(GradientTape.IsRecording);
        Assert.Equal(0, tape.RecordCount);
        Assert.False(GradientTape.IsTracked(y));
        Tensor z = Op.Multiply(y, x); // y is a constant now: dz/dx = y = 4
        Assert.Equal(1, tape.RecordCount);
        Assert.Equal(4f, tape.Gradient(z, [x])[0][0]);
    }

    [Fact]
    public void OpsWithoutTrackedInputs_AreNotRecorded()
    {
        Tensor a = new float[] { 1, 2 };
        Tensor b = new float[] { 3, 4 };
        using var tape = new GradientTape();
        Tensor c = Op.Add(a, b);
        Assert.Equal(0, tape.RecordCount);
        Assert.False(GradientTape.IsTracked(c));
        tape.Watch(a);
        Assert.True(GradientTape.IsTracked(a));
        Tensor d = Op.Multiply(Op.Add(a, b), b);
        Assert.Equal(2, tape.RecordCount);
        Assert.True(GradientTape.IsTracked(d));
        Assert.Equal([3f, 4], tape.Gradient(d, [a])[0].ToArray());
    }

    [Fact]
    public void NoTape_NothingIsRecorded_AndDisposeStopsRecording()
    {
        Assert.False(GradientTape.IsRecording);
        var tape = new GradientTape();
        Assert.True(GradientTape.IsRecording);
        tape.Dispose();
        tape.Dispose();
        Assert.False(GradientTape.IsRecording);
    }

    [Fact]
    public void NestedTapes_RestoreTheOuterTape()
    {
        Tensor x = new float[] { 2 };
        using var outer = new GradientTape();
        outer.Watch(x);
        using (var inner = new GradientTape())
        {
            inner.Watch(x);
            _ = Op.Multiply(x, x);
            Assert.Equal(1, inner.RecordCount);
        }

        Assert.Equal(0, outer.RecordCount);
        Tensor y = Op.Multiply(x, x);
        Assert.Equal(1, outer.RecordCount);
        Assert.Equal(4f, outer.Gradient(y, [x])[0][0]);
    }

    [Fact]
    public void NonScalarTarget_IsSummed()
    {
        Tensor x = new float[] { 1, 2, 3 };
        using var tape = new GradientTape();
        tape.Watch(x);
        Tensor y = Op.Multiply(x, 3.0);
        Assert.Equal([3f, 3, 3], tape.Gradient(y, [x])[0].ToArray());
    }

    [Fact]
    public void BackwardRules_SeeWhichInputsNeedGradients_AndDoNotRecord()
    {
        Tensor a = new float[] { 1 };
        Tensor b = new float[] { 2 };
        bool[]? seen = null;
        using var tape = new GradientTape(persistent: true);
        tape.Watch(a);
        Tensor y = Tensor.Scalar(0);
        GradientTape.RecordOperation(y, [a, b], (dy, needs) =>
        {
            seen = needs;
            Assert.False(GradientTape.IsRecording);
            _ = Op.Multiply(a, a);
            return [Op.Multiply(Tensor.Ones(new Shape(1)), dy), null];
        });
        Assert.Equal(1, tape.RecordCount);
        Tensor[] g = tape.Gradient(y, [a, b]);
        Assert.Equal([true, false], seen!);
        Assert.Equal(1, tape.RecordCount);
        Assert.Equal([1f], g[0].ToArray());
        Assert.Equal([0f], g[1].ToArray());
    }

    [Fact]
    public void BackwardRule_WithWrongShape_Throws()
    {
        Tensor x = new float[] { 1, 2 };
        using var tape = new GradientTape();
        tape.Watch(x);
        Tensor y = x.Clone();
        GradientTape.RecordOperation(y, [x], (dy, needs) => [Tensor.Zeros(new Shape(3))]);
        var e = Assert.Throws<InvalidOperationException>(() => tape.Gradient(y, [x]));
        Assert.Contains("(3,)", e.Message);
        Assert.Contains("(2,)", e.Message);
    }

    [Fact]
    public void RecordOperation_WithoutTape_DoesNothing()
    {
        bool called = false;
        GradientTape.RecordOperation(Tensor.Scalar(1), [Tensor.Scalar(2)], (dy, needs) =>
        {
            called = true;
            return [dy];
        });
        Assert.False(called);
        Assert.False(GradientTape.IsTracked(Tensor.Scalar(1)));
    }
}
