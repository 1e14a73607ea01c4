using System.ComponentModel;
using System.Diagnostics;

namespace ServerlessIm.Local.Emulators.Cosmos;

/// <summary>Starts node or npm, saying what to install when they are missing.</summary>
internal static class NodeTool
{
    public static Process Start(ProcessStartInfo startInfo)
    {
        try
        {
            return Process.Start(startInfo)
                ?? throw new InvalidOperationException($"{startInfo.FileName} did not start.");
        }
        catch (Win32Exception exception)
        {
            throw new InvalidOperationException(
                $"{startInfo.FileName} could not be started: the local Cosmos server needs Node.js 20 or later " +
                "and npm on PATH.", exception);
        }
    }
}
