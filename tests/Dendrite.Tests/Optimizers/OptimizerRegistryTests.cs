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
    [InlineData("adadelta", typeof(Adadelta))]
    [InlineData("adamax", typeof(Adamax))]
    [InlineData("nadam", typeof(Nadam))]
    [InlineData("lion", typeof(Lion))]
    public void Keras_names_create_their_optimizer(string name, Type type)
    {
        Optimizer opt = OptimizerRegistry.Create(name);
        Assert.IsType(type, opt);
        Assert.Equal(name.ToLowerInvariant(), opt.Name);
    }

    [Fact]
    public void Unknown_names_list_the_valid_ones()
    {
        var e = Assert.Throws<ArgumentException>(() => OptimizerRegistry.Create("ftrl"));
        Assert.Contains("'ftrl'", e.Message);
        Assert.Contains("adadelta, adagrad, adam, adamax, adamw, lion, nadam, rmsprop, sgd", e.Message);
    }
}
