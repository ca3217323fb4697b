using Dendrite.Optimizers;

namespace Dendrite.Tests.Optimizers;

public class OptimizerRegistryTests
{
    [Theory]
    [InlineData("sgd", typeof(SGD))]
    [InlineData("SGD", typeof(SGD))]
    [InlineData("adam", typeof(Adam))]
    [InlineData("adamw", typeof(AdamW))]
    [InlineData("rmsprop", typeof(RMSprop))]
    [InlineData("adagrad", typeof(Adagrad))]
    public void Keras_names_create_their_optimizer(string name, Type type)
    {
        Optimizer opt = OptimizerRegistry.Create(name);
        Assert.IsType(type, opt);
        Assert.Equal(name.ToLowerInvariant(), opt.Name);
    }

    [Fact]
    public void Unknown_names_list_the_valid_ones()
    {
        var e = Assert.Throws<ArgumentException>(() => OptimizerRegistry.Create("adadelta"));
        Assert.Contains("'adadelta'", e.Message);
        Assert.Contains("adam, adamw, rmsprop, sgd", e.Message);
    }
}
