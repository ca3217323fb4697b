using Dendrite.Nn.Activations;
using Dendrite.Nn.Layers;
using Dendrite.Tensors;

namespace Dendrite.Tests.Nn.Layers;

public sealed class ActivationLayerTests
{
    [Fact]
    public void Applies_its_activation()
    {
        Tensor x = new float[,] { { -1, 0, 2 }, { 3, -4, 0.5f } };
        Assert.Equal(new float[] { 0, 0, 2, 3, 0, 0.5f }, new ActivationLayer(Activation.Relu).Call(x).ToArray());
        Assert.Equal(Activation.Sigmoid.Call(x).ToArray(), new ActivationLayer(Activation.Sigmoid).Call(x).ToArray());
    }

    [Fact]
    public void Has_no_weights_and_keeps_the_shape()
    {
        var layer = new ActivationLayer(Activation.Softmax);
        Tensor y = layer.Apply(TestData.Normal(1, 3, 4));
        Assert.Empty(layer.Weights);
        Assert.Equal(new Shape(3, 4), y.Shape);
        Assert.Equal(1.0, y.ToArray().Take(4).Sum(), 5);
    }

    [Fact]
    public void Config_names_the_activation()
    {
        Assert.Equal("sigmoid", new ActivationLayer(Activation.Sigmoid).GetConfig()["activation"]);
    }

    [Fact]
    public void Null_activation_is_rejected()
    {
        Assert.Throws<ArgumentNullException>(() => new ActivationLayer(null!));
    }
}
