// ConfigReader: typed reads from a config dictionary (GetConfig's output, or the same parsed back from
// config.json), for the registries' from-config factories. Values may arrive as the CLR types GetConfig
// wrote (int, double, int[], …) or as JSON gives them back (an integral double written as "0" returns as
// an int, arrays as object?[]), so numbers convert between int/long/float/double where no value is lost.
// A missing key means the constructor default (as Keras' from_config); a key nobody read is an error, so a
// setting is never silently dropped.
using System.Globalization;

namespace Dendrite.Nn;

/// <summary>Reads typed settings from a config dictionary and reports keys that were not understood.</summary>
/// <param name="what">Whose config this is, for messages, e.g. "Dense 'dense_1'".</param>
/// <param name="config">The settings.</param>
internal sealed class ConfigReader(string what, IReadOnlyDictionary<string, object?> config)
{
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    /// <summary>Whose config this is.</summary>
    public string What => what;

    /// <summary>Whether <paramref name="key"/> is present.</summary>
    public bool Has(string key) => config.ContainsKey(key);

    /// <summary>The raw value of <paramref name="key"/>, or null when missing.</summary>
    public object? Raw(string key)
    {
        _read.Add(key);
        return config.TryGetValue(key, out object? v) ? v : null;
    }

    /// <summary>A double, or <paramref name="fallback"/> when missing.</summary>
    public double Double(string key, double fallback) => NullableDouble(key) ?? fallback;

    /// <summary>A double or null.</summary>
    public double? NullableDouble(string key) => Raw(key) switch
    {
        null => null,
        double d => d,
        float f => f,
        int i => i,
        long l => l,
        object other => throw Bad(key, "a number", other),
    };

    /// <summary>A double that must be present.</summary>
    public double RequiredDouble(string key) => NullableDouble(key) ?? throw Missing(key);

    /// <summary>An int, or <paramref name="fallback"/> when missing.</summary>
    public int Int(string key, int fallback) => NullableInt(key) ?? fallback;

    /// <summary>An int or null.</summary>
    public int? NullableInt(string key)
    {
        object? v = Raw(key);
        return v is null ? null : ToInt(key, v);
    }

    /// <summary>An int that must be present.</summary>
    public int RequiredInt(string key) => NullableInt(key) ?? throw Missing(key);

    /// <summary>A long, or <paramref name="fallback"/> when missing.</summary>
    public long Long(string key, long fallback) => Raw(key) switch
    {
        null => fallback,
        object v => ToLong(key, v),
    };

    /// <summary>A long that must be present.</summary>
    public long RequiredLong(string key) => Raw(key) switch
    {
        null => throw Missing(key),
        object v => ToLong(key, v),
    };

    /// <summary>A bool, or <paramref name="fallback"/> when missing.</summary>
    public bool Bool(string key, bool fallback) => Raw(key) switch
    {
        null => fallback,
        bool b => b,
        object other => throw Bad(key, "true or false", other),
    };

    /// <summary>A string or null when missing.</summary>
    public string? NullableString(string key) => Raw(key) switch
    {
        null => null,
        string s => s,
        object other => throw Bad(key, "a string", other),
    };

    /// <summary>An array of ints that must be present.</summary>
    public int[] RequiredIntArray(string key) => Raw(key) switch
    {
        null => throw Missing(key),
        int[] dims => dims,
        System.Collections.IEnumerable items and not string => items.Cast<object?>().Select(item => item is null ? throw Bad(key, "integers", "null") : ToInt(key, item)).ToArray(),
        object other => throw Bad(key, "an array of integers", other),
    };

    /// <summary>An array of longs that must be present.</summary>
    public long[] RequiredLongArray(string key) => Items(key, "integers").Select(item => ToLong(key, item)).ToArray();

    /// <summary>An array of doubles that must be present.</summary>
    public double[] RequiredDoubleArray(string key) => Items(key, "numbers").Select(item => item switch
    {
        double d => d,
        float f => f,
        int i => i,
        long l => l,
        _ => throw Bad(key, "numbers", item),
    }).ToArray();

    /// <summary>Throws if the config has a key that no read asked for.</summary>
    /// <exception cref="ArgumentException">Names the first key not understood and the ones that are.</exception>
    public void EnsureAllRead()
    {
        string? unknown = config.Keys.FirstOrDefault(k => !_read.Contains(k));
        if (unknown is not null)
        {
            throw new ArgumentException($"{what} config has the unknown setting '{unknown}'; understood: {(_read.Count == 0 ? "none" : string.Join(", ", _read.Order(StringComparer.Ordinal)))}.");
        }
    }

    /// <summary>Whether two configs hold the same keys and values (arrays compared element-wise).</summary>
    public static bool ConfigEquals(IReadOnlyDictionary<string, object?> a, IReadOnlyDictionary<string, object?> b)
    {
        return a.Count == b.Count && a.All(kv => b.TryGetValue(kv.Key, out object? other) && ValueEquals(kv.Value, other));
    }

    private static bool ValueEquals(object? x, object? y) => (x, y) switch
    {
        (null, null) => true,
        (null, _) or (_, null) => false,
        (IReadOnlyDictionary<string, object?> dx, IReadOnlyDictionary<string, object?> dy) => ConfigEquals(dx, dy),
        (string sx, string sy) => sx == sy,
        (System.Collections.IEnumerable ex, System.Collections.IEnumerable ey) => ex.Cast<object?>().SequenceEqual(ey.Cast<object?>(), EqualityComparer<object?>.Create(ValueEquals)),
        _ => x.Equals(y),
    };

    private int ToInt(string key, object v) => v switch
    {
        int i => i,
        long l when l is >= int.MinValue and <= int.MaxValue => (int)l,
        double d when d == Math.Floor(d) && d is >= int.MinValue and <= int.MaxValue => (int)d,
        _ => throw Bad(key, "an integer", v),
    };

    private long ToLong(string key, object v) => v switch
    {
        int i => i,
        long l => l,
        double d when d == Math.Floor(d) && d is >= long.MinValue and < long.MaxValue => (long)d,
        _ => throw Bad(key, "an integer", v),
    };

    /// <summary>The non-null items of the array <paramref name="key"/>.</summary>
    private IEnumerable<object> Items(string key, string expected) => Raw(key) switch
    {
        null => throw Missing(key),
        System.Collections.IEnumerable items and not string => items.Cast<object?>().Select(item => item ?? throw Bad(key, expected, "null")).ToArray(),
        object other => throw Bad(key, $"an array of {expected}", other),
    };

    private ArgumentException Missing(string key) => new($"{what} config needs the setting '{key}', which is missing.");

    private ArgumentException Bad(string key, string expected, object received) =>
        new($"{what} config setting '{key}' must be {expected}, received {Convert.ToString(received, CultureInfo.InvariantCulture)} ({received.GetType().Name}).");
}
