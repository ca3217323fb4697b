// A callback that writes down every hook it receives, for checking Fit's hook order.
using System.Globalization;
using Dendrite.Training;
using Dendrite.Training.Callbacks;

namespace Dendrite.Tests.Training;

internal sealed class RecordingCallback : Callback
{
    public List<string> Calls { get; } = [];

    public List<Logs> EpochLogs { get; } = [];

    public List<Logs> TestEndLogs { get; } = [];

    public override void OnTrainBegin(Logs logs) => Calls.Add("TrainBegin");

    public override void OnTrainEnd(Logs logs) => Calls.Add("TrainEnd");

    public override void OnEpochBegin(int epoch) => Calls.Add(Hook("EpochBegin", epoch));

    public override void OnEpochEnd(int epoch, Logs logs)
    {
        Calls.Add(Hook("EpochEnd", epoch));
        EpochLogs.Add(new Logs(logs));
    }

    public override void OnTrainBatchBegin(int batch) => Calls.Add(Hook("TrainBatchBegin", batch));

    public override void OnTrainBatchEnd(int batch, Logs logs) => Calls.Add(Hook("TrainBatchEnd", batch));

    public override void OnTestBegin() => Calls.Add("TestBegin");

    public override void OnTestBatchBegin(int batch) => Calls.Add(Hook("TestBatchBegin", batch));

    public override void OnTestBatchEnd(int batch, Logs logs) => Calls.Add(Hook("TestBatchEnd", batch));

    public override void OnTestEnd(Logs logs)
    {
        Calls.Add("TestEnd");
        TestEndLogs.Add(new Logs(logs));
    }

    private static string Hook(string name, int index) => string.Create(CultureInfo.InvariantCulture, $"{name}({index})");
}
