namespace Fakecam.DBus;

/// <summary>Writes a message body (call arguments, reply values, signal arguments, a property value).</summary>
public delegate void MessageBodyWriter(MessageWriter writer);

/// <summary>Writes a reply body from the result of finished work.</summary>
public delegate void ResultWriter<in T>(MessageWriter writer, T result);

/// <summary>Reads a reply body into a value; runs on the bus thread while the message is alive.</summary>
public delegate T MessageBodyReader<out T>(MessageReader reader);

/// <summary>Serves one exported method; runs on the bus thread.</summary>
public delegate void MethodHandler(ref MethodCall call);

/// <summary>Writes a property's current value; runs on the bus thread, so it must only read state that is safe to read from there.</summary>
public delegate void PropertyGetter(MessageWriter writer);

/// <summary>Receives a signal matched by a subscription; runs on the bus thread.</summary>
public delegate void SignalHandler(MessageReader signal);

/// <summary>Receives a PropertiesChanged signal, already decoded.</summary>
public delegate void PropertiesChangedHandler(IReadOnlyDictionary<string, DBusVariant> changed, IReadOnlyList<string> invalidated);
