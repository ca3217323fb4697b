// TrainSettings: the parsed options of `dendrite train` (defaults in TrainCommand).
using Dendrite.Data.Modeling;

namespace Dendrite.Cli;

internal sealed record TrainSettings(
    string Data,
    string[] Targets,
    TabularTask? Task,
    int[] Hidden,
    double Dropout,
    int Epochs,
    int BatchSize,
    double LearningRate,
    double ValidationSplit,
    int Patience,
    double TestSplit,
    int Seed,
    bool ClassWeights,
    string? Positive,
    string Out);
