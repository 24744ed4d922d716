namespace Fakecam.Daemon.Interop;

internal static partial class V4l2
{
    // asm-generic/ioctl.h: direction in bits 30-31, argument size in 16-29, type in 8-15, number in 0-7.
    private const uint IOC_WRITE = 1;
    private const uint IOC_READ = 2;
    private const uint IoctlType = 'V';

    internal static readonly nuint VIDIOC_QUERYCAP = Read<Capability>(0);
    internal static readonly nuint VIDIOC_ENUM_FMT = ReadWrite<FmtDesc>(2);
    internal static readonly nuint VIDIOC_G_FMT = ReadWrite<Format>(4);
    internal static readonly nuint VIDIOC_S_FMT = ReadWrite<Format>(5);
    internal static readonly nuint VIDIOC_REQBUFS = ReadWrite<RequestBuffers>(8);
    internal static readonly nuint VIDIOC_QUERYBUF = ReadWrite<Buffer>(9);
    internal static readonly nuint VIDIOC_QBUF = ReadWrite<Buffer>(15);
    internal static readonly nuint VIDIOC_DQBUF = ReadWrite<Buffer>(17);
    internal static readonly nuint VIDIOC_STREAMON = Write<int>(18);
    internal static readonly nuint VIDIOC_STREAMOFF = Write<int>(19);
    internal static readonly nuint VIDIOC_G_PARM = ReadWrite<StreamParm>(21);
    internal static readonly nuint VIDIOC_S_PARM = ReadWrite<StreamParm>(22);
    internal static readonly nuint VIDIOC_ENUM_FRAMESIZES = ReadWrite<FrmSizeEnum>(74);
    internal static readonly nuint VIDIOC_ENUM_FRAMEINTERVALS = ReadWrite<FrmIvalEnum>(75);
    internal static readonly nuint VIDIOC_DQEVENT = Read<Event>(89);
    internal static readonly nuint VIDIOC_SUBSCRIBE_EVENT = Write<EventSubscription>(90);
    internal static readonly nuint VIDIOC_UNSUBSCRIBE_EVENT = Write<EventSubscription>(91);

    /// <summary>_IOC(dir, 'V', nr, sizeof(T)).</summary>
    private static unsafe nuint Ioc<T>(uint direction, uint number)
        where T : unmanaged =>
        (nuint)((direction << 30) | ((uint)sizeof(T) << 16) | (IoctlType << 8) | number);

    private static nuint Read<T>(uint number) where T : unmanaged => Ioc<T>(IOC_READ, number);

    private static nuint Write<T>(uint number) where T : unmanaged => Ioc<T>(IOC_WRITE, number);

    private static nuint ReadWrite<T>(uint number) where T : unmanaged => Ioc<T>(IOC_READ | IOC_WRITE, number);
}
