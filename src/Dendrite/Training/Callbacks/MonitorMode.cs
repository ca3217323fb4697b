// MonitorMode: whether a watched log value improves by going down ("min") or up ("max").
// Keras 3 (keras/src/callbacks/monitor_callback.py) resolves "auto" from the metric object's direction;
// our metrics carry no direction, so auto decides by name (for EarlyStopping, ReduceLROnPlateau and ModelCheckpoint): "max" for the accuracy
// family, AUC, precision, recall, F-scores and R² (Keras names such as f1_score, r2_score), "min" for everything else (losses, errors).
namespace Dendrite.Training.Callbacks;

/// <summary>Resolves a callback's <c>mode</c> argument (<c>auto</c>, <c>min</c>, <c>max</c>) for a monitored key.</summary>
internal static class MonitorMode
{
    /// <summary>Returns <c>min</c> or <c>max</c>; throws naming <paramref name="owner"/> for any other mode.</summary>
    public static string Resolve(string monitor, string mode, string owner) => mode switch
    {
        "min" or "max" => mode,
        "auto" => IsHigherBetter(monitor) ? "max" : "min",
        _ => throw new ArgumentException($"{owner} mode must be 'auto', 'min' or 'max', received '{mode}'.", nameof(mode)),
    };

    private static bool IsHigherBetter(string monitor)
    {
        string m = monitor.StartsWith("val_", StringComparison.Ordinal) ? monitor[4..] : monitor;
        string[] higher = ["acc", "auc", "precision", "recall", "f1", "fbeta", "r2", "f1_score", "fbeta_score", "r2_score"];
        return higher.Any(h => m.EndsWith(h, StringComparison.Ordinal)) || m.Contains("accuracy", StringComparison.Ordinal);
    }
}
