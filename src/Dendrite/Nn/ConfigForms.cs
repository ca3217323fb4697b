// ConfigForms: the two ways a config refers to a nested object (an activation, an initializer), as Keras'
// serialize / deserialize do: its registry name alone, or {"class_name": name, "config": {settings}}.
namespace Dendrite.Nn;

/// <summary>Reads a nested object's config value: a name or <c>{class_name, config}</c>.</summary>
internal static class ConfigForms
{
    /// <summary>The object a config value describes.</summary>
    /// <param name="value">A name, or a dictionary with <c>class_name</c> and optional <c>config</c>.</param>
    /// <param name="kind">What the object is, for messages.</param>
    /// <param name="byName">Creates the object from a name with default settings.</param>
    /// <param name="fromConfig">Creates the object from a name and settings.</param>
    public static T Deserialize<T>(object? value, string kind, Func<string, T> byName, Func<string, IReadOnlyDictionary<string, object?>, T> fromConfig)
    {
        switch (value)
        {
            case string name:
                return byName(name);
            case IReadOnlyDictionary<string, object?> form:
                var reader = new ConfigReader(kind, form);
                string className = reader.NullableString("class_name")
                    ?? throw new ArgumentException($"A {kind} config needs 'class_name', received keys: {string.Join(", ", form.Keys)}.");
                object? settings = reader.Raw("config");
                reader.EnsureAllRead();
                return settings switch
                {
                    null => byName(className),
                    IReadOnlyDictionary<string, object?> config => fromConfig(className, config),
                    _ => throw new ArgumentException($"A {kind} config's 'config' must be an object, received {settings.GetType().Name}."),
                };
            default:
                throw new ArgumentException($"A {kind} in a config must be a name or {{class_name, config}}, received {(value is null ? "null" : value.GetType().Name)}.");
        }
    }
}
