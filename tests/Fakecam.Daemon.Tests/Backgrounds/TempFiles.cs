using Fakecam.Interop;

namespace Fakecam.Daemon.Tests.Backgrounds;

/// <summary>A private temporary directory for fixture files, removed on dispose.</summary>
internal sealed class TempFiles : IDisposable
{
    public TempFiles() => Directory = System.IO.Directory.CreateTempSubdirectory("fakecam-backgrounds-").FullName;

    public string Directory { get; }

    public string Write(string name, byte[] contents)
    {
        string path = Path.Combine(Directory, name);
        File.WriteAllBytes(path, contents);
        return path;
    }

    public SafeFileDescriptor Open(string name, byte[] contents) => Libc.Open(Write(name, contents), Libc.O_RDONLY);

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}
