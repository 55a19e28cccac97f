using System.ComponentModel;
using System.Runtime.InteropServices;

namespace Logistics.Storage.Blobs.Folder;

/// <summary>
/// Moves a file to a name that must not exist, as one atomic step: of two racing creators exactly one succeeds.
/// </summary>
/// <remarks>
/// <see cref="File.Move(string, string, bool)"/> without overwrite checks that the target is absent and then renames on
/// Unix, two steps another creator can slip between (both then report success, the later content wins). A hard link
/// is refused by the kernel when the name exists, so on Unix the file is linked under the new name and the temp name
/// removed; on Windows the move itself refuses an existing target.
/// </remarks>
internal static partial class NoReplaceMove
{
    private const int ExistsErrno = 17; // EEXIST on Linux and macOS

    /// <summary>Moves <paramref name="source"/> to <paramref name="target"/>; false when the target exists.</summary>
    public static bool TryMove(string source, string target)
    {
        if (OperatingSystem.IsWindows())
        {
            try
            {
                File.Move(source, target, overwrite: false);
                return true;
            }
            catch (IOException) when (File.Exists(target))
            {
                return false;
            }
        }

        if (Link(source, target) != 0)
        {
            var errno = Marshal.GetLastPInvokeError();
            return errno == ExistsErrno ? false : throw new IOException($"Cannot link '{source}' as '{target}'.", new Win32Exception(errno));
        }

        File.Delete(source);
        return true;
    }

    [LibraryImport("libc", EntryPoint = "link", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Link(string oldPath, string newPath);
}
