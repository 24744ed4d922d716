using System.IO.Pipes;
using System.Net.Sockets;
using Fakecam.DBus;
using Fakecam.Daemon.Frames;
using Fakecam.Daemon.Tests.Backgrounds;
using Fakecam.Daemon.Video;
using Fakecam.Interop;
using Fakecam.Service.Tests.Fixtures;
using Fakecam.Tests.DBus;
using static Fakecam.Api.FakecamBus;

namespace Fakecam.Service.Tests.Api;

/// <summary>
/// SetBackgroundImage with images passed as file descriptors: one the service could never open by path works;
/// bad files and bad descriptors give the API's error names and leave the background as it was.
/// </summary>
public sealed class BackgroundImageTests(ServiceFixture fixture) : ServiceTest(fixture)
{
    private const string LakePhoto = "background-lake-boats.jpg";

    [Fact]
    public void An_image_that_exists_only_as_the_passed_descriptor_becomes_the_background()
    {
        using var changes = new PropertyChanges(Api);
        string path = Fixture.PathOf("lake.jpg");
        File.Copy(Path.Combine(SourceTree.Media, LakePhoto), path, overwrite: true);
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read);
        File.Delete(path);

        SetBackgroundImage(file.SafeFileHandle, "/home/someone/Pictures/lake.jpg");

        changes.WaitFor(Properties.BackgroundKind, BackgroundKinds.Image);
        changes.WaitFor(Properties.BackgroundName, "lake.jpg");
        var status = Status();
        Assert.Equal("image", status.GetProperty("background_kind").GetString());
        Assert.Equal("lake.jpg", status.GetProperty("background_name").GetString());
        VideoFrame lake = CameraFiles.Photo(LakePhoto);
        VideoFrame frame = Fixture.Output.NextFrame();
        double toLake = BackgroundMethodTests.MeanDifference(frame, lake, Pixels.Background);
        double toCamera = BackgroundMethodTests.MeanDifference(frame, Fixture.PersonFrame, Pixels.Background);
        Assert.True(toLake < 8 && toCamera > 3 * toLake, $"background differs from the lake by {toLake:F1}, from the camera by {toCamera:F1}");
        Assert.True(BackgroundMethodTests.MeanDifference(frame, Fixture.PersonFrame, Pixels.Person) < 6, "the person should stay");
    }

    [Fact]
    public void Clients_that_hang_up_before_the_reply_disturb_no_one()
    {
        string path = Fixture.PathOf("hang-up.jpg");
        File.Copy(Path.Combine(SourceTree.Media, LakePhoto), path, overwrite: true);

        // Ten clients send a call, each with a file descriptor, and disconnect without waiting for the reply.
        for (int i = 0; i < 10; i++)
        {
            ToolResult sent = Tool.Run("/usr/bin/python3", "-c", """
                import os, sys, dbus
                from dbus.lowlevel import MethodCallMessage
                bus = dbus.bus.BusConnection(sys.argv[1])
                call = MethodCallMessage(sys.argv[2], sys.argv[3], sys.argv[4], 'SetBackgroundImage')
                call.append(dbus.types.UnixFd(open(sys.argv[5], 'rb')), 'hang-up.jpg', signature='hs')
                bus.send_message(call)
                bus.flush()
                os._exit(0)
                """, Fixture.Bus.Address, BusName, ObjectPath, Interface, path);
            Assert.True(sent.ExitCode == 0, sent.Stderr);
        }
        File.Delete(path);
        Thread.Sleep(500);

        // Whether a call was carried out before its caller left is a race; either way the state is whole.
        Dictionary<string, DBusVariant> properties = AllProperties();
        (string, string) background = (properties[Properties.BackgroundKind].AsString(), properties[Properties.BackgroundName].AsString());
        Assert.Contains(background, new[] { (BackgroundKinds.Blur, ""), (BackgroundKinds.Image, "hang-up.jpg") });
        Assert.False(Fixture.Daemon.HasExited);
        Call(Methods.SetBackgroundColor.Name, w => w.WriteString("#00ff00"));
        Assert.Equal("#00ff00", Property(Properties.BackgroundName).AsString());
        Assert.DoesNotContain(Fixture.Daemon.Log, line => line.StartsWith("<3>", StringComparison.Ordinal) || line.StartsWith("<2>", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Changes_sent_one_after_another_without_waiting_take_effect_in_that_order()
    {
        byte[] photo = File.ReadAllBytes(Path.Combine(SourceTree.Media, LakePhoto));
        string path = Fixture.PathOf("slow.jpg");
        File.WriteAllBytes(path, photo);
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read);

        // The image takes a while to decode; the colour after it is quick.
        Task image = Api.CallAsync(Methods.SetBackgroundImage.Name, w =>
        {
            w.WriteHandle(file.SafeFileHandle);
            w.WriteString("slow.jpg");
        });
        Task color = Api.CallAsync(Methods.SetBackgroundColor.Name, w => w.WriteString("#00ff00"));
        await Task.WhenAll(image, color);

        Assert.Equal(BackgroundKinds.Color, (await Api.GetPropertyAsync(Properties.BackgroundKind)).AsString());
        Assert.Equal("#00ff00", (await Api.GetPropertyAsync(Properties.BackgroundName)).AsString());
        File.Delete(path);
    }

    public static TheoryData<string, string> BadFiles => new()
    {
        { "truncated PNG", Errors.UnsupportedFormat },
        { "JPEG whose header claims 4000x3000", Errors.UnsupportedFormat },
        { "PNG of 20000x20000", Errors.TooLarge },
        { "file over 64 MiB", Errors.TooLarge },
        { "text file", Errors.UnsupportedFormat },
        { "empty file", Errors.UnsupportedFormat },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public void A_bad_file_is_refused_with_the_error_name_and_the_background_stays(string kind, string error)
    {
        string path = Fixture.PathOf("bad-image");
        using (var file = new FileStream(path, FileMode.Create))
        {
            file.Write(BadFile(kind));
            if (kind == "file over 64 MiB")
                file.SetLength(64L * 1024 * 1024 + 1);
        }
        using var opened = new FileStream(path, FileMode.Open, FileAccess.Read);

        AssertRefusedKeepingBackground(opened.SafeFileHandle, error);
        File.Delete(path);
    }

    [Fact]
    public void A_video_background_is_refused_as_unsupported_for_now_and_the_background_stays()
    {
        Call(Methods.SetBackgroundColor.Name, w => w.WriteString("#123456"));
        using var file = new FileStream(Path.Combine(SourceTree.Media, LakePhoto), FileMode.Open, FileAccess.Read);

        var error = CallFails(Methods.SetBackgroundVideo.Name, w =>
        {
            w.WriteHandle(file.SafeFileHandle);
            w.WriteString("beach.mp4");
        });

        Assert.Equal(Errors.UnsupportedFormat, error.ErrorName);
        Assert.Equal("#123456", Property(Properties.BackgroundName).AsString());
    }

    [Fact]
    public void A_write_only_descriptor_is_an_invalid_argument()
    {
        using var file = new FileStream(Fixture.PathOf("write-only.png"), FileMode.Create, FileAccess.Write);

        AssertRefusedKeepingBackground(file.SafeFileHandle, Errors.InvalidArgument);
    }

    [Fact]
    public void A_pipe_is_an_invalid_argument()
    {
        using var pipe = new AnonymousPipeServerStream(PipeDirection.In);

        AssertRefusedKeepingBackground(pipe.ClientSafePipeHandle, Errors.InvalidArgument);
    }

    [Fact]
    public void A_directory_is_an_invalid_argument()
    {
        using SafeFileDescriptor directory = Libc.Open(Fixture.Directory, Libc.O_RDONLY);

        AssertRefusedKeepingBackground(directory, Errors.InvalidArgument);
    }

    [Fact]
    public void A_socket_is_an_invalid_argument()
    {
        using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);

        AssertRefusedKeepingBackground(socket.SafeHandle, Errors.InvalidArgument);
    }

    [Fact]
    public void A_closed_descriptor_cannot_even_be_sent()
    {
        var file = new FileStream(Fixture.PathOf("closed.png"), FileMode.Create);
        file.Dispose();

        // The binding refuses to send a closed handle; the service never sees the call and nothing changes.
        Assert.ThrowsAny<ObjectDisposedException>(() => SetBackgroundImage(file.SafeFileHandle, "closed.png"));
        Assert.Equal(BackgroundKinds.Blur, Property(Properties.BackgroundKind).AsString());
    }

    private void AssertRefusedKeepingBackground(System.Runtime.InteropServices.SafeHandle fd, string error)
    {
        Call(Methods.SetBackgroundColor.Name, w => w.WriteString("#123456"));

        var refused = Assert.Throws<DBusErrorException>(() => SetBackgroundImage(fd, "holiday.png"));

        Assert.Equal(error, refused.ErrorName);
        Assert.False(string.IsNullOrWhiteSpace(refused.Message));
        Assert.Equal(BackgroundKinds.Color, Property(Properties.BackgroundKind).AsString());
        Assert.Equal("#123456", Property(Properties.BackgroundName).AsString());
        // Another client is still served.
        using BusConnection other = BusConnection.Connect(Fixture.Bus.Address);
        var proxy = new BusProxy(other, BusName, ObjectPath, Interface);
        Assert.Equal("#123456", proxy.GetAllPropertiesAsync().GetAwaiter().GetResult()[Properties.BackgroundName].AsString());
    }

    private void SetBackgroundImage(System.Runtime.InteropServices.SafeHandle fd, string name) =>
        Call(Methods.SetBackgroundImage.Name, w =>
        {
            w.WriteHandle(fd);
            w.WriteString(name);
        });

    private static byte[] BadFile(string kind)
    {
        byte[] png = PngFixtures.Rgb(TestImage.Quadrants(64, 64));
        return kind switch
        {
            "truncated PNG" => png[..(png.Length / 2)],
            "JPEG whose header claims 4000x3000" => JpegClaiming(4000, 3000),
            "PNG of 20000x20000" => PngFixtures.HeaderOnly(20000, 20000),
            "text file" => "Remember to buy milk.\n"u8.ToArray(),
            "file over 64 MiB" => png,
            _ => [],
        };
    }

    /// <summary>A small real JPEG whose frame header says it is much larger.</summary>
    private static byte[] JpegClaiming(int width, int height)
    {
        using var encoder = new JpegEncoder(90);
        VideoFrame frame = VideoFrame.Allocate(new FrameFormat(16, 16, 0, 1));
        frame.Packed.Fill(128);
        byte[] jpeg = encoder.Encode(frame).ToArray();
        for (int i = 2; i + 9 < jpeg.Length; i++)
        {
            if (jpeg[i] == 0xFF && jpeg[i + 1] is 0xC0 or 0xC1 or 0xC2)
            {
                jpeg[i + 5] = (byte)(height >> 8);
                jpeg[i + 6] = (byte)height;
                jpeg[i + 7] = (byte)(width >> 8);
                jpeg[i + 8] = (byte)width;
                return jpeg;
            }
        }
        throw new InvalidOperationException("The JPEG has no frame header.");
    }
}
