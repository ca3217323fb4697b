// CsvLogger: streams each epoch's logs to a CSV file (Keras 3, keras/src/callbacks/csv_logger.py).
//   OnTrainBegin:  open the file: overwrite, or (append) add to its end; the header is written unless
//                  appending to a file that is not empty.
//   OnEpochEnd:    the columns are fixed at the first epoch: "epoch", then that epoch's log keys sorted
//                  (ordinal); one row per epoch, a key missing later is written "NA"; flushed every epoch.
//   OnTrainEnd:    close the file.
// Values are written as Python prints them (0.25, 3.0, 1e-05, nan), rows end with "\r\n" and fields holding
// the separator, a quote or a line break are quoted — Python's csv "excel" dialect, as Keras writes them.
// Fit calls no hook when a step throws: every finished epoch is already flushed to disk, and Dispose
// (or the next OnTrainBegin) closes the file.
using System.Globalization;
using System.Text;

namespace Dendrite.Training.Callbacks;

/// <summary>Writes one CSV row per epoch: <c>epoch</c> then every log value, columns sorted by name.</summary>
public sealed class CsvLogger : Callback, IDisposable
{
    private StreamWriter? _writer;
    private List<string>? _keys;
    private bool _writeHeader;

    /// <summary>Creates the logger; the file is opened when training begins.</summary>
    /// <param name="filename">The CSV file, e.g. <c>runs/log.csv</c>; its folder must exist.</param>
    /// <param name="separator">The field separator; default ','.</param>
    /// <param name="append">Continue an existing file (without repeating its header) instead of overwriting it; default false.</param>
    /// <exception cref="ArgumentException"><paramref name="filename"/> is empty, or <paramref name="separator"/> is a quote or a line break.</exception>
    public CsvLogger(string filename, char separator = ',', bool append = false)
    {
        ArgumentException.ThrowIfNullOrEmpty(filename);
        if (separator is '"' or '\r' or '\n')
        {
            throw new ArgumentException($"CsvLogger separator cannot be a quote or a line break, received U+{(int)separator:X4}.", nameof(separator));
        }

        Filename = filename;
        Separator = separator;
        Append = append;
    }

    /// <summary>The CSV file.</summary>
    public string Filename { get; }

    /// <summary>The field separator.</summary>
    public char Separator { get; }

    /// <summary>Whether an existing file is continued.</summary>
    public bool Append { get; }

    /// <inheritdoc/>
    public override void OnTrainBegin(Logs logs)
    {
        Close();
        FileMode mode = FileMode.Create;
        _writeHeader = true;
        if (Append && File.Exists(Filename))
        {
            _writeHeader = new FileInfo(Filename).Length == 0;
            mode = FileMode.Append;
        }

        _writer = new StreamWriter(new FileStream(Filename, mode, FileAccess.Write, FileShare.Read), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        _keys = null;
    }

    /// <inheritdoc/>
    /// <exception cref="InvalidOperationException">Training has not begun (the file is not open).</exception>
    public override void OnEpochEnd(int epoch, Logs logs)
    {
        ArgumentNullException.ThrowIfNull(logs);
        StreamWriter writer = _writer ?? throw new InvalidOperationException($"CsvLogger '{Filename}' is not open: OnTrainBegin opens it (Fit calls it).");
        if (_keys is null)
        {
            _keys = logs.Keys.Order(StringComparer.Ordinal).ToList();
            if (_writeHeader)
            {
                WriteRow(writer, ["epoch", .. _keys]);
            }
        }

        var row = new List<string>(_keys.Count + 1) { epoch.ToString(CultureInfo.InvariantCulture) };
        row.AddRange(_keys.Select(k => logs.TryGetValue(k, out double v) ? PythonFloat.Repr(v) : "NA"));
        WriteRow(writer, row);
        writer.Flush();
    }

    /// <inheritdoc/>
    public override void OnTrainEnd(Logs logs) => Close();

    /// <summary>Closes the file if it is open.</summary>
    public void Dispose() => Close();

    private void WriteRow(StreamWriter writer, IReadOnlyList<string> fields)
    {
        for (int i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                writer.Write(Separator);
            }

            string f = fields[i];
            bool quote = f.Contains(Separator, StringComparison.Ordinal) || f.Contains('"', StringComparison.Ordinal) || f.Contains('\r', StringComparison.Ordinal) || f.Contains('\n', StringComparison.Ordinal);
            writer.Write(quote ? "\"" + f.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : f);
        }

        writer.Write("\r\n");
    }

    private void Close()
    {
        _writer?.Dispose();
        _writer = null;
    }
}
