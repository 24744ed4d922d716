using System.Runtime.Versioning;

// The service binds Linux libraries (libc, libsystemd); so do the tests.
[assembly: SupportedOSPlatform("linux")]
