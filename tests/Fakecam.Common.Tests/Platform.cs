using System.Runtime.Versioning;

// The code under test binds Linux libraries (libc, libsystemd); so do the tests.
[assembly: SupportedOSPlatform("linux")]
