using Dendrite.Nn.Initializers;
using Dendrite.Tensors;

namespace Dendrite.Tests.Nn.Initializers;

public class ConstantInitializerTests
{
    [Fact]
    public void Ones_Zeros_and_Constant_fill_every_element()
    {
        var shape = new Shape(3, 4);
        Assert.All(new Ones().Initialize(shape, new RandomGenerator(1)).ToArray(), v => Assert.Equal(1f, v));
        Assert.All(new Zeros().Initialize(shape, new RandomGenerator(1)).ToArray(), v => Assert.Equal(0f, v));
        Assert.All(new Constant(2.5).Initialize(shape, new RandomGenerator(1)).ToArray(), v => Assert.Equal(2.5f, v));
        Assert.All(new Constant().Initialize(shape, new RandomGenerator(1)).ToArray(), v => Assert.Equal(0f, v));
        Assert.Equal(shape, new Constant(1).Initialize(shape, new RandomGenerator(1)).Shape);
    }

    [Fact]
    public void Constant_config_holds_the_value()
    {
        Assert.Equal(2.5, new Constant(2.5).GetConfig()["value"]);
    }
}
