using Dendrite.Nn.Losses;

namespace Dendrite.Tests.Nn.Losses;

public class LossRegistryTests
{
    [Theory]
    [InlineData("mse", typeof(MeanSquaredError))]
    [InlineData("MSE", typeof(MeanSquaredError))]
    [InlineData("mean_squared_error", typeof(MeanSquaredError))]
    [InlineData("mae", typeof(MeanAbsoluteError))]
    [InlineData("mean_absolute_error", typeof(MeanAbsoluteError))]
    [InlineData("huber", typeof(Huber))]
    [InlineData("huber_loss", typeof(Huber))]
    [InlineData("binary_crossentropy", typeof(BinaryCrossentropy))]
    [InlineData("categorical_crossentropy", typeof(CategoricalCrossentropy))]
    [InlineData("sparse_categorical_crossentropy", typeof(SparseCategoricalCrossentropy))]
    public void Keras_names_create_their_loss(string name, Type type)
    {
        Assert.IsType(type, LossRegistry.Create(name));
    }

    [Fact]
    public void Created_losses_have_Keras_defaults()
    {
        Assert.False(((BinaryCrossentropy)LossRegistry.Create("binary_crossentropy")).FromLogits);
        Assert.Equal(1.0, ((Huber)LossRegistry.Create("huber")).Delta);
    }

    [Fact]
    public void Unknown_names_list_the_valid_ones()
    {
        var e = Assert.Throws<ArgumentException>(() => LossRegistry.Create("crossentropy"));
        Assert.Contains("'crossentropy'", e.Message);
        Assert.Contains("mse", e.Message);
        Assert.Contains("sparse_categorical_crossentropy", e.Message);
        Assert.Contains("huber", e.Message);
    }
}
