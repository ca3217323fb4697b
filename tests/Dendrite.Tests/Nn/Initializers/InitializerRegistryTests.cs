using Dendrite.Nn.Initializers;

namespace Dendrite.Tests.Nn.Initializers;

public class InitializerRegistryTests
{
    [Theory]
    [InlineData("glorot_uniform", typeof(GlorotUniform))]
    [InlineData("glorot_normal", typeof(GlorotNormal))]
    [InlineData("he_uniform", typeof(HeUniform))]
    [InlineData("he_normal", typeof(HeNormal))]
    [InlineData("lecun_uniform", typeof(LecunUniform))]
    [InlineData("lecun_normal", typeof(LecunNormal))]
    [InlineData("random_uniform", typeof(RandomUniform))]
    [InlineData("random_normal", typeof(RandomNormal))]
    [InlineData("truncated_normal", typeof(TruncatedNormal))]
    [InlineData("variance_scaling", typeof(VarianceScaling))]
    [InlineData("orthogonal", typeof(Orthogonal))]
    [InlineData("zeros", typeof(Zeros))]
    [InlineData("ones", typeof(Ones))]
    [InlineData("constant", typeof(Constant))]
    public void Keras_names_create_their_initializer(string name, Type type)
    {
        Initializer init = InitializerRegistry.Create(name);
        Assert.IsType(type, init);
        Assert.Equal(name, init.Name);
    }

    [Fact]
    public void Unknown_names_list_the_valid_ones()
    {
        var e = Assert.Throws<ArgumentException>(() => InitializerRegistry.Create("xavier"));
        Assert.Contains("'xavier'", e.Message);
        Assert.Contains("glorot_uniform", e.Message);
        Assert.Contains("he_normal", e.Message);
        Assert.Contains("orthogonal", e.Message);
    }
}
