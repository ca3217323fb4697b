// Shared by the config round-trip tests: a config as it comes back from config.json (written to JSON and
// parsed again, so numbers return as int/long/double and arrays as object?[]).
using Dendrite.Models.Saving;

namespace Dendrite.Tests.Nn;

internal static class ConfigJson
{
    public static Dictionary<string, object?> RoundTrip(IReadOnlyDictionary<string, object?> config) => ConfigValues.FromJson(ConfigValues.ToJson(config, "test"));
}
