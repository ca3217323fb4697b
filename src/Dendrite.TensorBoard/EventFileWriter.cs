// EventFileWriter: one TensorBoard event file, events.out.tfevents.<unix seconds>.<host>.<pid>.<n> (the name
// PyTorch's SummaryWriter uses; TensorBoard only needs "tfevents" in it and sorts files by the timestamp).
// The first record is an Event with file_version "brain.Event:2", as TensorFlow's and PyTorch's writers put.
// Crash safety: events are framed whole into a memory buffer; Flush appends the buffer to the file in one write
// and closes the file again. No handle stays open between flushes, so a failed Fit leaves no file open and every
// flushed record complete; at worst the events added since the last flush are lost.
using Dendrite.TensorBoard.Protos;
using Google.Protobuf;

namespace Dendrite.TensorBoard;

/// <summary>Appends <see cref="Event"/> records to one event file, flushing (and closing it) on demand.</summary>
internal sealed class EventFileWriter
{
    /// <summary>The file version string of the first record.</summary>
    public const string FileVersion = "brain.Event:2";

    private static int s_counter;
    private readonly MemoryStream _pending = new();

    /// <summary>Creates the directory if needed and the file with its version record, flushed.</summary>
    /// <param name="directory">The run's directory, e.g. <c>logs/train</c>.</param>
    public EventFileWriter(string directory)
    {
        Directory.CreateDirectory(directory);
        double now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() / 1000.0;
        string stem = $"events.out.tfevents.{(long)now}.{Environment.MachineName}.{Environment.ProcessId}";
        string path;
        do
        {
            path = System.IO.Path.Combine(directory, $"{stem}.{Interlocked.Increment(ref s_counter)}");
        }
        while (File.Exists(path));

        Path = path;
        Add(new Event { WallTime = now, FileVersion = FileVersion });
        Flush();
    }

    /// <summary>The event file's full path.</summary>
    public string Path { get; }

    /// <summary>Frames <paramref name="e"/> into the pending buffer; it reaches the file at the next <see cref="Flush"/>.</summary>
    public void Add(Event e) => TfRecord.Write(_pending, e.ToByteArray());

    /// <summary>Adds an event holding one summary value at <paramref name="step"/>, stamped with the current time.</summary>
    public void Add(long step, Summary.Types.Value value) => Add(new Event
    {
        WallTime = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() / 1000.0,
        Step = step,
        Summary = new Summary { Value = { value } },
    });

    /// <summary>Appends the pending records to the file, flushes them to disk and closes the file.</summary>
    public void Flush()
    {
        if (_pending.Length == 0)
        {
            return;
        }

        using (var file = new FileStream(Path, FileMode.Append, FileAccess.Write, FileShare.Read))
        {
            _pending.WriteTo(file);
            file.Flush(flushToDisk: true);
        }

        _pending.SetLength(0);
    }
}
