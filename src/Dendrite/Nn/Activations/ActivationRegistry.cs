// ActivationRegistry: the one place activation names (strings from config.json or the CLI) become
// Activation objects, by their Keras names. Unknown names list the valid ones.
namespace Dendrite.Nn.Activations;

/// <summary>Looks up activations by their Keras names, e.g. <c>relu</c> or <c>leaky_relu</c>.</summary>
public static class ActivationRegistry
{
    private static readonly NameRegistry<Activation> s_registry = new("activation", new Dictionary<string, Func<Activation>>
    {
        ["linear"] = () => Activation.Linear,
        ["relu"] = () => Activation.Relu,
        ["sigmoid"] = () => Activation.Sigmoid,
        ["softmax"] = () => Activation.Softmax,
        ["tanh"] = () => Activation.Tanh,
        ["leaky_relu"] = () => Activation.LeakyRelu,
        ["elu"] = () => Activation.Elu,
        ["selu"] = () => Activation.Selu,
        ["gelu"] = () => Activation.Gelu,
        ["silu"] = () => Activation.Silu,
        ["swish"] = () => Activation.Swish,
        ["softplus"] = () => Activation.Softplus,
        ["softsign"] = () => Activation.Softsign,
        ["hard_sigmoid"] = () => Activation.HardSigmoid,
        ["log_softmax"] = () => Activation.LogSoftmax,
        ["step"] = () => Activation.Step,
    });

    /// <summary>The registered names, in ordinal order.</summary>
    public static IReadOnlyList<string> Names => s_registry.Names;

    /// <summary>The activation named <paramref name="name"/> (case-insensitive), with Keras default settings.</summary>
    /// <param name="name">A Keras activation name, e.g. <c>relu</c>; <c>swish</c> is an alias of <c>silu</c>.</param>
    /// <exception cref="ArgumentException">The name is unknown; the message lists the valid names.</exception>
    public static Activation Get(string name) => s_registry.Create(name);
}
