using Fakecam.Interop;

namespace Fakecam.Tests.Interop.Sdbus;

/// <summary>Sizes of the sd-bus structs as x86_64 libsystemd's headers define them.</summary>
public sealed unsafe class StructLayoutTests
{
    [Fact]
    public void VtableEntryIs56Bytes() => Assert.Equal(56, sizeof(SdBus.Vtable));

    [Fact]
    public void VtableUnionMembersMatchTheHeader()
    {
        Assert.Equal(24, sizeof(SdBus.VtableStartEntry));
        Assert.Equal(48, sizeof(SdBus.VtableMethodEntry));
        Assert.Equal(24, sizeof(SdBus.VtableSignalEntry));
        Assert.Equal(40, sizeof(SdBus.VtablePropertyEntry));
    }

    [Fact]
    public void TypeSitsInTheLowByteAndFlagsAboveIt()
    {
        Assert.Equal(0x4DUL, SdBus.Vtable.Word(SdBus.VtableMethod, 0));
        Assert.Equal(0x4DUL | (1UL << 2) << 8, SdBus.Vtable.Word(SdBus.VtableMethod, SdBus.VtableUnprivileged));
    }

    [Fact]
    public void ErrorIs24Bytes() => Assert.Equal(24, sizeof(SdBus.Error));

    [Fact]
    public void TheVtableFormatSymbolIsExported() => Assert.True(SdBus.ObjectVtableFormat != null);
}
