using System.Runtime.InteropServices;
using Fakecam.Interop;

namespace Fakecam.DBus;

internal sealed unsafe partial class ExportedObject
{
    private void BuildVtable()
    {
        var strings = new NativeStringTable();
        var offsets = new (int Member, int Signature, int Result, int Names)[_members.Length];
        for (int i = 0; i < _members.Length; i++)
        {
            DBusMember member = _members[i];
            offsets[i].Member = strings.Add(member.Name);
            offsets[i].Signature = strings.Add(member.Signature);
            switch (member)
            {
                case DBusMethod method:
                    offsets[i].Result = strings.Add(method.Result);
                    offsets[i].Names = strings.AddNames(method.ArgumentNames);
                    break;
                case DBusSignal signal:
                    offsets[i].Names = strings.AddNames(signal.ArgumentNames);
                    break;
            }
        }
        _strings = strings.ToNative();

        _memberSlots = (MemberSlot*)NativeMemory.AllocZeroed((nuint)Math.Max(1, _members.Length), (nuint)sizeof(MemberSlot));
        _vtable = (SdBus.Vtable*)NativeMemory.AllocZeroed((nuint)_members.Length + 2, (nuint)sizeof(SdBus.Vtable));

        _vtable[0].TypeAndFlags = SdBus.Vtable.Word(SdBus.VtableStart, 0);
        _vtable[0].Start.ElementSize = (nuint)sizeof(SdBus.Vtable);
        _vtable[0].Start.Features = SdBus.VtableFeatureParamNames;
        _vtable[0].Start.VtableFormatReference = SdBus.ObjectVtableFormat;

        for (int i = 0; i < _members.Length; i++)
        {
            _memberSlots[i] = new MemberSlot { Owner = GCHandle.ToIntPtr(_self), Index = i };
            nuint slotOffset = (nuint)(i * sizeof(MemberSlot));
            SdBus.Vtable* entry = &_vtable[i + 1];
            switch (_members[i])
            {
                case DBusMethod:
                    // Authorisation is the service's own (polkit); without UNPRIVILEGED, sd-bus would
                    // refuse every caller lacking CAP_SYS_ADMIN on the system bus.
                    entry->TypeAndFlags = SdBus.Vtable.Word(SdBus.VtableMethod, SdBus.VtableUnprivileged);
                    entry->Method.Member = _strings + offsets[i].Member;
                    entry->Method.Signature = _strings + offsets[i].Signature;
                    entry->Method.Result = _strings + offsets[i].Result;
                    entry->Method.Handler = &OnMethodCall;
                    entry->Method.Offset = slotOffset;
                    entry->Method.Names = _strings + offsets[i].Names;
                    break;
                case DBusProperty property:
                    ulong flags = property.Constant ? SdBus.VtablePropertyConst : SdBus.VtablePropertyEmitsChange;
                    entry->TypeAndFlags = SdBus.Vtable.Word(SdBus.VtableProperty, flags);
                    entry->Property.Member = _strings + offsets[i].Member;
                    entry->Property.Signature = _strings + offsets[i].Signature;
                    entry->Property.Get = &OnGetProperty;
                    entry->Property.Offset = slotOffset;
                    break;
                case DBusSignal:
                    entry->TypeAndFlags = SdBus.Vtable.Word(SdBus.VtableSignal, 0);
                    entry->Signal.Member = _strings + offsets[i].Member;
                    entry->Signal.Signature = _strings + offsets[i].Signature;
                    entry->Signal.Names = _strings + offsets[i].Names;
                    break;
            }
        }
        _vtable[_members.Length + 1].TypeAndFlags = SdBus.Vtable.Word(SdBus.VtableEnd, 0);
    }
}
