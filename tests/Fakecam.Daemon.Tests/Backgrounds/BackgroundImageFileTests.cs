using System.Diagnostics;
using System.IO.Pipes;
using System.Net.Sockets;
using Fakecam.Daemon.Backgrounds;
using Fakecam.Daemon.Frames;
using Fakecam.Interop;

namespace Fakecam.Daemon.Tests.Backgrounds;

public sealed class BackgroundImageFileTests : IDisposable
{
    private readonly TempFiles _files = new();

    public void Dispose() => _files.Dispose();

    private static BackgroundImageException Refused(SafeFileDescriptor fd, BackgroundImageError expected)
    {
        var error = Assert.Throws<BackgroundImageException>(() => BackgroundImageLoader.Load(fd));
        Assert.Equal(expected, error.Error);
        return error;
    }

    [Fact]
    public void Image_passed_as_a_descriptor_is_read_from_the_start_and_the_descriptor_stays_usable()
    {
        using SafeFileDescriptor fd = _files.Open("red.png", PngFixtures.Rgb(TestImage.Solid(10, 6, 255, 0, 0)));
        Span<byte> skipped = stackalloc byte[20];
        Libc.Read(fd, skipped);

        VideoFrame frame = BackgroundImageLoader.Load(fd);

        FrameAssert.Size(frame, 10, 6);
        FrameAssert.Whole(frame, FrameAssert.Red);
        Assert.False(fd.IsClosed);
        Assert.Equal(10, BackgroundImageLoader.Load(fd).Width);
    }

    [Fact]
    public void Image_given_by_path_is_loaded()
    {
        string path = _files.Write("photo.webp", WebPFixtures.Lossless(TestImage.Solid(4, 4, 0, 0, 255)));

        FrameAssert.Whole(BackgroundImageLoader.Load(path), FrameAssert.Blue);
    }

    [Fact]
    public void Missing_path_is_an_invalid_argument_naming_the_path()
    {
        string path = Path.Combine(_files.Directory, "nowhere.png");

        var error = Assert.Throws<BackgroundImageException>(() => BackgroundImageLoader.Load(path));

        Assert.Equal(BackgroundImageError.InvalidArgument, error.Error);
        Assert.Contains(path, error.Message);
        Assert.Contains("No such file", error.Message);
    }

    [Fact]
    public void File_over_64_MiB_is_too_large_without_being_read()
    {
        string path = Path.Combine(_files.Directory, "huge.png");
        using (var file = new FileStream(path, FileMode.CreateNew))
        {
            file.Write(PngFixtures.Rgb(TestImage.Solid(4, 4, 1, 1, 1)));
            file.SetLength(BackgroundImageLimits.MaxFileBytes + 1);
        }
        using SafeFileDescriptor fd = Libc.Open(path, Libc.O_RDONLY);
        long allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();

        var error = Refused(fd, BackgroundImageError.TooLarge);

        Assert.Contains("64 MiB", error.Message);
        Assert.True(clock.ElapsedMilliseconds < 500, $"took {clock.ElapsedMilliseconds} ms");
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - allocatedBefore < 1_000_000);
    }

    [Fact]
    public void File_of_exactly_64_MiB_is_read_and_judged_by_its_contents()
    {
        string path = Path.Combine(_files.Directory, "padded.png");
        using (var file = new FileStream(path, FileMode.CreateNew))
        {
            file.Write(PngFixtures.Rgb(TestImage.Solid(4, 4, 255, 255, 255)));
            file.SetLength(BackgroundImageLimits.MaxFileBytes);
        }

        FrameAssert.Whole(BackgroundImageLoader.Load(path), FrameAssert.White);
    }

    [Fact]
    public void File_that_announces_no_size_is_still_cut_off_at_the_limit()
    {
        // procfs files report size 0 but have contents: only the limit on reading stops them.
        using SafeFileDescriptor fd = Libc.Open("/proc/self/maps", Libc.O_RDONLY);

        var error = Assert.Throws<BackgroundImageException>(() => ImageFileReader.Read(fd, maxBytes: 100));

        Assert.Equal(BackgroundImageError.TooLarge, error.Error);
    }

    [Fact]
    public void Text_file_is_an_unsupported_format_naming_the_accepted_ones()
    {
        using SafeFileDescriptor fd = _files.Open("notes.png", "Remember to buy milk.\n"u8.ToArray());

        var error = Refused(fd, BackgroundImageError.UnsupportedFormat);

        Assert.Contains("PNG, JPEG or WebP", error.Message);
    }

    [Fact]
    public void Empty_file_is_an_unsupported_format()
    {
        using SafeFileDescriptor fd = _files.Open("empty.jpg", []);

        Assert.Contains("empty", Refused(fd, BackgroundImageError.UnsupportedFormat).Message);
    }

    [Fact]
    public void Gif_is_refused_with_a_pointer_to_video_backgrounds()
    {
        using SafeFileDescriptor fd = _files.Open("cat.gif", "GIF89a\x01\x00\x01\x00"u8.ToArray());

        Assert.Contains("video background", Refused(fd, BackgroundImageError.UnsupportedFormat).Message);
    }

    [Fact]
    public void Closed_descriptor_is_an_invalid_argument()
    {
        SafeFileDescriptor fd = _files.Open("red.png", PngFixtures.Rgb(TestImage.Solid(2, 2, 255, 0, 0)));
        fd.Dispose();

        Assert.Contains("closed", Refused(fd, BackgroundImageError.InvalidArgument).Message);
    }

    [Fact]
    public void Descriptor_number_that_is_not_open_is_an_invalid_argument()
    {
        using var fd = new SafeFileDescriptor(1_000_000, ownsHandle: false);

        Assert.Contains("not open", Refused(fd, BackgroundImageError.InvalidArgument).Message);
    }

    [Fact]
    public void Write_only_descriptor_is_an_invalid_argument()
    {
        string path = _files.Write("red.png", PngFixtures.Rgb(TestImage.Solid(2, 2, 255, 0, 0)));
        using SafeFileDescriptor fd = Libc.Open(path, Libc.O_WRONLY);

        Assert.Contains("opened for reading", Refused(fd, BackgroundImageError.InvalidArgument).Message);
    }

    [Fact]
    public void Pipe_is_an_invalid_argument_and_is_not_read()
    {
        using var pipe = new AnonymousPipeServerStream(PipeDirection.In);
        using var fd = new SafeFileDescriptor((int)pipe.SafePipeHandle.DangerousGetHandle(), ownsHandle: false);

        // Reading would block forever: nothing is ever written to the pipe.
        Assert.Contains("a pipe", Refused(fd, BackgroundImageError.InvalidArgument).Message);
    }

    [Fact]
    public void Directory_is_an_invalid_argument()
    {
        using SafeFileDescriptor fd = Libc.Open(_files.Directory, Libc.O_RDONLY);

        Assert.Contains("a directory", Refused(fd, BackgroundImageError.InvalidArgument).Message);
    }

    [Fact]
    public void Socket_is_an_invalid_argument()
    {
        using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        using var fd = new SafeFileDescriptor((int)socket.Handle, ownsHandle: false);

        Assert.Contains("a socket", Refused(fd, BackgroundImageError.InvalidArgument).Message);
    }

    [Fact]
    public void Character_device_given_by_path_is_an_invalid_argument()
    {
        var error = Assert.Throws<BackgroundImageException>(() => BackgroundImageLoader.Load("/dev/zero"));

        Assert.Equal(BackgroundImageError.InvalidArgument, error.Error);
        Assert.Contains("a character device", error.Message);
    }
}
