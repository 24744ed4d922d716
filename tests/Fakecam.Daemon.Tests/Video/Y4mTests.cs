using System.Text;
using Fakecam.Daemon.Frames;
using Fakecam.Daemon.Video;

namespace Fakecam.Daemon.Tests.Video;

public class Y4mTests
{
    private static readonly FrameFormat s_small = new(16, 8, 30, 1);

    private static byte[] Stream(string header, params byte[][] frames)
    {
        var buffer = new MemoryStream();
        buffer.Write(Encoding.ASCII.GetBytes(header));
        foreach (byte[] frame in frames)
        {
            buffer.Write("FRAME\n"u8);
            buffer.Write(frame);
        }
        return buffer.ToArray();
    }

    private static byte[] Pattern(int length, int seed)
    {
        var data = new byte[length];
        new Random(seed).NextBytes(data);
        return data;
    }

    [Fact]
    public void Frames_written_are_read_back_unchanged()
    {
        var buffer = new MemoryStream();
        using (var sink = new Y4mFrameSink(buffer, s_small, ownsStream: false))
        {
            for (int i = 0; i < 3; i++)
            {
                VideoFrame frame = VideoFrame.Allocate(s_small);
                Pattern(s_small.I420Size, i).CopyTo(frame.Packed);
                sink.Write(frame);
            }
        }

        buffer.Position = 0;
        using var source = new Y4mFrameSource(buffer);
        Assert.Equal(s_small, source.Format);
        VideoFrame read = VideoFrame.Allocate(s_small);
        for (int i = 0; i < 3; i++)
        {
            Assert.True(source.TryRead(read));
            Assert.Equal(Pattern(s_small.I420Size, i), read.Packed.ToArray());
            Assert.Equal(i, read.Sequence);
        }
        Assert.False(source.TryRead(read));
    }

    [Fact]
    public void Header_with_frame_parameters_and_comments_is_accepted()
    {
        byte[] data = Stream("YUV4MPEG2 W16 H8 F25:1 It A0:0 C420mpeg2 XYSCSS=420MPEG2\n");
        var withParameters = new MemoryStream();
        withParameters.Write(data);
        withParameters.Write("FRAME Ixyz\n"u8);
        withParameters.Write(new byte[s_small.I420Size]);
        withParameters.Position = 0;

        using var source = new Y4mFrameSource(withParameters);
        Assert.Equal(new FrameFormat(16, 8, 25, 1), source.Format);
        Assert.True(source.TryRead(VideoFrame.Allocate(source.Format)));
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("RIFF1234WAVEfmt \n", "Not a Y4M stream")]
    [InlineData("YUV4MPEG2 W16 F30:1\n", "lacks the frame size")]
    [InlineData("YUV4MPEG2 W-16 H8\n", "not a positive number")]
    [InlineData("YUV4MPEG2 W0 H8\n", "not a positive number")]
    [InlineData("YUV4MPEG2 W99999 H8\n", "larger than the supported")]
    [InlineData("YUV4MPEG2 W15 H8\n", "odd")]
    [InlineData("YUV4MPEG2 W16 H9\n", "odd")]
    [InlineData("YUV4MPEG2 W16 H8 C444\n", "C444 is not supported")]
    [InlineData("YUV4MPEG2 W16 H8 C420p10\n", "C420p10 is not supported")]
    [InlineData("YUV4MPEG2 W16 H8 F30\n", "frame rate")]
    [InlineData("YUV4MPEG2 W16 H8", "cut short")]
    public void Malformed_header_is_a_clear_error(string header, string message)
    {
        var exception = Assert.Throws<InvalidDataException>(
            () => new Y4mFrameSource(new MemoryStream(Encoding.ASCII.GetBytes(header))));
        Assert.Contains(message, exception.Message);
    }

    [Fact]
    public void Header_without_a_newline_in_1024_bytes_is_not_y4m()
    {
        byte[] garbage = Pattern(4096, 7);
        garbage.AsSpan().Replace((byte)'\n', (byte)' ');
        "YUV4MPEG2 "u8.CopyTo(garbage);
        var exception = Assert.Throws<InvalidDataException>(() => new Y4mFrameSource(new MemoryStream(garbage)));
        Assert.Contains("1024", exception.Message);
    }

    [Fact]
    public void Truncated_frame_names_the_frame_and_the_byte_count()
    {
        byte[] data = Stream("YUV4MPEG2 W16 H8 F30:1\n", new byte[s_small.I420Size], new byte[100]);
        using var source = new Y4mFrameSource(new MemoryStream(data));
        VideoFrame frame = VideoFrame.Allocate(source.Format);

        Assert.True(source.TryRead(frame));
        var exception = Assert.Throws<InvalidDataException>(() => source.TryRead(frame));
        Assert.Contains("frame 2 is truncated: 100 of 192 bytes", exception.Message);
    }

    [Fact]
    public void Frame_without_marker_is_a_clear_error()
    {
        var data = new MemoryStream();
        data.Write("YUV4MPEG2 W16 H8\nFRAMX\n"u8);
        data.Position = 0;
        using var source = new Y4mFrameSource(data);
        var exception = Assert.Throws<InvalidDataException>(() => source.TryRead(VideoFrame.Allocate(source.Format)));
        Assert.Contains("frame 1 does not start with \"FRAME\"", exception.Message);
    }

    [Fact]
    public void Frame_timestamps_follow_the_frame_rate()
    {
        byte[] data = Stream("YUV4MPEG2 W16 H8 F25:1\n", new byte[s_small.I420Size], new byte[s_small.I420Size]);
        using var source = new Y4mFrameSource(new MemoryStream(data));
        VideoFrame frame = VideoFrame.Allocate(source.Format);
        source.TryRead(frame);
        source.TryRead(frame);
        Assert.Equal(40_000, frame.TimestampMicroseconds);
    }
}
