using System.Runtime.Versioning;

// fakecamctl binds Linux libraries (libc, libsystemd); so do the tests.
[assembly: SupportedOSPlatform("linux")]
