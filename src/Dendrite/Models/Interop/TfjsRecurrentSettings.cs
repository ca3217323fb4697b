// TfjsRecurrentSettings: the settings SimpleRNN, LSTM and GRU configs share, read once (keys in TfjsLayers.Recurrent.cs).
// Settings Dendrite's recurrent layers lack must hold their neutral value: regularizers and constraints null,
// dropout and recurrent_dropout 0, stateful false. implementation and unroll change how tfjs / Keras compute,
// not what, so any value is accepted; time_major (Keras 2) must be false; seed (Keras 3) only seeds dropout.
using Dendrite.Nn;
using Dendrite.Nn.Activations;
using Dendrite.Nn.Initializers;

namespace Dendrite.Models.Interop;

/// <summary>The shared settings of a recurrent layer's tfjs config.</summary>
internal readonly record struct TfjsRecurrentSettings(
    int Units, Activation Activation, bool UseBias, Initializer? Kernel, Initializer? Recurrent, Initializer? Bias,
    bool ReturnSequences, bool ReturnState, bool GoBackwards)
{
    /// <summary>Reads the shared settings and checks the ones Dendrite has no equivalent for.</summary>
    /// <exception cref="ArgumentException">A setting Dendrite lacks is not at its neutral value.</exception>
    public static TfjsRecurrentSettings Read(ConfigReader c)
    {
        foreach (string key in (string[])["kernel_regularizer", "recurrent_regularizer", "bias_regularizer", "activity_regularizer", "kernel_constraint", "recurrent_constraint", "bias_constraint"])
        {
            if (c.Raw(key) is { } value)
            {
                throw new ArgumentException($"{c.What}: setting '{key}' must be null, received {value}; Dendrite's recurrent layers have no {key.Replace('_', ' ')}, and dropping it would change training after loading.");
            }
        }

        foreach (string key in (string[])["dropout", "recurrent_dropout"])
        {
            if (c.Double(key, 0) != 0)
            {
                throw new ArgumentException($"{c.What}: setting '{key}' must be 0, received {c.Double(key, 0)}; Dendrite's recurrent layers have no {key.Replace('_', ' ')} (put a Dropout layer before the recurrent layer instead).");
            }
        }

        if (c.Bool("stateful", false) || c.Bool("time_major", false))
        {
            throw new ArgumentException($"{c.What}: stateful and time_major must be false; Dendrite's recurrent layers start each batch from zero states and read (batch, steps, features).");
        }

        _ = (c.Raw("implementation"), c.Raw("unroll"), c.Raw("seed"));
        return new(
            c.RequiredInt("units"),
            c.Has("activation") ? TfjsActivations.Import(c.Raw("activation")) : Activation.Tanh,
            c.Bool("use_bias", true),
            TfjsObjects.ImportInitializer(c.Raw("kernel_initializer")),
            TfjsObjects.ImportInitializer(c.Raw("recurrent_initializer")),
            TfjsObjects.ImportInitializer(c.Raw("bias_initializer")),
            c.Bool("return_sequences", false),
            c.Bool("return_state", false),
            c.Bool("go_backwards", false));
    }
}
