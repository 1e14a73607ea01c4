using System.Runtime.InteropServices;

namespace ServerlessIm.Local.Emulators.Kafka;

/// <summary>
/// Points this assembly's P/Invoke at the librdkafka file that Confluent.Kafka loaded. The package ships
/// several builds; on Debian the default one lacks libsasl2 and Confluent.Kafka quietly takes another, so
/// loading "librdkafka" by name could bind a second, different copy or fail.
/// </summary>
internal static class LibrdkafkaResolver
{
    private const string ProcessMaps = "/proc/self/maps";
    private static readonly Lazy<bool> Registration = new(Register);

    public static void EnsureRegistered() => _ = Registration.Value;

    private static bool Register()
    {
        if (!Confluent.Kafka.Library.IsLoaded)
        {
            Confluent.Kafka.Library.Load();
        }

        var path = FindLoadedLibrary();
        NativeLibrary.SetDllImportResolver(typeof(LibrdkafkaResolver).Assembly, (name, _, _) =>
            name == NativeMethods.LibraryName && path is not null ? NativeLibrary.Load(path) : 0);
        return true;
    }

    private static string? FindLoadedLibrary()
    {
        // Elsewhere than Linux the default search finds the one copy next to the application.
        if (!File.Exists(ProcessMaps))
        {
            return null;
        }

        var path = File.ReadLines(ProcessMaps)
            .Select(line => line.IndexOf('/', StringComparison.Ordinal) is var start and >= 0 ? line[start..] : "")
            .FirstOrDefault(file => Path.GetFileName(file).Contains("librdkafka", StringComparison.Ordinal));
        return path ?? throw new DllNotFoundException(
            "Confluent.Kafka reports librdkafka loaded, but no librdkafka file is mapped into this process.");
    }
}
