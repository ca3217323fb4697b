// A tiny HTTP/1.1 server on 127.0.0.1 (an ephemeral port) for download tests: it answers each GET with the bytes
// registered for the path, or 404; a path can be set to announce the full Content-Length but send only half
// and close, like a dropped connection. It serves until disposed; every connection is closed after one answer.
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Dendrite.Tests.Data.Loaders;

internal sealed class LoopbackServer : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly Dictionary<string, (byte[] Body, bool Truncate)> _files = [];
    private readonly Task _loop;

    public LoopbackServer()
    {
        _listener.Start();
        BaseUri = new Uri($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/data/");
        _loop = Task.Run(ServeAsync);
    }

    public Uri BaseUri { get; }

    public int Requests { get; private set; }

    public void Add(string name, byte[] body, bool truncate = false)
    {
        lock (_files)
        {
            _files["/data/" + name] = (body, truncate);
        }
    }

    public void Dispose()
    {
        _listener.Stop();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(10));
        }
        catch (AggregateException)
        {
        }
    }

    private async Task ServeAsync()
    {
        while (true)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync();
            }
            catch (Exception e) when (e is SocketException or ObjectDisposedException)
            {
                return;
            }

            using (client)
            {
                await AnswerAsync(client.GetStream());
            }
        }
    }

    private async Task AnswerAsync(NetworkStream stream)
    {
        var request = new StringBuilder();
        var buffer = new byte[4096];
        while (!request.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
        {
            int n = await stream.ReadAsync(buffer);
            if (n == 0)
            {
                return;
            }

            request.Append(Encoding.ASCII.GetString(buffer, 0, n));
        }

        Requests++;
        string path = request.ToString().Split(' ')[1];
        (byte[] Body, bool Truncate) file;
        bool found;
        lock (_files)
        {
            found = _files.TryGetValue(path, out file);
        }

        string head = found
            ? $"HTTP/1.1 200 OK\r\nContent-Type: application/gzip\r\nContent-Length: {file.Body.Length}\r\nConnection: close\r\n\r\n"
            : "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
        if (found)
        {
            await stream.WriteAsync(file.Body.AsMemory(0, file.Truncate ? file.Body.Length / 2 : file.Body.Length));
        }

        await stream.FlushAsync();
    }
}
